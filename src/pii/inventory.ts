/**
 * The personal-data inventory (issue 4, items 4 and 7): where personal information sits, how much of
 * each kind, how many distinct people, which of it is sensitive (PIPL Art. 28), which is plaintext and
 * which protected, and what the volumes may mean against the catalogue's tiers.
 *
 * Sources (src/pii/sources) feed an InventoryBuilder record by record; `build()` returns a PiiInventory,
 * the stable JSON shape that the scan report, `hegui pii inventory` and `hegui assess cross-border
 * --from-inventory` share.
 *
 * PiiInventory (version 1), as JSON:
 * ```
 * {
 *   "version": 1,
 *   "scannedAt": "2026-11-23T00:00:00.000Z",     // "now" for the under-14 test
 *   "rows": [{                                    // one per location and kind, sorted by location, kind
 *     "location": "/srv/app/users.csv#phone",     // path, path#column, path#table.column, db#schema.table.column
 *     "source": "/srv/app/users.csv",             // a host path, or a database URL without its password
 *     "format": "csv",                            // csv|tsv|json|ndjson|sql-dump|sqlite|postgres|mysql|text|xlsx
 *     "table": null, "field": "phone",            // the table and the column/key, when there are
 *     "kind": "mobile",                           // a PiiKind (src/pii/types.ts)
 *     "records": 1200,                            // values of the kind in plaintext
 *     "protectedRecords": 0,                      // values masked, hashed, encrypted or high-entropy
 *     "protection": null,                         // the protection most protected values had
 *     "state": "plaintext",                       // plaintext | protected | mixed
 *     "people": 1180,                             // distinct people (by ID number or phone in the record)
 *     "peopleEstimated": false,                   // true: some records had no key; each counted as one person
 *     "minors": 3,                                // distinct people under 14 (from the ID's birth date)
 *     "sensitive": ["minor"],                     // PIPL Art. 28 groups (SensitiveGroup)
 *     "sampled": false,                           // true: a database table read up to the row limit only
 *     "sample": "138****5678"                     // one value, masked
 *   }],
 *   "totals": { "records": …, "protectedRecords": …, "people": …, "peopleEstimated": …, "sensitivePeople": …,
 *               "minors": …, "byKind": { "mobile": { "records": …, "protectedRecords": … } } },
 *   "tiers": [{ "id": "i2017-5000", "provision": "cl-253-1", "basis": "items", "count": …, "threshold": 5000,
 *               "mayMeet": true, "status": "V-TEXT", "kinds": ["cn-id", …] }],
 *   "protectedFiles": [{ "path": "/backup/users.csv.gpg", "format": "OpenPGP packet" }],
 *   "sources": [{ "source": "/srv/app/users.csv", "format": "csv", "records": 1200, "encoding": "utf-8" }],
 *   "gaps": [{ "path": …, "reason": …, "detail": … }]
 * }
 * ```
 */
import { mix, NumberMap, NumberSet, PeopleCounter } from './people-counter.ts';
import { HeguiError } from '../core/errors.ts';
import type { GapReason } from '../core/evidence.ts';
import type { Status } from '../legal/types.ts';
import type { Protection } from './protected.ts';
import { sensitiveGroup } from './recognisers/sensitive.ts';
import { PII_KINDS, type PiiKind, type PiiMatch, type SensitiveGroup } from './types.ts';

export const INVENTORY_VERSION = 1;

export type SourceFormat =
  'csv' | 'tsv' | 'json' | 'ndjson' | 'sql-dump' | 'sqlite' | 'postgres' | 'mysql' | 'text' | 'xlsx';

export interface InventoryRow {
  location: string;
  source: string;
  format: SourceFormat;
  table: string | null;
  field: string | null;
  kind: PiiKind;
  records: number;
  protectedRecords: number;
  protection: Protection | null;
  state: 'plaintext' | 'protected' | 'mixed';
  people: number;
  peopleEstimated: boolean;
  minors: number;
  sensitive: SensitiveGroup[];
  sampled: boolean;
  sample: string | null;
}

export type TierId =
  | 'i2017-50'
  | 'i2017-500'
  | 'i2017-5000'
  | 'i2017-combined'
  | 'xb-sensitive-10k'
  | 'xb-sensitive-any'
  | 'xb-100k'
  | 'xb-1m';

/** A volume set against a threshold of the catalogue. Always phrased "may meet", never as a finding of fact. */
export interface TierAssessment {
  id: TierId;
  /** The provision the threshold belongs to (cl-253-1 for the 2017 interpretation; xborder-7/8). */
  provision: string;
  basis: 'items' | 'people';
  count: number;
  threshold: number;
  mayMeet: boolean;
  /** Verification status the catalogue gives the threshold. */
  status: Status;
  kinds: PiiKind[];
}

