import { describe, expect, it } from 'vitest';
import { defineCheck, type AnyCheck } from './check.ts';
import { BUNDLE_SCHEMA_VERSION, type EvidenceBundle, type Gap } from './evidence.ts';
import { evaluate, runCheck } from './scan.ts';

const check = defineCheck({
  id: 'test-sockets-found',
  category: 'database-exposed',
  severity: 'high',
  needs: ['sockets'],
  tolerates: ['sockets.owner'],
  legal: [{ provision: 'csl-23', clause: '2' }],
  title: { zh: '测试', en: 'Test' },
  description: { zh: '测试检查', en: 'A test check' },
  messages: { open: { zh: '端口 {port} 开放', en: 'Port {port} is open' } },
  remediation: { zh: '关闭 {port}', en: 'Close {port}' },
  evaluate: ({ sockets }) =>
    sockets.sockets
      .filter((s) => s.localPort === 6379)
      .map((s) => ({
        messageId: 'open',
        data: { port: s.localPort },
        where: [{ socket: `tcp 0.0.0.0:${s.localPort}` }],
      })),
}) as unknown as AnyCheck;

function bundle(gaps: Gap[], ports: number[] = []): EvidenceBundle {
  return {
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    tool: { name: 'hegui', version: 'test' },
    root: '/',
    live: true,
    collectedAt: '2026-11-23T10:00:00.000Z',
    versions: {},
    sections: {
      sockets: {
        sockets: ports.map((p) => ({
          proto: 'tcp' as const,
          localAddress: '0.0.0.0',
          localPort: p,
          remoteAddress: '0.0.0.0',
          remotePort: 0,
          state: 'LISTEN',
          inode: 1,
          uid: 0,
          pid: null,
          process: null,
        })),
      },
    },
    gaps,
  };
}

describe('runCheck outcomes', () => {
  it('passes with complete evidence and no hit', () => {
    expect(runCheck(check, bundle([])).result.outcome).toBe('pass');
  });
  it('is not assessed when a needed section has a gap', () => {
    expect(
      runCheck(check, bundle([{ section: 'sockets', path: '/proc/net/tcp', reason: 'truncated' }])).result,
    ).toMatchObject({ outcome: 'not-assessed', reason: '/proc/net/tcp: truncated' });
  });
  it('ignores a gap that leaves only a tolerated field unknown', () => {
    expect(
      runCheck(
        check,
        bundle([{ section: 'sockets', path: '/proc/[pid]/fd', reason: 'permission-denied', field: 'owner' }]),
      ).result.outcome,
    ).toBe('pass');
  });
  it('is held back by a gap on a field it does not tolerate', () => {
    expect(
      runCheck(
        check,
        bundle([{ section: 'sockets', path: '/proc/net/tcp', reason: 'permission-denied', field: 'state' }]),
      ).result.outcome,
    ).toBe('not-assessed');
  });
  it('fails on a hit even with gaps: partial evidence proves problems', () => {
    expect(
      runCheck(check, bundle([{ section: 'sockets', path: '/proc/net/tcp6', reason: 'truncated' }], [6379]))
        .result.outcome,
    ).toBe('fail');
  });
  it('is not assessed when the section is missing from the bundle', () => {
    const b = bundle([]);
    delete b.sections.sockets;
    expect(runCheck(check, b).result).toMatchObject({
      outcome: 'not-assessed',
      reason: 'no evidence: sockets',
    });
  });
  it('turns a throwing check into an error outcome without stopping the others', () => {
    const broken = {
      ...check,
      id: 'broken-check-found',
      evaluate: () => {
        throw new Error('boom');
      },
    } as AnyCheck;
    const report = evaluate(bundle([], [6379]), [broken, check], {
      lang: 'en',
      startedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(report.checks).toEqual([
      { checkId: 'broken-check-found', outcome: 'error', reason: 'boom' },
      { checkId: 'test-sockets-found', outcome: 'fail' },
    ]);
    expect(report.findings.map((f) => f.message)).toEqual(['Port 6379 is open']);
  });
});
