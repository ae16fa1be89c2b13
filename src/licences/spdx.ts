/**
 * Licence declarations as they appear in manifests ("MIT", "Apache 2.0", "GPLv3+", "木兰宽松许可证",
 * `["MIT","BSD"]`, `(MIT OR Apache-2.0)`) turned into SPDX expressions, parsed with the maintained
 * `spdx-expression-parse`, and judged with `spdx-satisfies`.
 */
import { createRequire } from 'node:module';
import parse from 'spdx-expression-parse';
import satisfies from 'spdx-satisfies';
import { FAMILY_RANK, familyOf, type Family } from './families.ts';

/** Common non-SPDX spellings → SPDX ids. Keys are compared after `key()` normalisation. */
const ALIASES: Record<string, string> = {
  mit: 'MIT',
  'mit license': 'MIT',
  'the mit license': 'MIT',
  'mit/x11': 'MIT',
  expat: 'MIT',
  isc: 'ISC',
  'isc license': 'ISC',
  'apache 2': 'Apache-2.0',
  'apache 2.0': 'Apache-2.0',
  apache2: 'Apache-2.0',
  'apache license 2.0': 'Apache-2.0',
  'apache license, version 2.0': 'Apache-2.0',
  'apache license version 2.0': 'Apache-2.0',
  'apache software license': 'Apache-2.0',
  'the apache software license, version 2.0': 'Apache-2.0',
  'the apache license, version 2.0': 'Apache-2.0',
  bsd: 'BSD-3-Clause',
  'bsd license': 'BSD-3-Clause',
  'new bsd license': 'BSD-3-Clause',
  'bsd 3-clause': 'BSD-3-Clause',
  'simplified bsd': 'BSD-2-Clause',
  'bsd 2-clause': 'BSD-2-Clause',
  gpl: 'GPL-1.0-or-later',
  'gpl-1+': 'GPL-1.0-or-later',
  'gpl-1': 'GPL-1.0-only',
  'lgpl-2.0+': 'LGPL-2.0-or-later',
  'lgpl-3.0+': 'LGPL-3.0-or-later',
  artistic: 'Artistic-1.0',
  'artistic-1': 'Artistic-1.0',
  'public-domain': 'LicenseRef-public-domain',
  pd: 'LicenseRef-public-domain',
  'apache-2': 'Apache-2.0',
  'bsd-3': 'BSD-3-Clause',
  'bsd-2': 'BSD-2-Clause',
  gplv2: 'GPL-2.0-only',
  'gplv2+': 'GPL-2.0-or-later',
  'gpl-2': 'GPL-2.0-only',
  'gpl-2+': 'GPL-2.0-or-later',
  'gpl-2.0': 'GPL-2.0-only',
  'gpl-2.0+': 'GPL-2.0-or-later',
  'gnu gpl v2': 'GPL-2.0-only',
  gplv3: 'GPL-3.0-only',
  'gplv3+': 'GPL-3.0-or-later',
  'gpl-3': 'GPL-3.0-only',
  'gpl-3+': 'GPL-3.0-or-later',
  'gpl-3.0': 'GPL-3.0-only',
  'gpl-3.0+': 'GPL-3.0-or-later',
  'gnu general public license v3 (gplv3)': 'GPL-3.0-only',
  'gnu general public license v2 (gplv2)': 'GPL-2.0-only',
  'gnu general public license v3 or later (gplv3+)': 'GPL-3.0-or-later',
  'gnu general public license v2 or later (gplv2+)': 'GPL-2.0-or-later',
  lgpl: 'LGPL-2.1-or-later',
  'lgpl-2': 'LGPL-2.0-only',
  'lgpl-2+': 'LGPL-2.0-or-later',
  'lgpl-2.1': 'LGPL-2.1-only',
  'lgpl-2.1+': 'LGPL-2.1-or-later',
  'lgpl-3': 'LGPL-3.0-only',
  'lgpl-3+': 'LGPL-3.0-or-later',
  'lgpl-3.0': 'LGPL-3.0-only',
  lgplv3: 'LGPL-3.0-only',
  'gnu lesser general public license v3 (lgplv3)': 'LGPL-3.0-only',
  'gnu library or lesser general public license (lgpl)': 'LGPL-2.1-or-later',
  agpl: 'AGPL-3.0-or-later',
  agplv3: 'AGPL-3.0-only',
  'agpl-3': 'AGPL-3.0-only',
  'agpl-3.0': 'AGPL-3.0-only',
  'agpl-3.0+': 'AGPL-3.0-or-later',
  'gnu affero general public license v3': 'AGPL-3.0-only',
  'gnu affero general public license v3 or later (agplv3+)': 'AGPL-3.0-or-later',
  'mozilla public license 2.0 (mpl 2.0)': 'MPL-2.0',
  'mpl 2.0': 'MPL-2.0',
  'mpl-2': 'MPL-2.0',
  'eclipse public license 2.0': 'EPL-2.0',
  'eclipse public license - v 2.0': 'EPL-2.0',
  'eclipse public license - v 1.0': 'EPL-1.0',
  'python software foundation license': 'PSF-2.0',
  psf: 'PSF-2.0',
  'zlib/libpng': 'Zlib',
  'public domain': 'LicenseRef-public-domain',
  cc0: 'CC0-1.0',
  unlicense: 'Unlicense',
  'mulan psl v2': 'MulanPSL-2.0',
  'mulan permissive software license, version 2': 'MulanPSL-2.0',
  mulanpsl2: 'MulanPSL-2.0',
  'mulanpsl-2': 'MulanPSL-2.0',
  木兰宽松许可证: 'MulanPSL-2.0',
  '木兰宽松许可证，第2版': 'MulanPSL-2.0',
  '木兰宽松许可证, 第2版': 'MulanPSL-2.0',
  木兰宽松许可证第2版: 'MulanPSL-2.0',
  '木兰公共许可证，第2版': 'MulanPubL-2.0',
  'server side public license': 'SSPL-1.0',
  sspl: 'SSPL-1.0',
  proprietary: 'LicenseRef-proprietary',
  commercial: 'LicenseRef-proprietary',
  'other/proprietary license': 'LicenseRef-proprietary',
  unlicensed: 'LicenseRef-proprietary',
};