export interface PiiInventory {
  version: typeof INVENTORY_VERSION;
  scannedAt: string;
  rows: InventoryRow[];
  totals: {
    records: number;
    protectedRecords: number;
    people: number;
    peopleEstimated: boolean;
    sensitivePeople: number;
    minors: number;
    byKind: Partial<Record<PiiKind, { records: number; protectedRecords: number }>>;
  };
  tiers: TierAssessment[];
  protectedFiles: { path: string; format: string }[];
  sources: { source: string; format: SourceFormat; records: number; sampled?: boolean; encoding?: string }[];
  gaps: { path: string; reason: GapReason; detail: string }[];
}

/** Where a value sits. */
export interface Location {
  source: string;
  format: SourceFormat;
  table?: string | undefined;
  field?: string | undefined;
  sampled?: boolean;
}

export function locationString(loc: Location): string {
  const inner = [loc.table, loc.field].filter((p) => p !== undefined && p !== '').join('.');
  return inner === '' ? loc.source : `${loc.source}#${inner}`;
}

/** One value of a record: its kind, whether it is plaintext, and the person it points at. */
export interface FieldHit {
  location: Location;
  kind: PiiKind;
  value: string;
  /** Absent: plaintext. */
  protection?: Protection | undefined;
  personKey?: string | undefined;
  birthDate?: string | undefined;
}

/**
 * The kinds of the 2017 interpretation's item tiers (catalogue §4c, Art. 5, V-TEXT): 50 items of
 * whereabouts, communication content, credit or property information (bank cards are property data:
 * catalogue §9 row 11); 500 items of accommodation, communication records, health and physiological,
 * transaction or other data affecting personal or property safety (biometrics, account passwords);
 * 5,000 items of any other personal information (ID numbers, per the note under §4c).
 */
export function tier2017Of(kind: PiiKind): 50 | 500 | 5000 {
  switch (kind) {
    case 'whereabouts':
    case 'bank-card':
      return 50;
    case 'health':
    case 'biometric':
    case 'password':
      return 500;
    default:
      return 5000;
  }
}

/** A 52-bit hash of a person key (an ID number or phone): sets of numbers, not of strings, stay small. */
export function personHash(key: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
}

/** One value shown masked: keep a short prefix and suffix (kind-aware for the common kinds). */
export function maskSample(kind: PiiKind, value: string): string {
  const v = value.trim();
  const chars = Array.from(v);
  if (kind === 'email') {
    const at = v.indexOf('@');
    if (at > 0) return `${chars[0]}***${v.slice(at)}`;
  }
  if (kind === 'name') return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
  if (kind === 'address')
    return chars.length <= 6 ? '*'.repeat(chars.length) : `${chars.slice(0, 6).join('')}***`;
  if (chars.length <= 4) return '*'.repeat(chars.length);
  if (kind === 'cn-id' && chars.length >= 15) return `${v.slice(0, 6)}********${v.slice(-4)}`;
  const keep = chars.length >= 11 ? 3 : 1;
  const tail = chars.length >= 11 ? 4 : 2;
  return `${chars.slice(0, keep).join('')}${'*'.repeat(chars.length - keep - tail)}${chars.slice(-tail).join('')}`;
}

/** A recogniser's match in free text at `location` as a hit (plaintext, with its person key). */
export function matchHit(location: Location, m: PiiMatch): FieldHit {
  return { location, kind: m.kind, value: m.value, personKey: m.personKey, birthDate: m.birthDate };
}

/** One inventory row's accumulator (a location and kind). Opaque to sources: they get it from accFor. */
export interface RowAcc {
  location: Location;
  kind: PiiKind;
  /** The kind is sensitive of itself (PIPL Art. 28). */
  sensitive: boolean;
  records: number;
  protectedRecords: number;
  protections: Map<Protection, number>;
  keys: PeopleCounter;
  /** People under 14 among the row's keys. */
  minorKeys: PeopleCounter;
  keyless: number;
  sample: string | null;
  /** The KeyGroups this accumulator's keys are deferred to, and its bit there (-1: never grouped). */
  group: KeyGroups | undefined;
  bit: number;
}

/**
 * People per inventory row, counted per set of rows instead of per row: in a table, the same person key
 * goes to every column with a hit (five or six counters a record, most of a table scan's counting time).
 * A KeyGroups counts each record's key once, under the set of accumulators (a bit mask) it belongs to;
 * flush() merges each set's counters into its accumulators. Merging is exact (a union of key sets, or of
 * sketches: PeopleCounter.merge), so the counts are those of counting per accumulator.
 */
