/**
 * JSON and NDJSON, key-aware: a value's kind comes from its key (`"idCard": …`, `"手机号": …`) through
 * classifyField; an unlabelled string counts when it validates whole as a self-evident kind (ID number,
 * credit code, bank card, mobile, email), and longer strings are searched as free text. An object is one
 * record (one person); nested objects belong to their parent's record, objects inside arrays are records
 * of their own. Locations name the key path (`users[].contact.phone`).
 */
import { matchHit, type FieldHit, type InventoryBuilder, type Location } from '../inventory.ts';
import type { PiiKind } from '../types.ts';
import type { Recognition } from './recognition.ts';
import { valueHit } from './table.ts';

const MAX_TEXT = 64 * 1024;
const MAX_DEPTH = 64;

export class JsonScanner {
  private readonly base: Location;
  private readonly recognition: Recognition;
  private readonly builder: InventoryBuilder;
  private readonly labels = new Map<string, PiiKind | null>();
  private readonly locations = new Map<string, Location>();
  records = 0;

  constructor(base: Location, recognition: Recognition, builder: InventoryBuilder) {
    this.base = base;
    this.recognition = recognition;
    this.builder = builder;
  }

  /** One parsed document (a whole .json file, or one NDJSON line). */
  document(value: unknown): void {
    const record: FieldHit[] = [];
    this.walk(value, '', '', record, 0);
    this.flush(record);
  }

  private flush(record: FieldHit[]): void {
    if (record.length === 0) return;
    this.records++;
    this.builder.record(record);
  }

  private labelKind(key: string): PiiKind | null {
    let kind = this.labels.get(key);
    if (kind === undefined) {
      kind = key === '' ? null : (this.recognition.classifyField(key)?.kind ?? null);
      this.labels.set(key, kind);
    }
    return kind;
  }

  private location(path: string): Location {
    let loc = this.locations.get(path);
    if (!loc) {
      loc = { ...this.base, field: path === '' ? undefined : path };
      this.locations.set(path, loc);
    }
    return loc;
  }

  private walk(value: unknown, path: string, key: string, record: FieldHit[], depth: number): void {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      const itemPath = `${path}[]`;
      for (const item of value) {
        if (item !== null && typeof item === 'object') {
          const own: FieldHit[] = [];
          this.walk(item, itemPath, key, own, depth + 1);
          this.flush(own);
        } else {
          this.leaf(item, itemPath, key, record);
        }
      }
      return;
    }
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        this.walk(v, path === '' ? k : `${path}.${k}`, k, record, depth + 1);
      }
      return;
    }
    this.leaf(value, path, key, record);
  }

  private leaf(value: unknown, path: string, key: string, record: FieldHit[]): void {
    let text: string;
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number' && Number.isSafeInteger(value)) text = String(value);
    else return;
    if (text === '') return;
    const location = this.location(path);
    const labelled = this.labelKind(key);
    if (labelled) {
      const hit = valueHit(this.recognition, location, labelled, text);
      if (hit) record.push(hit);
      return;
    }
    const trimmed = text.trim();
    for (const kind of this.recognition.selfEvident) {
      if (this.recognition.check(kind, trimmed)) {
        const hit = valueHit(this.recognition, location, kind, trimmed);
        if (hit) record.push(hit);
        return;
      }
    }
    if (typeof value === 'string' && text.length >= 5 && text.length <= MAX_TEXT) {
      for (const m of this.recognition.findAll(text)) record.push(matchHit(location, m));
    }
  }
}

/** Whole-file JSON parse limit: larger files are read as text (line by line), not parsed. */
export const MAX_JSON_DOCUMENT = 64 * 1024 * 1024;
