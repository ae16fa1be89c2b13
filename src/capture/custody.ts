/**
 * The chain-of-custody log (`custody.log` in the capture): one JSON object a line, appended when the
 * capture is made, verified with `--record`, or exported. Each entry holds
 *   - `prev`: the SHA-256 of the previous line's bytes (for the first entry: of manifest.json), and
 *   - `sha256`: the SHA-256 of the entry's own canonical JSON without this field,
 * so editing, reordering, inserting or deleting a line breaks the chain at that point, and the whole log
 * is bound to the one manifest. Like any unkeyed hash chain it cannot stop someone who rewrites every
 * later entry with fresh hashes, nor the removal of trailing entries: for that, keep the head hash that
 * `capture verify` prints (and that each recording command prints) outside the capture. Pure.
 */
import { sha256 } from './archive.ts';
import { shanghaiTime } from './manifest.ts';

export type CustodyAction = 'created' | 'verified' | 'exported';

export interface CustodyEntry {
  seq: number;
  action: CustodyAction;
  at: string;
  atShanghai: string;
  by: string;
  manifestSha256: string;
  /** For verified and exported: what verify found at that moment. */
  result?: 'intact' | 'altered';
  detail?: string;
  /** For exported: the absolute path of the copy. */
  to?: string;
  prev: string;
  sha256: string;
}

export interface CustodyProblem {
  line: number;
  detail: string;
}

const KEYS = [
  'seq',
  'action',
  'at',
  'atShanghai',
  'by',
  'manifestSha256',
  'result',
  'detail',
  'to',
  'prev',
] as const;

function canonical(entry: Omit<CustodyEntry, 'sha256'>): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEYS) if (entry[key] !== undefined) ordered[key] = entry[key];
  return JSON.stringify(ordered);
}

export function splitLines(log: string): string[] {
  return log === '' ? [] : log.replace(/\n$/, '').split('\n');
}

export interface NewEntry {
  action: CustodyAction;
  at: Date;
  by: string;
  manifestSha256: string;
  result?: 'intact' | 'altered';
  detail?: string;
  to?: string;
}

/** The log with one more entry chained to its last line. */
export function appendCustody(log: string, entry: NewEntry): string {
  const lines = splitLines(log);
  const last = lines.at(-1);
  const body: Omit<CustodyEntry, 'sha256'> = {
    seq: lines.length + 1,
    action: entry.action,
    at: entry.at.toISOString(),
    atShanghai: shanghaiTime(entry.at),
    by: entry.by,
    manifestSha256: entry.manifestSha256,
    ...(entry.result !== undefined ? { result: entry.result } : {}),
    ...(entry.detail !== undefined ? { detail: entry.detail } : {}),
    ...(entry.to !== undefined ? { to: entry.to } : {}),
    prev: last === undefined ? entry.manifestSha256 : sha256(last),
  };
  const json = canonical(body);
  const full = { ...JSON.parse(json), sha256: sha256(json) } as CustodyEntry;
  return `${lines.map((l) => `${l}\n`).join('')}${JSON.stringify(full)}\n`;
}

export interface CustodyCheck {
  entries: CustodyEntry[];
  problems: CustodyProblem[];
  /** SHA-256 of the last line: keep it outside the capture to detect later rewriting. */
  head: string | undefined;
}

/** Checks the chain against the manifest digest; every broken link is a problem naming its line. */
export function checkCustody(log: string, manifestSha256: string): CustodyCheck {
  const lines = splitLines(log);
  const entries: CustodyEntry[] = [];
  const problems: CustodyProblem[] = [];
  if (!log.endsWith('\n') && log !== '')
    problems.push({ line: lines.length, detail: 'the log does not end with a newline' });
  let prev = manifestSha256;
  lines.forEach((text, i) => {
    const line = i + 1;
    let entry: CustodyEntry;
    try {
      entry = JSON.parse(text) as CustodyEntry;
    } catch {
      problems.push({ line, detail: 'not a JSON entry' });
      prev = sha256(text);
      return;
    }
    const { sha256: stated, ...body } = entry;
    if (sha256(canonical(body)) !== stated)
      problems.push({ line, detail: 'entry altered (its own hash does not match)' });
    if (entry.prev !== prev)
      problems.push({
        line,
        detail:
          i === 0
            ? 'first entry is not chained to this manifest'
            : 'chain broken: prev is not the hash of the line before',
      });
    if (entry.seq !== line)
      problems.push({ line, detail: `sequence number ${String(entry.seq)}, expected ${line}` });
    if (i === 0 && entry.action !== 'created')
      problems.push({ line, detail: 'first entry is not the creation' });
    entries.push(entry);
    prev = sha256(text);
  });
  if (lines.length === 0)
    problems.push({ line: 0, detail: 'the log is empty (the creation entry is missing)' });
  return { entries, problems, head: lines.length > 0 ? sha256(lines.at(-1)!) : undefined };
}
