/**
 * Distinct people in bounded memory. Exact (a set of person hashes) up to `cap` keys; past it the
 * counter switches to a HyperLogLog sketch (2^12 one-byte registers, standard error about 1.6 %) and
 * every count it gives is an estimate. A 1 GB member export held ~5 million people in five columns,
 * and exact Sets for each column and the totals took 3.8 GB: the sketch keeps the inventory's memory
 * flat whatever the data holds.
 *
 * The exact set is an open-addressing table of doubles (NumberSet), not a JS Set: person hashes are
 * 52-bit integers, which a Set stores as one heap number each; counting was half of the inventory's
 * time on a CSV export. NumberMap is the same table with values (the inventory's links between an ID
 * number and a phone).
 */

const P = 12;
const M = 1 << P;
const ALPHA = 0.7213 / (1 + 1.079 / M);
const EMPTY = -1;

/** Person hashes are 52-bit non-negative integers (inventory.ts personHash); their low 32 bits are mixed. */
export function mix(k: number): number {
  let h = (k >>> 0) ^ Math.floor(k / 0x100000000);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Table length for `keys` keys at load ≤ 1/2 (a power of two, 16 at least). */
function slotsFor(keys: number): number {
  let n = 16;
  while (n < keys * 2) n *= 2;
  return n;
}

/** Past this many slots a table that knows its limit grows straight to the size the limit needs. */
const JUMP_SLOTS = 1 << 16;

/**
 * A set of non-negative integers below 2^53 (linear probing, load ≤ 1/2, grows by doubling). Given the
 * most keys it will ever hold (`limit`), a large table grows once to its final size instead of doubling:
 * every doubling re-inserts all keys at random places, and the inventory's 200,000-key counters spent
 * 2 % of a 1 GB scan re-inserting.
 */
export class NumberSet {
  protected table: Float64Array;
  protected mask: number;
  private readonly limit: number;
  size = 0;

  constructor(capacity = 16, limit = Number.POSITIVE_INFINITY) {
    const n = slotsFor(capacity);
    this.table = new Float64Array(n).fill(EMPTY);
    this.mask = n - 1;
    this.limit = limit;
  }

  /** The next table length. */
  protected nextLength(): number {
    const doubled = this.table.length * 2;
    return doubled >= JUMP_SLOTS && Number.isFinite(this.limit)
      ? Math.max(doubled, slotsFor(this.limit))
      : doubled;
  }

  /** The slot of `key`: where it is, or the empty slot where it would go. */
  protected slot(key: number, h: number = mix(key)): number {
    const t = this.table;
    let i = h & this.mask;
    for (;;) {
      const v = t[i]!;
      if (v === key || v === EMPTY) return i;
      i = (i + 1) & this.mask;
    }
  }

  has(key: number): boolean {
    return this.table[this.slot(key)] === key;
  }

  /** Adds `key` (`h`: its mix, when the caller has it); true when it was new. */
  add(key: number, h: number = mix(key)): boolean {
    const i = this.slot(key, h);
    if (this.table[i] === key) return false;
    this.table[i] = key;
    this.size++;
    if (this.size * 2 > this.table.length) this.grow();
    return true;
  }

  forEach(fn: (key: number) => void): void {
    const t = this.table;
    for (let i = 0; i < t.length; i++) if (t[i] !== EMPTY) fn(t[i]!);
  }

  keys(): number[] {
    const out: number[] = [];
    this.forEach((k) => out.push(k));
    return out;
  }

  protected grow(): void {
    const old = this.table;
    this.table = new Float64Array(this.nextLength()).fill(EMPTY);
    this.mask = this.table.length - 1;
    for (const v of old) if (v !== EMPTY) this.table[this.slot(v)] = v;
  }
}

/** A map from non-negative integers below 2^53 to numbers, same table. */
export class NumberMap extends NumberSet {
  private values: Float64Array;

  constructor(capacity = 16, limit = Number.POSITIVE_INFINITY) {
    super(capacity, limit);
    this.values = new Float64Array(this.table.length);
  }

  /** The value of `key`, or `missing`. */
  get(key: number, missing: number): number {
    const i = this.slot(key);
    return this.table[i] === key ? this.values[i]! : missing;
  }

  set(key: number, value: number): void {
    const i = this.slot(key);
    if (this.table[i] !== key) {
      this.table[i] = key;
      this.values[i] = value;
      this.size++;
      if (this.size * 2 > this.table.length) this.grow();
      return;
    }
    this.values[i] = value;
  }

  protected override grow(): void {
    const oldKeys = this.table;
    const oldValues = this.values;
    this.table = new Float64Array(this.nextLength()).fill(EMPTY);
    this.values = new Float64Array(this.table.length);
    this.mask = this.table.length - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j]!;
      if (k === EMPTY) continue;
      const i = this.slot(k);
      this.table[i] = k;
      this.values[i] = oldValues[j]!;
    }
  }
}

export class PeopleCounter {
  private set: NumberSet | undefined;
  private registers: Uint8Array | undefined;
  private readonly cap: number;

  constructor(cap: number) {
    this.cap = cap;
    // It holds cap + 1 keys at most: the one past the cap turns it into a sketch.
    this.set = new NumberSet(16, cap + 1);
  }

  get exact(): boolean {
    return this.set !== undefined;
  }

  /** Adds a person key (`h`: mix(key), when the caller adds one key to several counters). */
  add(key: number, h: number = mix(key)): void {
    if (this.set) {
      if (this.set.add(key, h) && this.set.size > this.cap) this.toSketch();
      return;
    }
    this.sketch(h);
  }

  /** The keys, while exact. */
  keys(): number[] {
    return this.set ? this.set.keys() : [];
  }

  /** Each key, while exact. */
  forEach(fn: (key: number) => void): void {
    this.set?.forEach(fn);
  }

  /** Distinct keys: exact, or the sketch's estimate. */
  get size(): number {
    if (this.set) return this.set.size;
    const r = this.registers!;
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < M; i++) {
      sum += 2 ** -r[i]!;
      if (r[i] === 0) zeros++;
    }
    const raw = (ALPHA * M * M) / sum;
    // Small-range correction (linear counting).
    return Math.round(raw <= 2.5 * M && zeros > 0 ? M * Math.log(M / zeros) : raw);
  }

  /** Adds every key of `other` (a union: exact while the union is within the cap, else a sketch). */
  merge(other: PeopleCounter): void {
    if (other.set) {
      other.set.forEach((k) => this.add(k));
      return;
    }
    if (this.set) this.toSketch();
    const r = this.registers!;
    const o = other.registers!;
    for (let i = 0; i < M; i++) if (o[i]! > r[i]!) r[i] = o[i]!;
  }

  private toSketch(): void {
    this.registers = new Uint8Array(M);
    this.set!.forEach((k) => this.sketch(mix(k)));
    this.set = undefined;
  }

  private sketch(h: number): void {
    const index = h >>> (32 - P);
    const rest = (h << P) >>> 0;
    const rank = rest === 0 ? 32 - P + 1 : Math.clz32(rest) + 1;
    if (rank > this.registers![index]!) this.registers![index] = rank;
  }
}
