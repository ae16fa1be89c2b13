/**
 * logrotate configuration: a pure parser (text → statements with file:line) and a pure resolver
 * (the flattened statement stream → per-block effective settings → retention in days).
 *
 * Grammar as logrotate reads it (config.c): at the top level a line starting with a letter is a
 * directive (`weekly`, `rotate 4`, `include /etc/logrotate.d`) that changes the defaults for every block
 * read AFTER it — also across included files; anything else is a list of log paths/globs, possibly over
 * several lines, ended by `{`. Inside a block, directives override the defaults for that block only;
 * `postrotate` … `endscript` (and the other script keywords) enclose shell text that is skipped.
 * `#` starts a comment only at the beginning of a line. `key=value` is accepted like `key value`.
 */
import { at } from '../../core/collector.ts';
import type { FileLine } from '../../core/evidence.ts';
import type { RotationCriterion, RotationSettings } from './logging.types.ts';

export interface LogrotateDirective {
  key: string;
  value: string;
  where: FileLine;
}

export type LogrotateStatement =
  | { type: 'directive'; directive: LogrotateDirective }
  | { type: 'include'; target: string; where: FileLine }
  | { type: 'block'; patterns: string[]; directives: LogrotateDirective[]; where: FileLine };

export interface LogrotateProblem {
  where: FileLine;
  message: string;
}

export interface ParsedLogrotate {
  statements: LogrotateStatement[];
  problems: LogrotateProblem[];
}

const SCRIPT_KEYWORDS = new Set(['postrotate', 'prerotate', 'firstaction', 'lastaction', 'preremove']);

/** Split a directive line into its alphabetic keyword and its value (`rotate 4`, `rotate=4`, `size = 10M`). */
export function splitDirective(text: string): { key: string; value: string } {
  const match = /^([A-Za-z]+)[ \t]*=?[ \t]*(.*)$/.exec(text);
  if (!match) return { key: '', value: text };
  return { key: match[1]!, value: match[2]!.trim() };
}

