/**
 * The CLI side of the content scan: which mode runs (`--content`, `--include`, `--exclude`), whether the
 * content section is collected at all, and a progress line on stderr when stderr is a terminal.
 */
import path from 'node:path';
import { COLLECTORS } from '../collectors/index.ts';
import type { EvidenceBundle, SectionName } from '../core/evidence.ts';
import { collect } from '../core/scan.ts';
import type { EngineProgress } from '../walk/engine.ts';
import { resolveMode, type ContentOptions } from '../walk/options.ts';
import type { Io } from './io.ts';
import type { Options } from './options.ts';

export interface ContentPlan {
  /** Sections to collect: every one but content when the content scan is off (so its checks are not assessed). */
  sections: SectionName[] | undefined;
  content: ContentOptions;
  /** Clears the progress line. */
  done(): void;
}

export function formatProgress(p: EngineProgress, columns: number): string {
  const mb = (p.bytes / (1024 * 1024)).toFixed(0);
  const head = `hegui: content ${String(p.files)} files, ${mb} MiB, ${String(p.detections)} detections `;
  const room = Math.max(0, columns - head.length - 1);
  const tail = p.path.length > room ? `…${p.path.slice(p.path.length - room + 1)}` : p.path;
  return (head + tail).slice(0, Math.max(0, columns - 1));
}

export function planContent(options: Readonly<Options>, io: Io, columns = 80): ContentPlan {
  const live = options.root === undefined || path.resolve(options.root) === '/';
  // Globs given on the live host mean "scan these": they imply a content scan.
  const asked = options.content === 'auto' && options.include.length > 0 ? 'full' : options.content;
  const mode = resolveMode(asked, live);
  const sections =
    mode === 'off' ? (Object.keys(COLLECTORS) as SectionName[]).filter((s) => s !== 'content') : undefined;
  let shown = false;
  let last = 0;
  const progress = io.stderrIsTTY === true && !options.quiet;
  const content: ContentOptions = {
    mode,
    include: options.include,
    exclude: options.exclude,
    ...(progress
      ? {
          onProgress: (p: EngineProgress) => {
            const now = Date.now();
            if (now - last < 100) return;
            last = now;
            shown = true;
            io.stderr(`\r\u001b[2K${formatProgress(p, columns)}`);
          },
        }
      : {}),
  };
  return {
    sections,
    content,
    done: () => {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}

/** Collect from the root the options name, with the content scan they ask for. */
export async function collectFor(options: Readonly<Options>, io: Io): Promise<EvidenceBundle> {
  const plan = planContent(options, io);
  try {
    return await collect({
      root: options.root ?? '/',
      clock: io.clock,
      content: plan.content,
      ...(plan.sections ? { sections: plan.sections } : {}),
    });
  } finally {
    plan.done();
  }
}
