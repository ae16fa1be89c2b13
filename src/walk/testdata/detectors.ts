/** Detectors for the engine tests (loaded by the workers through this module's URL). */
import { defineDetector, type Detection } from '../../detectors/detector.ts';

/** Reports every line holding "NEEDLE" (text or binary), with the file's encoding hints. */
export const probe = defineDetector({
  id: 'probe',
  wants: () => true,
  scan(text, file, firstLine) {
    const out: Detection[] = [];
    let line = firstLine;
    let from = 0;
    for (;;) {
      const at = text.indexOf('NEEDLE', from);
      if (at < 0) break;
      for (let i = text.indexOf('\n', from); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
      from = at + 1;
      const end = text.indexOf('\n', at);
      out.push({
        detector: 'probe',
        rule: file.binary ? 'binary' : file.compressed ? 'gzip' : 'text',
        path: file.path,
        line,
        reasons: [text.slice(at, end < 0 ? at + 20 : Math.min(end, at + 40))],
      });
    }
    return out;
  },
});

/** Throws on files whose name holds "boom": the engine must record a gap and go on. */
export const bomb = defineDetector({
  id: 'bomb',
  wants: (file) => file.path.includes('boom'),
  scan() {
    throw new Error('detector bug');
  },
});

/** The probe with NEEDLE as its keyword: the engine may skip (not decode) regions without it. */
export const keyed = defineDetector({ ...probe, id: 'keyed', keywords: ['NEEDLE'] });

export const DETECTORS = [probe, bomb, keyed];