/** Every SPDX id by its lower-case spelling ("bsd-3-clause" in Debian copyright files). */
const SPDX_IDS = new Map(
  (createRequire(import.meta.url)('spdx-license-ids') as string[]).map(
    (id) => [id.toLowerCase(), id] as const,
  ),
);

const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^"|"$/g, '');

export interface ParsedLicence {
  /** The declaration as found. */
  raw: string;
  /** An SPDX expression, when hegui could make one. */
  expression?: string;
  /** Every licence id in the expression. */
  ids: string[];
  /** The family that binds: the least demanding choice an OR allows, the most demanding part an AND needs. */
  family: Family;
}

function familyOfNode(node: parse.Info): Family {
  if ('license' in node)
    return familyOf(node.license === 'LicenseRef-public-domain' ? 'CC0-1.0' : node.license);
  const left = familyOfNode(node.left);
  const right = familyOfNode(node.right);
  if (node.conjunction === 'or') return FAMILY_RANK[left] <= FAMILY_RANK[right] ? left : right;
  return FAMILY_RANK[left] >= FAMILY_RANK[right] ? left : right;
}

function idsOf(node: parse.Info): string[] {
  return 'license' in node
    ? [node.license + (node.plus ? '+' : '')]
    : [...idsOf(node.left), ...idsOf(node.right)];
}

function tryParse(expression: string): parse.Info | undefined {
  try {
    return parse(expression);
  } catch {
    return undefined;
  }
}