/** Split a path list into words; double or single quotes keep spaces inside a name. */
export function splitPaths(text: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

export function parseLogrotate(text: string, path: string): ParsedLogrotate {
  const statements: LogrotateStatement[] = [];
  const problems: LogrotateProblem[] = [];
  const lines = text.split(/\r?\n/);
  let state: 'top' | 'block' | 'script' = 'top';
  let scriptReturn: 'top' | 'block' = 'top';
  let pending: string[] = [];
  let pendingLine = 0;
  let block = null as { patterns: string[]; directives: LogrotateDirective[]; where: FileLine } | null;

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const trimmed = lines[i]!.trim();
    if (state === 'script') {
      if (trimmed === 'endscript') state = scriptReturn;
      continue;
    }
    if (trimmed === '' || trimmed.startsWith('#')) continue;

    if (state === 'block') {
      if (trimmed.startsWith('}')) {
        statements.push({ type: 'block', ...block! });
        block = null;
        state = 'top';
        continue;
      }
      const { key, value } = splitDirective(trimmed);
      if (key === '') {
        problems.push({
          where: at(path, lineNo),
          message: `unexpected text in a block: ${trimmed.slice(0, 80)}`,
        });
        continue;
      }
      if (SCRIPT_KEYWORDS.has(key)) {
        scriptReturn = 'block';
        state = 'script';
        continue;
      }
      if (key === 'endscript') continue;
      if (key === 'include' || key === 'tabooext') {
        problems.push({ where: at(path, lineNo), message: `${key} is not allowed inside a block` });
        continue;
      }
      block!.directives.push({ key, value, where: at(path, lineNo) });
      continue;
    }

    // Top level.
    if (pending.length === 0 && /^[A-Za-z]/.test(trimmed)) {
      const { key, value } = splitDirective(trimmed);
      if (SCRIPT_KEYWORDS.has(key)) {
        scriptReturn = 'top';
        state = 'script';
        continue;
      }
      if (key === 'include') {
        if (value === '') problems.push({ where: at(path, lineNo), message: 'include without a path' });
        else
          statements.push({
            type: 'include',
            target: splitPaths(value)[0] ?? value,
            where: at(path, lineNo),
          });
        continue;
      }
      statements.push({ type: 'directive', directive: { key, value, where: at(path, lineNo) } });
      continue;
    }
    if (trimmed.startsWith('}')) {
      problems.push({ where: at(path, lineNo), message: "unexpected '}' without a block" });
      continue;
    }
    const brace = trimmed.indexOf('{');
    const before = brace === -1 ? trimmed : trimmed.slice(0, brace);
    if (pending.length === 0) pendingLine = lineNo;
    pending.push(...splitPaths(before));
    if (brace === -1) continue;
    const patterns = pending;
    pending = [];
    if (patterns.length === 0) {
      problems.push({ where: at(path, lineNo), message: "'{' without log file names" });
    }
    const opened = { patterns, directives: [] as LogrotateDirective[], where: at(path, pendingLine) };
    block = opened;
    state = 'block';
    // Text after "{" on the same line: directives, possibly the closing brace.
    const rest = trimmed.slice(brace + 1).trim();
    if (rest !== '') {
      const close = rest.indexOf('}');
      const inner = (close === -1 ? rest : rest.slice(0, close)).trim();
      if (inner !== '') {
        const { key, value } = splitDirective(inner);
        if (key !== '') opened.directives.push({ key, value, where: at(path, lineNo) });
      }
      if (close !== -1) {
        statements.push({ type: 'block', ...opened });
        block = null;
        state = 'top';
      }
    }
  }
  if (pending.length > 0)
    problems.push({ where: at(path, pendingLine), message: "log file names without '{'" });
  if (state === 'block' && block) problems.push({ where: block.where, message: "block not closed with '}'" });
  if (state === 'script')
    problems.push({ where: at(path, lines.length), message: 'script without endscript' });
  return { statements, problems };
}

/** logrotate's built-in defaults (config.c readAllConfigPaths): size-based at 1M, rotate 0. */
export const LOGROTATE_DEFAULTS: RotationSettings = {
  criterion: 'size',
  rotate: 0,
  maxage: null,
  size: null,
  maxsize: null,
  olddir: null,
  missingok: false,
};

const PERIODS = new Set<RotationCriterion>(['hourly', 'daily', 'weekly', 'monthly', 'yearly']);

/** Apply one directive to settings (returns a copy). Unknown or irrelevant directives leave them unchanged. */
export function applyDirective(settings: RotationSettings, directive: LogrotateDirective): RotationSettings {
  const { key, value } = directive;
  if (PERIODS.has(key as RotationCriterion)) return { ...settings, criterion: key as RotationCriterion };
  switch (key) {
    case 'size':
      return value === '' ? settings : { ...settings, criterion: 'size', size: value };
    case 'maxsize':
      return value === '' ? settings : { ...settings, maxsize: value };
    case 'rotate': {
      const n = parseIntStrict(value);
      return n === null || n < -1 ? settings : { ...settings, rotate: n };
    }
    case 'maxage': {
      const n = parseIntStrict(value);
      // maxage 0 is logrotate's "not set".
      return n === null || n < 0 ? settings : { ...settings, maxage: n === 0 ? null : n };
    }
    case 'olddir':
      return { ...settings, olddir: value === '' ? null : value };
    case 'noolddir':
      return { ...settings, olddir: null };
    case 'missingok':
      return { ...settings, missingok: true };
    case 'nomissingok':
      return { ...settings, missingok: false };
    default:
      return settings;
  }
}

function parseIntStrict(value: string): number | null {
  return /^-?\d+$/.test(value) ? Number(value) : null;
}

export interface ResolvedBlock {
  patterns: string[];
  settings: RotationSettings;
  where: FileLine;
}

