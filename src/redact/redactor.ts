/**
 * The Redactor: text, fields, CSV rows and JSON values → their redacted form, counting what it changed
 * per kind (never the values). Pure apart from its counters; the file plumbing is in file.ts.
 */
import { RECOGNISERS, classifyField, findAll } from '../pii/recognisers/index.ts';
import type { PiiKind } from '../pii/types.ts';
import { redactValue, type RedactConfig } from './values.ts';

const PSEUDONYM_CACHE = 65_536;

/** A character without which text() can find nothing. */
const HAS_SIGNAL = /[0-9@:：=０-９]/;

/** `label: value`, `label=value`, `标签：值` (the value up to a separator; quotes allowed). */
const LABELLED = /(?<![\p{L}\p{N}_])([\p{L}\p{N}_.-]{1,24})\s*[:：=]\s*(["']?)([^\s"',;，；&|<>]{1,64})\2/gu;
/** Kinds known only from a label: in free text they are found after one. */
const LABEL_ONLY = new Set<PiiKind>([
  'name',
  'address',
  'birth-date',
  'health',
  'biometric',
  'religion',
  'whereabouts',
]);

const VALIDATE = new Map(RECOGNISERS.map((r) => [r.kind, (value: string) => r.validate(value)]));

export class Redactor {
  readonly config: RedactConfig;
  readonly counts = new Map<PiiKind, number>();
  private readonly now: Date | undefined;

  constructor(config: RedactConfig, now?: Date) {
    this.config = config;
    this.now = now;
  }

  private count(kind: PiiKind): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }

  /** Recent pseudonyms (an HMAC is the costly step; the same person recurs in logs and tables). */
  private readonly cache = new Map<string, string>();

  private replace(kind: PiiKind, value: string): string {
    this.count(kind);
    if (this.config.mode !== 'pseudonymise') return redactValue(this.config, kind, value);
    const key = `${kind}\0${value}`;
    let out = this.cache.get(key);
    if (out === undefined) {
      out = redactValue(this.config, kind, value);
      if (this.cache.size >= PSEUDONYM_CACHE) this.cache.clear();
      this.cache.set(key, out);
    }
    return out;
  }

  /**
   * Free text: every validated value the recognisers find is replaced in place, and so is the value
   * after a label that names a kind known only from labels (`姓名：张三`, `name=张三`, `住址: …`).
   */
  text(text: string): string {
    // Every recognised kind has a digit or an '@' (ID numbers, phones, cards, plates, documents, e-mail);
    // the labelled kinds need a ':' or '=' (most CSV cells and many log lines have none of these).
    if (!HAS_SIGNAL.test(text)) return text;
    const spans: { start: number; end: number; kind: PiiKind }[] = findAll(text, this.now);
    if (/[:：=]/.test(text)) {
      LABELLED.lastIndex = 0;
      for (let m = LABELLED.exec(text); m; m = LABELLED.exec(text)) {
        const kind = classifyField(m[1] ?? '')?.kind;
        const value = m[3] ?? '';
        if (kind === undefined || !LABEL_ONLY.has(kind) || value === '') continue;
        const start = m.index + m[0].length - value.length - (m[2]?.length ?? 0);
        spans.push({ start, end: start + value.length, kind });
      }
      spans.sort((a, b) => a.start - b.start);
    }
    if (spans.length === 0) return text;
    let out = '';
    let at = 0;
    for (const m of spans) {
      if (m.start < at) continue;
      out += text.slice(at, m.start) + this.replace(m.kind, text.slice(m.start, m.end));
      at = m.end;
    }
    return out + text.slice(at);
  }

  /**
   * A field whose label (CSV header, JSON key) says what it holds. A kind the recognisers validate is
   * replaced when the whole value is valid; a kind known only from labels (names, addresses, birth
   * dates, health data…) is replaced whenever the field is not empty; anything else goes through text().
   */
  field(kind: PiiKind | undefined, value: string): string {
    const trimmed = value.trim();
    if (kind === undefined || trimmed === '' || /^(?:null|none|n\/a|-|\\N)$/i.test(trimmed))
      return this.text(value);
    const validate = VALIDATE.get(kind);
    if (validate === undefined || validate(trimmed)) return this.replace(kind, value);
    return this.text(value);
  }

  /** Classify a header row (column → kind or undefined). */
  static columnKinds(header: readonly string[]): (PiiKind | undefined)[] {
    return header.map((h) => classifyField(h)?.kind);
  }

  /** A JSON value: keys classify the values under them; strings are searched; numbers too when labelled. */
  json(value: unknown, kind?: PiiKind): unknown {
    if (typeof value === 'string') return this.field(kind, value);
    if (typeof value === 'number' && kind !== undefined && Number.isSafeInteger(value)) {
      const s = String(value);
      const out = this.field(kind, s);
      return out === s ? value : out;
    }
    if (Array.isArray(value)) return value.map((v) => this.json(v, kind));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.json(v, classifyField(k)?.kind ?? kind);
      return out;
    }
    return value;
  }

  /** Counts per kind, most first. */
  summary(): { kind: PiiKind; count: number }[] {
    return [...this.counts]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1));
  }
}