/** Sets of columns counted together per source; records of other sets are counted per column. */
const MAX_KEY_GROUPS = 6;

export class KeyGroups {
  private readonly members: RowAcc[] = [];
  private readonly sets = new Map<number, { keys: PeopleCounter; minorKeys: PeopleCounter }>();
  private lastMask = 0;
  private lastSet: { keys: PeopleCounter; minorKeys: PeopleCounter } | undefined;

  /** Takes `acc` in (a bit of its own), false when the 31 bits are taken (it is then counted directly). */
  join(acc: RowAcc): boolean {
    if (acc.group !== undefined || this.members.length >= 31) {
      acc.bit = -1;
      return false;
    }
    acc.group = this;
    acc.bit = this.members.length;
    this.members.push(acc);
    return true;
  }

  /**
   * Counts `key` under `mask`; false when the mask is new and MAX_KEY_GROUPS sets exist already (each
   * set's exact counters may take megabytes: a 5 GB export with look-alikes in five columns made 30 sets
   * and 300 MB).
   */
  add(mask: number, key: number, h: number, minor: boolean): boolean {
    // Most records of a table have the hits of the one before: its set, without the map lookup.
    let set = mask === this.lastMask ? this.lastSet : this.sets.get(mask);
    if (!set) {
      if (this.sets.size >= MAX_KEY_GROUPS) return false;
      set = { keys: new PeopleCounter(ROW_EXACT_PEOPLE), minorKeys: new PeopleCounter(ROW_EXACT_PEOPLE) };
      this.sets.set(mask, set);
    }
    this.lastMask = mask;
    this.lastSet = set;
    set.keys.add(key, h);
    if (minor) set.minorKeys.add(key, h);
    return true;
  }

  /** Into the accumulators; the groups start empty again. */
  flush(): void {
    for (const [mask, set] of this.sets) {
      for (const acc of this.members) {
        if ((mask & (1 << acc.bit)) === 0) continue;
        acc.keys.merge(set.keys);
        acc.minorKeys.merge(set.minorKeys);
      }
    }
    this.sets.clear();
    this.lastMask = 0;
    this.lastSet = undefined;
  }
}

/**
 * One record given as accumulators and hashes: what record() builds from FieldHits, and what the byte
 * engine (src/pii/fast) fills directly without building a string per value. Reused: clear() between
 * records. A plaintext hit's masked sample is set by the source when its accumulator has none
 * (RecordDraft.plain tells when one is wanted).
 */
export class RecordDraft {
  n = 0;
  accs: RowAcc[] = [];
  /** Per hit: its protection, or undefined for plaintext. */
  protections: (Protection | undefined)[] = [];
  /** The record's first plaintext ID number's hash, else -1. */
  idHash = -1;
  /** Its birth date as yyyymmdd (0: none). */
  birth = 0;
  /** The record's first plaintext other person key's hash (a phone), else -1. */
  otherHash = -1;
  /** Where the records' keys are counted per set of accumulators (a table's), if anywhere. */
  groups: KeyGroups | undefined;
  /** Some hit is plaintext; some plaintext hit is of a sensitive kind. */
  anyPlain = false;
  sensitiveKind = false;

  clear(): void {
    this.n = 0;
    this.idHash = -1;
    this.otherHash = -1;
    this.birth = 0;
    this.anyPlain = false;
    this.sensitiveKind = false;
  }

  /** A plaintext hit of `acc`. */
  plain(acc: RowAcc): void {
    this.accs[this.n] = acc;
    this.protections[this.n] = undefined;
    this.n++;
    this.anyPlain = true;
    if (acc.sensitive) this.sensitiveKind = true;
  }

  /** A protected hit of `acc`. */
  protectedHit(acc: RowAcc, protection: Protection): void {
    this.accs[this.n] = acc;
    this.protections[this.n] = protection;
    this.n++;
  }

  /** A plaintext ID number's key (the first one of a record counts). */
  id(hash: number, birth: number): void {
    if (this.idHash !== -1) return;
    this.idHash = hash;
    this.birth = birth;
  }

  /** A plaintext phone's key (the first one of a record counts). */
  other(hash: number): void {
    if (this.otherHash === -1) this.otherHash = hash;
  }
}

