/**
 * One cell of a known kind into a record draft, decided on its bytes where the byte validators can
 * (src/pii/fast/validate.ts) and through the string path's valueHit (src/pii/sources/table.ts) where they
 * cannot: the verdicts are the same by construction (validate.test.ts holds them equal), only the
 * strings are saved. Free-text cells go to the string recognisers.
 */
import type { InventoryBuilder, Location, RecordDraft, RowAcc } from '../inventory.ts';
import { maskSample, matchHit } from '../inventory.ts';
import type { Recognition } from '../sources/recognition.ts';
import { valueHit } from '../sources/table.ts';
import type { PiiKind } from '../types.ts';
import { findAllInLines } from './text-bytes.ts';
import {
  addressCjk,
  ByteValidator,
  K_ADDRESS,
  K_CHECKED,
  K_CN_ID,
  K_MOBILE,
  K_NAME,
  kindCode,
  mayBeProtected,
  placeholderBytes,
  plausibleBytes,
  trimEndBytes,
  trimStartBytes,
} from './validate.ts';

/** Where a cell's text comes from when a string is needed. */
export interface CellText {
  cellText(i: number): string;
}

/**
 * The number of CJK characters (U+3400–U+9FFF, three bytes each) in buf[s, e) when it holds only those and
 * ASCII digits, else -1.
 */
export function cjkDigits(buf: Uint8Array, s: number, e: number): number {
  let n = 0;
  let p = s;
  while (p < e) {
    const b = buf[p]!;
    if (b >= 0x30 && b <= 0x39) {
      p++;
      continue;
    }
    // E3 90 80 (U+3400) … E9 BF BF (U+9FFF): lead E3 needs a second byte ≥ 0x90.
    if (b < 0xe3 || b > 0xe9 || p + 3 > e) return -1;
    const b1 = buf[p + 1]!;
    const b2 = buf[p + 2]!;
    if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80 || (b === 0xe3 && b1 < 0x90)) return -1;
    n++;
    p += 3;
  }
  return n;
}

/** 未知 (E6 9C AA E7 9F A5) at s: the two-character placeholder. */
function isWeiZhi(buf: Uint8Array, s: number): boolean {
  return (
    buf[s] === 0xe6 &&
    buf[s + 1] === 0x9c &&
    buf[s + 2] === 0xaa &&
    buf[s + 3] === 0xe7 &&
    buf[s + 4] === 0x9f &&
    buf[s + 5] === 0xa5
  );
}

export class CellJudge {
  readonly validator: ByteValidator;
  private readonly recognition: Recognition;
  private readonly builder: InventoryBuilder;
  /** Cells decided on bytes / through strings (for the bench and tests: the fast path is really taken). */
  fast = 0;
  slow = 0;

  constructor(recognition: Recognition, builder: InventoryBuilder, now: Date) {
    this.recognition = recognition;
    this.builder = builder;
    this.validator = new ByteValidator(now);
  }

  /**
   * The cell buf[s, e) of `kind` at `location` (its value exactly when `plain`): what valueHit would add.
   * `acc` is the caller's cached accumulator of (location, kind) or undefined; the one used is returned.
   */
  kindCell(
    d: RecordDraft,
    location: Location,
    kind: PiiKind,
    acc: RowAcc | undefined,
    buf: Uint8Array,
    s: number,
    e: number,
    plain: boolean,
    text: CellText,
    i: number,
  ): RowAcc | undefined {
    return this.codedCell(d, location, kind, kindCode(kind), acc, buf, s, e, plain, text, i);
  }

  /** kindCell with the kind's code (kindCode) worked out by the caller, once per column. */
  codedCell(
    d: RecordDraft,
    location: Location,
    kind: PiiKind,
    code: number,
    acc: RowAcc | undefined,
    buf: Uint8Array,
    s: number,
    e: number,
    plain: boolean,
    text: CellText,
    i: number,
  ): RowAcc | undefined {
    if (plain) {
      const verdict = this.decide(d, location, kind, code, acc, buf, s, e, text, i);
      if (verdict !== null) return verdict;
    }
    this.slow++;
    const hit = valueHit(this.recognition, location, kind, text.cellText(i));
    if (hit) this.builder.draftHit(d, hit);
    return acc;
  }