/**
 * Walk a flattened statement stream (includes already replaced by the included files' statements, in
 * logrotate's reading order): top-level directives change the running defaults, each block starts from
 * the defaults as they stand at that point and applies its own directives.
 */
export function resolveLogrotate(statements: readonly LogrotateStatement[]): ResolvedBlock[] {
  let defaults = LOGROTATE_DEFAULTS;
  const blocks: ResolvedBlock[] = [];
  for (const statement of statements) {
    if (statement.type === 'directive') defaults = applyDirective(defaults, statement.directive);
    else if (statement.type === 'block') {
      const settings = statement.directives.reduce(applyDirective, defaults);
      blocks.push({ patterns: statement.patterns, settings, where: statement.where });
    }
  }
  return blocks;
}

/** Days a rotation period stands for. A month counts as 30 days, so `monthly` + `rotate 6` meets six months. */
export const PERIOD_DAYS: Record<Exclude<RotationCriterion, 'size'>, number> = {
  hourly: 1 / 24,
  daily: 1,
  weekly: 7,
  monthly: 30,
  yearly: 365,
};

export interface RotationRetention {
  days: number | null;
  atMost: boolean;
  basis: string;
}

/**
 * Effective retention of a rotated log.
 *
 * Rule (the guaranteed minimum): with `rotate N` logrotate keeps N rotated files of one period each,
 * so the oldest line still on disk is at least N periods old at every moment — `period × rotate`.
 * The live file adds up to one more period, but only just after a rotation is it empty, so it is not
 * counted. Hence `rotate 0` keeps only the current period: old lines are deleted at each rotation and
 * the guaranteed figure is 0 days. `maxage N` deletes rotated files older than N days, so it caps
 * the figure at N. `rotate -1` keeps files until maxage (unbounded without it). A log rotated by size
 * only has no figure in days (it depends on volume); `maxsize` can rotate before the period ends, so
 * the figure becomes a ceiling (`atMost`).
 */
export function rotationRetention(settings: RotationSettings): RotationRetention {
  const { criterion, rotate, maxage, maxsize } = settings;
  if (criterion === 'size') {
    const size = settings.size ?? '1M (built-in default)';
    return {
      days: null,
      atMost: false,
      basis: `size-based (size ${size}${maxage !== null ? `, maxage ${maxage}` : ''})`,
    };
  }
  const atMost = maxsize !== null;
  const sizeNote = atMost ? `, maxsize ${maxsize}` : '';
  if (rotate < 0) {
    if (maxage === null)
      return {
        days: null,
        atMost: false,
        basis: `not rotated away (${criterion}, rotate -1 without maxage)`,
      };
    return { days: maxage, atMost, basis: `${criterion}, rotate -1, maxage ${maxage}${sizeNote}` };
  }
  const byCount = Math.floor(PERIOD_DAYS[criterion] * rotate);
  const formula = `${criterion} × rotate ${rotate}`;
  if (maxage !== null && maxage < byCount) {
    return { days: maxage, atMost, basis: `min(${formula} = ${byCount}, maxage ${maxage})${sizeNote}` };
  }
  return { days: byCount, atMost, basis: `${formula}${sizeNote}` };
}

/** logrotate's default taboo extensions: files in an included directory with these endings are skipped. */
const TABOO_SUFFIXES = [
  ',v',
  '.bak',
  '.cfsaved',
  '.disabled',
  '.dpkg-bak',
  '.dpkg-del',
  '.dpkg-dist',
  '.dpkg-new',
  '.dpkg-old',
  '.dpkg-tmp',
  '.rpmnew',
  '.rpmorig',
  '.rpmsave',
  '.swp',
  '.ucf-dist',
  '.ucf-new',
  '.ucf-old',
  '~',
];

export function isTabooName(name: string): boolean {
  if (name === '.' || name === '..') return true;
  if (/\.rhn-cfg-tmp-/.test(name)) return true;
  return TABOO_SUFFIXES.some((s) => name.endsWith(s));
}
