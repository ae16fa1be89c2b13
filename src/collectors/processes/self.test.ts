import { describe, expect, it } from 'vitest';
import { collect } from '../../core/scan.ts';

describe('processes on the live root', () => {
  it('leaves out the scanning process itself but keeps its parent', async () => {
    const bundle = await collect({ root: '/', sections: ['processes'] });
    const pids = bundle.sections.processes!.processes.map((p) => p.pid);
    expect(pids).not.toContain(process.pid);
    expect(pids).toContain(process.ppid);
  });
});