  /** On bytes: the accumulator used (or the one given when no hit), null when undecided. */
  private decide(
    d: RecordDraft,
    location: Location,
    kind: PiiKind,
    code: number,
    acc: RowAcc | undefined,
    buf: Uint8Array,
    s: number,
    e: number,
    text: CellText,
    i: number,
  ): RowAcc | undefined | null {
    if (code <= K_CHECKED) {
      // No placeholder validates, and an invalid value is a hit only when protected (then the string
      // path decides, placeholders included): the placeholder test is not needed for these kinds.
      const v = this.validator;
      const verdict = v.checkCode(code, buf, s, e);
      if (verdict === -1) return null;
      if (verdict === 0) {
        if (mayBeProtected(buf, s, e)) return null;
        this.fast++;
        return acc;
      }
      this.fast++;
      const a = this.plainHit(d, location, kind, acc, text, i);
      if (code === K_CN_ID) d.id(v.keyHash, v.birth);
      else if (code === K_MOBILE) d.other(v.keyHash);
      return a;
    }
    if (code <= K_ADDRESS) {
      // The usual Chinese name or address: only CJK characters (U+3400–U+9FFF) and ASCII digits. Such a
      // value holds no mask character, crypt prefix, hex or base64 (not protected), is no URL, e-mail or
      // number (not rejected as one), and is a placeholder only as 无, 空 or 未知.
      const cjk = cjkDigits(buf, s, e);
      if (cjk > 2 || (cjk === 2 && !isWeiZhi(buf, s))) {
        this.fast++;
        if (code === K_NAME)
          // ^[\u3400-\u9fff][\u3400-\u9fff·•]{1,9}$ on CJK alone: 2 to 10 characters, no digit.
          return cjk <= 10 && e - s === 3 * cjk ? this.plainHit(d, location, kind, acc, text, i) : acc;
        // An address of CJK and digits: never a URL, e-mail or number, and without letters only the CJK
        // form can hold.
        return addressCjk(buf, s, e) ? this.plainHit(d, location, kind, acc, text, i) : acc;
      }
      const placeholder = placeholderBytes(buf, s, e);
      if (placeholder === -1) return null;
      if (placeholder === 1) {
        this.fast++;
        return acc;
      }
      if (mayBeProtected(buf, s, e)) return null;
      const a = trimStartBytes(buf, s, e);
      const shape = plausibleBytes(kind, buf, a, trimEndBytes(buf, a, e));
      if (shape === -1) return null;
      this.fast++;
      return shape === 1 ? this.plainHit(d, location, kind, acc, text, i) : acc;
    }
    return null;
  }

  private plainHit(
    d: RecordDraft,
    location: Location,
    kind: PiiKind,
    acc: RowAcc | undefined,
    text: CellText,
    i: number,
  ): RowAcc {
    const a = acc ?? this.builder.accFor(location, kind);
    d.plain(a);
    a.sample ??= maskSample(kind, text.cellText(i).trim());
    return a;
  }

  /**
   * A free-text cell given as bytes (its value exactly): every match of the string recognisers, found
   * through the byte pre-filter (text-bytes.ts), which decodes and searches only lines that could match.
   * False when the cell's length in UTF-16 units might be outside [min, max] (the caller then decodes).
   */
  textBytes(
    d: RecordDraft,
    location: Location,
    buf: Uint8Array,
    s: number,
    e: number,
    min: number,
    max: number,
  ): boolean {
    // A UTF-16 unit takes one to three bytes (four bytes: two units).
    if (e - s < 3 * min || e - s > max) return false;
    this.fast++;
    findAllInLines(buf, s, e, this.recognition, (m) => this.builder.draftHit(d, matchHit(location, m)));
    return true;
  }

  /** A free-text cell: every match of the string recognisers. */
  textCell(d: RecordDraft, location: Location, text: string): void {
    this.slow++;
    for (const m of this.recognition.findAll(text)) this.builder.draftHit(d, matchHit(location, m));
  }
}
