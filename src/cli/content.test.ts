import { describe, expect, it } from 'vitest';
import { HeguiError } from '../core/errors.ts';
import { formatProgress, planContent } from './content.ts';
import type { Io } from './io.ts';
import { resolveOptions } from './options.ts';

function io(stderrIsTTY: boolean, out: string[] = []): Io {
  return {
    stdout: () => undefined,
    stderr: (t) => out.push(t),
    isTTY: false,
    stderrIsTTY,
    env: {},
    clock: () => new Date(0),
  };
}

describe('content options', () => {
  it('default: off on the live root (content section left out), full on --root', () => {
    const live = planContent(resolveOptions({}, {}), io(false));
    expect(live.content.mode).toBe('off');
    expect(live.sections).not.toContain('content');
    expect(live.sections).toContain('processes');
    const image = planContent(resolveOptions({ root: '/mnt/img' }, {}), io(false));
    expect(image.content.mode).toBe('full');
    expect(image.sections).toBeUndefined();
  });

  it('--content quick|full, HEGUI_CONTENT, and globs that imply a scan', () => {
    expect(planContent(resolveOptions({ content: 'quick' }, {}), io(false)).content.mode).toBe('quick');
    expect(planContent(resolveOptions({}, { HEGUI_CONTENT: 'full' }), io(false)).content.mode).toBe('full');
    const inc = planContent(
      resolveOptions({ include: '/srv/**/*.php,/tmp/**', exclude: '*.log' }, {}),
      io(false),
    );
    expect(inc.content).toMatchObject({
      mode: 'full',
      include: ['/srv/**/*.php', '/tmp/**'],
      exclude: ['*.log'],
    });
    expect(
      planContent(resolveOptions({ include: '/srv/**', content: 'off' }, {}), io(false)).content.mode,
    ).toBe('off');
    expect(() => resolveOptions({ content: 'everything' }, {})).toThrow(HeguiError);
  });

  it('draws progress on stderr only when it is a terminal and not --quiet, and clears it', () => {
    const out: string[] = [];
    const plan = planContent(resolveOptions({ content: 'quick' }, {}), io(true, out));
    plan.content.onProgress?.({
      files: 12,
      bytes: 3 * 1024 * 1024,
      detections: 1,
      threads: 2,
      path: '/srv/www/index.php',
    });
    plan.done();
    expect(out.join('')).toContain('hegui: content 12 files, 3 MiB, 1 detections /srv/www/index.php');
    expect(out.at(-1)).toBe('\r\u001b[2K');
    expect(
      planContent(resolveOptions({ content: 'quick' }, {}), io(false)).content.onProgress,
    ).toBeUndefined();
    expect(
      planContent(resolveOptions({ content: 'quick', quiet: true }, {}), io(true)).content.onProgress,
    ).toBeUndefined();
  });

  it('fits the progress line to the terminal width', () => {
    const line = formatProgress(
      { files: 1, bytes: 0, detections: 0, threads: 0, path: '/very/long/'.repeat(20) },
      60,
    );
    expect(line.length).toBeLessThanOrEqual(59);
    expect(line).toContain('…');
  });
});