/** yyyymmdd of an ISO date (YYYY-MM-DD), 0 when absent. */
function dayNumber(iso: string | undefined): number {
  if (iso === undefined || iso.length < 10) return 0;
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

/** Links between an ID number and a phone kept for counting people once; past it, new links are dropped. */
const MAX_TRACKED_PEOPLE = 200_000;
/** People counted exactly per counter; past it, a fixed-size sketch estimates them (people-counter.ts). */
const EXACT_PEOPLE = 200_000;
/**
 * People counted exactly per inventory row (a column of one source); past it, the row's count is an
 * estimate (peopleEstimated). The totals, which the tiers judge, stay exact to EXACT_PEOPLE. An exact
 * counter takes 16 bytes a key: a 1 GB tree of 16 exports held ~100 row counters and peaked at 405 MB
 * with 200,000 a row.
 */
const ROW_EXACT_PEOPLE = 20_000;

export class InventoryBuilder {
  private readonly rows = new Map<string, RowAcc>();
  private readonly people = new PeopleCounter(EXACT_PEOPLE);
  /** Sensitive includes children: any data of a person under 14 is sensitive. */
  private readonly sensitivePeople = new PeopleCounter(EXACT_PEOPLE);
  private readonly minorPeople = new PeopleCounter(EXACT_PEOPLE);
  private keylessPeople = 0;
  private keylessSensitive = 0;
  private readonly protectedFiles: { path: string; format: string }[] = [];
  private readonly sources = new Map<string, PiiInventory['sources'][number]>();
  private readonly gaps: PiiInventory['gaps'] = [];
  /** The scan day's clock (birth dates, minors). */
  readonly now: Date;
  private readonly draft = new RecordDraft();

  constructor(now: Date) {
    this.now = now;
    const today = now.toISOString().slice(0, 10);
    this.todayNumber = dayNumber(today);
    this.fourteenYearsAgoNumber = dayNumber(
      `${String(Number(today.slice(0, 4)) - 14).padStart(4, '0')}${today.slice(4)}`,
    );
  }

  /** Union-find over person keys: an ID number and a phone seen in one record are one person. */
  private readonly parent = new NumberMap(16, MAX_TRACKED_PEOPLE + 2);

  private find(key: number): number {
    let root = key;
    for (let p = this.parent.get(root, -1); p !== -1 && p !== root; p = this.parent.get(root, -1)) root = p;
    // Path compression.
    let k = key;
    while (k !== root) {
      const next = this.parent.get(k, -1);
      this.parent.set(k, root);
      k = next;
    }
    return root;
  }

  private union(a: number, b: number): void {
    if (this.parent.size >= MAX_TRACKED_PEOPLE) return;
    if (this.parent.get(b, -1) === a) return; // linked already (the usual case for a repeated record)
    const ra = this.find(a);
    const rb = this.find(b);
    if (!this.parent.has(ra)) this.parent.set(ra, ra);
    if (ra !== rb) this.parent.set(rb, ra);
  }

  /** Distinct people among keys, after linking (exact counters), or the counter's estimate. */
  private distinct(keys: PeopleCounter): { size: number } {
    if (!keys.exact || this.parent.size === 0) return { size: keys.size };
    const roots = new NumberSet(keys.size);
    keys.forEach((k) => roots.add(this.find(k)));
    return { size: roots.size };
  }

  /**
   * The values of one record (a CSV row, a JSON object, an SQL row, a line's match): they belong to one
   * person, identified by the record's first plaintext ID number, else its first phone; when a record
   * holds both, the two are linked so that records elsewhere with only the phone count the same person.
   */
  record(hits: readonly FieldHit[]): void {
    if (hits.length === 0) return;
    const d = this.draft;
    d.clear();
    for (const h of hits) this.draftHit(d, h);
    this.recordDraft(d);
  }

  /** One match of free text as a record of its own (a log line's value). */
  recordMatch(location: Location, m: PiiMatch): void {
    const d = this.draft;
    d.clear();
    this.draftHit(d, matchHit(location, m));
    this.recordDraft(d);
  }

  /** One hit into a draft: its accumulator, protection, sample and person key. */
  draftHit(d: RecordDraft, h: FieldHit): void {
    const acc = this.accFor(h.location, h.kind);
    if (h.protection !== undefined) {
      d.protectedHit(acc, h.protection);
      return;
    }
    d.plain(acc);
    acc.sample ??= maskSample(h.kind, h.value);
    if (h.personKey === undefined) return;
    if (h.kind === 'cn-id') d.id(personHash(h.personKey), dayNumber(h.birthDate));
    else d.other(personHash(h.personKey));
  }

  /** A record as a draft (the byte engine's rows); the same accounting as record(). */
  recordDraft(d: RecordDraft): void {
    if (d.n === 0) return;
    const anyPlain = d.anyPlain;
    const sensitiveKind = d.sensitiveKind;
    const idHash = d.idHash === -1 ? undefined : d.idHash;
    const otherHash = d.otherHash === -1 ? undefined : d.otherHash;
    if (idHash !== undefined && otherHash !== undefined) this.union(idHash, otherHash);
    const key = idHash ?? otherHash;
    const h = key === undefined ? 0 : mix(key);
    const minor = d.birth !== 0 && d.birth > this.fourteenYearsAgoNumber && d.birth <= this.todayNumber;
    const sensitive = minor || sensitiveKind;
    if (anyPlain) {
      if (key === undefined) {
        this.keylessPeople++;
        if (sensitive) this.keylessSensitive++;
      } else {
        this.people.add(key, h);
        if (sensitive) this.sensitivePeople.add(key, h);
        if (minor) this.minorPeople.add(key, h);
      }
    }
    const groups = d.groups;
    let mask = 0;
    for (let i = 0; i < d.n; i++) {
      const acc = d.accs[i]!;
      const protection = d.protections[i];
      if (protection !== undefined) {
        acc.protectedRecords++;
        acc.protections.set(protection, (acc.protections.get(protection) ?? 0) + 1);
        continue;
      }
      acc.records++;
      if (key === undefined) acc.keyless++;
      else if (groups !== undefined && acc.bit >= 0 && (acc.group === groups || groups.join(acc)))
        mask |= 1 << acc.bit;
      else {
        acc.keys.add(key, h);
        if (minor) acc.minorKeys.add(key, h);
      }
    }
    if (mask !== 0 && !groups!.add(mask, key!, h, minor)) {
      // A set of columns past the groups' budget: counted per accumulator.
      for (let i = 0; i < d.n; i++) {
        const acc = d.accs[i]!;
        if (d.protections[i] !== undefined || acc.group !== groups || acc.bit < 0) continue;
        acc.keys.add(key!, h);
        if (minor) acc.minorKeys.add(key!, h);
      }
    }
  }

  /** Accumulators by location object (sources reuse one per column), then by location string. */
  private readonly byObject = new WeakMap<Location, Map<PiiKind, RowAcc>>();

  /** The accumulator of a location and kind (sources keep one Location object per column). */
  accFor(location: Location, kind: PiiKind): RowAcc {
    let kinds = this.byObject.get(location);
    if (!kinds) {
      kinds = new Map();
      this.byObject.set(location, kinds);
    }
    let acc = kinds.get(kind);
    if (acc) return acc;
    const id = `${locationString(location)}\u0000${kind}`;
    acc = this.rows.get(id);
    if (!acc) {
      acc = {
        location,
        kind,
        sensitive: sensitiveGroup(kind) !== undefined,
        records: 0,
        protectedRecords: 0,
        protections: new Map(),
        keys: new PeopleCounter(ROW_EXACT_PEOPLE),
        minorKeys: new PeopleCounter(ROW_EXACT_PEOPLE),
        keyless: 0,
        sample: null,
        group: undefined,
        bit: 0,
      };
      this.rows.set(id, acc);
    }
    kinds.set(kind, acc);
    return acc;
  }

  /** The scan day, and the same day 14 years earlier, as yyyymmdd (minors: born after, not after today). */
  private readonly todayNumber: number;
  private readonly fourteenYearsAgoNumber: number;

  protectedFile(path: string, format: string): void {
    this.protectedFiles.push({ path, format });
  }

  source(entry: PiiInventory['sources'][number]): void {
    this.sources.set(`${entry.source}\u0000${entry.format}`, entry);
  }

  gap(path: string, reason: GapReason, detail: string): void {
    this.gaps.push({ path, reason, detail });
  }

  /** Key groups of the sources (a table's, a JSON file's); build() flushes them. */
  private readonly keyGroups: KeyGroups[] = [];

  newKeyGroups(): KeyGroups {
    const g = new KeyGroups();
    this.keyGroups.push(g);
    return g;
  }

  build(): PiiInventory {
    for (const g of this.keyGroups) g.flush();
    const minorRoots = this.distinct(this.minorPeople);
    const rows: InventoryRow[] = [...this.rows.values()].map((acc) => {
      const people = this.distinct(acc.keys);
      const minors = this.distinct(acc.minorKeys).size;
      let protection: Protection | null = null;
      let best = 0;
      for (const [p, n] of acc.protections) {
        if (n > best) {
          protection = p;
          best = n;
        }
      }
      const group = sensitiveGroup(acc.kind);
      const sensitive: SensitiveGroup[] = [];
      if (group) sensitive.push(group);
      if (minors > 0) sensitive.push('minor');
      return {
        location: locationString(acc.location),
        source: acc.location.source,
        format: acc.location.format,
        table: acc.location.table ?? null,
        field: acc.location.field ?? null,
        kind: acc.kind,
        records: acc.records,
        protectedRecords: acc.protectedRecords,
        protection,
        state: acc.records === 0 ? 'protected' : acc.protectedRecords === 0 ? 'plaintext' : 'mixed',
        people: people.size + acc.keyless,
        peopleEstimated: acc.keyless > 0 || !acc.keys.exact,
        minors,
        sensitive,
        sampled: acc.location.sampled === true,
        sample: acc.sample,
      };
    });
    rows.sort((a, b) =>
      a.location < b.location ? -1 : a.location > b.location ? 1 : a.kind.localeCompare(b.kind),
    );
    const byKind: PiiInventory['totals']['byKind'] = {};
    let records = 0;
    let protectedRecords = 0;
    for (const row of rows) {
      const k = (byKind[row.kind] ??= { records: 0, protectedRecords: 0 });
      k.records += row.records;
      k.protectedRecords += row.protectedRecords;
      records += row.records;
      protectedRecords += row.protectedRecords;
    }
    const totals: PiiInventory['totals'] = {
      records,
      protectedRecords,
      people: this.distinct(this.people).size + this.keylessPeople,
      peopleEstimated: this.keylessPeople > 0 || !this.people.exact || this.parent.size >= MAX_TRACKED_PEOPLE,
      sensitivePeople: this.distinct(this.sensitivePeople).size + this.keylessSensitive,
      minors: minorRoots.size,
      byKind,
    };
    return {
      version: INVENTORY_VERSION,
      scannedAt: this.now.toISOString(),
      rows,
      totals,
      tiers: assessTiers(rows, totals),
      protectedFiles: [...this.protectedFiles].sort((a, b) => a.path.localeCompare(b.path)),
      sources: [...this.sources.values()].sort((a, b) => a.source.localeCompare(b.source)),
      gaps: [...this.gaps].sort((a, b) => a.path.localeCompare(b.path)),
    };
  }
}

/**
 * Volumes against the catalogue's tiers. The 2017 interpretation (catalogue §4c, V-TEXT) counts items
 * of plaintext personal information by kind: 50 / 500 / 5,000, and proportional combinations (Art. 5(6)).
 * The cross-border tiers (catalogue §5a, V-OFF) count people, and apply only to data sent abroad since
 * 1 January: they say what a transfer of this data would need, not that a transfer happened.
 */
export function assessTiers(rows: readonly InventoryRow[], totals: PiiInventory['totals']): TierAssessment[] {
  const items = { 50: 0, 500: 0, 5000: 0 };
  const kinds: Record<50 | 500 | 5000, Set<PiiKind>> = { 50: new Set(), 500: new Set(), 5000: new Set() };
  for (const row of rows) {
    if (row.records === 0) continue;
    const t = tier2017Of(row.kind);
    items[t] += row.records;
    kinds[t].add(row.kind);
  }
  const sorted = (s: Set<PiiKind>): PiiKind[] => PII_KINDS.filter((k) => s.has(k));
  const out: TierAssessment[] = [];
  for (const t of [50, 500, 5000] as const) {
    out.push({
      id: `i2017-${t}`,
      provision: 'cl-253-1',
      basis: 'items',
      count: items[t],
      threshold: t,
      mayMeet: items[t] >= t,
      status: 'V-TEXT',
      kinds: sorted(kinds[t]),
    });
  }
  // Art. 5(6): proportional combination of the three tiers.
  const share = items[50] / 50 + items[500] / 500 + items[5000] / 5000;
  out.push({
    id: 'i2017-combined',
    provision: 'cl-253-1',
    basis: 'items',
    count: Math.floor(share * 100) / 100,
    threshold: 1,
    mayMeet: share >= 1,
    status: 'V-TEXT',
    kinds: sorted(new Set([...kinds[50], ...kinds[500], ...kinds[5000]])),
  });
  // Everyone counted has some non-sensitive information (a name, a phone): all of them count here.
  const nonSensitive = totals.people;
  const sensitiveKinds = sorted(
    new Set(rows.filter((r) => r.records > 0 && r.sensitive.length > 0).map((r) => r.kind)),
  );
  out.push(
    {
      id: 'xb-sensitive-any',
      provision: 'xborder-8',
      basis: 'people',
      count: totals.sensitivePeople,
      threshold: 1,
      mayMeet: totals.sensitivePeople >= 1,
      status: 'V-OFF',
      kinds: sensitiveKinds,
    },
    {
      id: 'xb-sensitive-10k',
      provision: 'xborder-7',
      basis: 'people',
      count: totals.sensitivePeople,
      threshold: 10_000,
      mayMeet: totals.sensitivePeople >= 10_000,
      status: 'V-OFF',
      kinds: sensitiveKinds,
    },
    {
      id: 'xb-100k',
      provision: 'xborder-8',
      basis: 'people',
      count: nonSensitive,
      threshold: 100_000,
      mayMeet: nonSensitive >= 100_000,
      status: 'V-OFF',
      kinds: [],
    },
    {
      id: 'xb-1m',
      provision: 'xborder-7',
      basis: 'people',
      count: nonSensitive,
      threshold: 1_000_000,
      mayMeet: nonSensitive >= 1_000_000,
      status: 'V-OFF',
      kinds: [],
    },
  );
  return out;
}

const KIND_NAMES: Record<PiiKind, { zh: string; en: string }> = {
  'cn-id': { zh: '身份证号', en: 'ID numbers' },
  uscc: { zh: '统一社会信用代码', en: 'credit codes' },
  mobile: { zh: '手机号', en: 'mobile numbers' },
  landline: { zh: '固定电话', en: 'landline numbers' },
  'bank-card': { zh: '银行卡号', en: 'bank card numbers' },
  email: { zh: '电子邮箱', en: 'email addresses' },
  passport: { zh: '护照号', en: 'passport numbers' },
  'hk-macau-permit': { zh: '港澳通行证号', en: 'HK/Macau permit numbers' },
  'taiwan-permit': { zh: '台湾通行证号', en: 'Taiwan permit numbers' },
  'licence-plate': { zh: '车牌号', en: 'licence plates' },
  'ip-address': { zh: 'IP 地址', en: 'IP addresses' },
  name: { zh: '姓名', en: 'names' },
  address: { zh: '地址', en: 'addresses' },
  'birth-date': { zh: '出生日期', en: 'birth dates' },
  health: { zh: '健康信息', en: 'health data' },
  biometric: { zh: '生物识别信息', en: 'biometric data' },
  whereabouts: { zh: '行踪轨迹', en: 'whereabouts' },
  religion: { zh: '宗教信仰', en: 'religious belief' },
  password: { zh: '账号密码', en: 'account passwords' },
};

export function kindName(kind: PiiKind, lang: 'zh' | 'en'): string {
  return KIND_NAMES[kind][lang];
}

function kindList(kinds: readonly PiiKind[], lang: 'zh' | 'en'): string {
  return kinds.map((k) => kindName(k, lang)).join(lang === 'zh' ? '、' : ', ');
}

/**
 * One tier in words, phrased as "may meet" (criminal: only if the data is sold, provided or unlawfully
 * obtained; cross-border: only if it is sent abroad). The statuses are those the catalogue gives
 * (2017 interpretation V-TEXT, cross-border tiers V-OFF), both printable.
 */
export function tierStatement(t: TierAssessment, lang: 'zh' | 'en'): string {
  const n = t.count.toLocaleString('en-US');
  const th = t.threshold.toLocaleString('en-US');
  const kinds = kindList(t.kinds, lang);
  switch (t.id) {
    case 'i2017-50':
    case 'i2017-500':
    case 'i2017-5000': {
      const ten = t.count >= t.threshold * 10;
      return lang === 'zh'
        ? `明文${kinds} ${n} 条：如被出售、提供或非法获取，数量可能达到两高2017年解释第五条"情节${ten ? '特别' : ''}严重"的 ${ten ? (t.threshold * 10).toLocaleString('en-US') : th} 条标准(刑法第二百五十三条之一)；单纯存储本身不是该罪的行为。`
        : `${n} items of ${kinds} in plaintext: if sold, provided or unlawfully obtained, the volume may meet the ${ten ? 'especially ' : ''}serious threshold of ${ten ? (t.threshold * 10).toLocaleString('en-US') : th} items (2017 interpretation, Art. 5; Criminal Law Art. 253-1); storing data is not itself the offence.`;
    }
    case 'i2017-combined':
      return lang === 'zh'
        ? `按比例合计达到标准的 ${String(t.count)} 倍：如被出售、提供或非法获取，可能达到两高2017年解释第五条按比例折算的"情节严重"标准。`
        : `Combined, ${String(t.count)} times the thresholds: if sold, provided or unlawfully obtained, the volume may meet the proportional serious threshold (2017 interpretation, Art. 5(6)).`;
    case 'xb-sensitive-any':
      return lang === 'zh'
        ? `${n} 人的敏感个人信息：当年累计向境外提供不满1万人的敏感个人信息，可能须订立标准合同或通过个人信息保护认证(促进和规范数据跨境流动规定第八条)。`
        : `Sensitive personal information of ${n} people: sending that of fewer than 10,000 people abroad in a year may need the standard contract or certification (cross-border provisions, Art. 8).`;
    case 'xb-sensitive-10k':
      return lang === 'zh'
        ? `${n} 人的敏感个人信息：如当年累计向境外提供1万人以上，可能须申报数据出境安全评估(第七条)。`
        : `Sensitive personal information of ${n} people: sending that of 10,000 or more abroad in a year may need a CAC security assessment (Art. 7).`;
    case 'xb-100k':
      return lang === 'zh'
        ? `${n} 人的个人信息：如当年累计向境外提供10万人以上，可能须订立标准合同或通过认证(第八条)。`
        : `Personal information of ${n} people: sending that of 100,000 or more abroad in a year may need the standard contract or certification (Art. 8).`;
    case 'xb-1m':
      return lang === 'zh'
        ? `${n} 人的个人信息：如当年累计向境外提供100万人以上，可能须申报数据出境安全评估(第七条)。`
        : `Personal information of ${n} people: sending that of 1,000,000 or more abroad in a year may need a CAC security assessment (Art. 7).`;
  }
}

/** The inventory as the scan report carries it (JSON `inventory`): no sources or gaps (the report has its own). */
export type InventorySummary = Pick<
  PiiInventory,
  'version' | 'scannedAt' | 'rows' | 'totals' | 'tiers' | 'protectedFiles'
>;

/** The report's inventory section; `mask` is applied to places and samples (file names can hold data). */
export function inventorySummary(inv: PiiInventory, mask: (s: string) => string): InventorySummary {
  return {
    version: inv.version,
    scannedAt: inv.scannedAt,
    rows: inv.rows.map((r) => ({
      ...r,
      location: mask(r.location),
      source: mask(r.source),
      sensitive: [...r.sensitive],
      sample: r.sample === null ? null : mask(r.sample),
    })),
    totals: { ...inv.totals, byKind: { ...inv.totals.byKind } },
    tiers: inv.tiers.map((t) => ({ ...t, kinds: [...t.kinds] })),
    protectedFiles: inv.protectedFiles.map((f) => ({ path: mask(f.path), format: f.format })),
  };
}

/** A short text table of the inventory for the text report: one line per place and kind with plaintext records. */
export function inventoryLines(inv: InventorySummary, lang: 'zh' | 'en', max = 20): string[][] {
  const rows = inv.rows.filter((r) => r.records > 0);
  const out = rows
    .slice(0, max)
    .map((r) => [
      r.location,
      kindName(r.kind, lang),
      String(r.records),
      lang === 'zh' ? `${String(r.people)} 人` : `${String(r.people)} people`,
      r.sensitive.length > 0
        ? lang === 'zh'
          ? `敏感(${r.sensitive.join(',')})`
          : `sensitive (${r.sensitive.join(', ')})`
        : '',
    ]);
  if (rows.length > max) out.push([`… ${String(rows.length - max)}`, '', '', '', '']);
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

/**
 * Validate the JSON text of a PI inventory (`hegui pii inventory --format json`):
 * HEGUI_E_INVENTORY_UNREADABLE when it is not one, or comes from a newer hegui.
 */
export function parseInventory(text: string, source: string): PiiInventory {
  const fail = (why: string, cause?: unknown) =>
    new HeguiError(
      'HEGUI_E_INVENTORY_UNREADABLE',
      `${source} ${why}`,
      cause === undefined ? undefined : { cause },
    );
  let value: unknown;
  try {
    value = JSON.parse(withoutBom(text));
  } catch (error) {
    throw fail(`is not JSON: ${(error as Error).message}`, error);
  }
  if (!isRecord(value) || typeof value.version !== 'number' || !Array.isArray(value.rows))
    throw fail('is not a hegui PI inventory (version or rows missing)');
  if (value.version > INVENTORY_VERSION)
    throw fail(`has inventory version ${value.version}; this hegui reads up to ${INVENTORY_VERSION}`);
  const rowsOk = value.rows.every(
    (r) =>
      isRecord(r) &&
      typeof r.kind === 'string' &&
      typeof r.records === 'number' &&
      typeof r.people === 'number' &&
      Array.isArray(r.sensitive) &&
      typeof r.location === 'string',
  );
  if (!rowsOk) throw fail('has malformed rows (kind, records, people, sensitive, location)');
  return value as unknown as PiiInventory;
}