/** Each alternative of a declaration → an SPDX id or expression. */
function toExpression(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  const alias = ALIASES[key(trimmed)] ?? SPDX_IDS.get(key(trimmed));
  if (alias) return alias;
  // "GPL-2+ with Bison exception", "GPL-2+-with-font-exception": exceptions only relax the base licence.
  const withException = /^(.+?)[\s-]+with[\s-]+\S.*exception$/i.exec(trimmed);
  if (withException) return toExpression(withException[1]!);
  if (tryParse(trimmed)) return trimmed;
  // Old SPDX short forms that the parser rejects ("GPL-2.0+", "LGPL-2.1") are handled by aliases;
  // "MIT/Apache-2.0" and "MIT or Apache 2.0" are alternatives.
  const parts = trimmed.split(/\s*(?:\/|\bor\b|\|\|)\s*/i).filter(Boolean);
  if (parts.length > 1) {
    const each = parts.map((p) => toExpression(p));
    if (each.every((e): e is string => e !== undefined)) return `(${each.join(' OR ')})`;
  }
  const and = trimmed.split(/\s*(?:\band\b|&)\s*/i).filter(Boolean);
  if (and.length > 1) {
    const each = and.map((p) => toExpression(p));
    if (each.every((e): e is string => e !== undefined)) return `(${each.join(' AND ')})`;
  }
  return undefined;
}

/**
 * Parse a manifest's licence declaration. Several declarations (a `licenses` array, several
 * Classifiers) are alternatives, as npm and PyPI use them.
 */
export function parseLicence(declared: string | readonly string[]): ParsedLicence {
  const list = (typeof declared === 'string' ? [declared] : [...declared])
    .map((s) => s.trim())
    .filter(Boolean);
  const raw = list.join(' OR ');
  const parts = list.map(toExpression);
  if (list.length === 0 || parts.some((p) => p === undefined)) return { raw, ids: [], family: 'unknown' };
  const expression =
    parts.length === 1 ? (parts[0] as string) : parts.map((p) => `(${p as string})`).join(' OR ');
  const node = tryParse(expression);
  if (!node) return { raw, ids: [], family: 'unknown' };
  return { raw, expression, ids: idsOf(node), family: familyOfNode(node) };
}

/**
 * Packages that combine files under many licences (Debian copyright files: `A AND B AND Custom-X`) often
 * name a licence no registry knows. The known parts still bind: the family is the most demanding of the
 * parts, where an unrecognised part counts as 'unknown' (so permissive + unknown stays unknown, and
 * GPL + unknown is at least copyleft). No expression is claimed.
 */
export function parseLicenceParts(declared: string): ParsedLicence {
  const whole = parseLicence(declared);
  if (whole.expression !== undefined) return whole;
  const parts = splitTopLevel(declared, /^and$/i);
  if (parts.length < 2) return whole;
  let family: Family = 'public-domain';
  const ids: string[] = [];
  for (const part of parts) {
    const p = parseLicence(part.replace(/^\((.*)\)$/, '$1'));
    ids.push(...p.ids);
    if (FAMILY_RANK[p.family] > FAMILY_RANK[family]) family = p.family;
  }
  return { raw: declared, ids: [...new Set(ids)], family };
}

/** Split on a word operator outside parentheses. */
function splitTopLevel(text: string, op: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let current: string[] = [];
  for (const token of text.split(/(\s+|\(|\))/).filter((t) => t !== '' && !/^\s+$/.test(t))) {
    if (token === '(') depth++;
    if (token === ')') depth--;
    if (depth === 0 && op.test(token)) {
      out.push(current.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')'));
      current = [];
    } else current.push(token);
  }
  out.push(current.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')'));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Can the component be used under one of `allowed` (an OR lets the user choose)? */
export function usableUnder(licence: ParsedLicence, allowed: readonly string[]): boolean {
  if (licence.expression === undefined) return false;
  try {
    return satisfies(licence.expression, allowed);
  } catch {
    return false;
  }
}
