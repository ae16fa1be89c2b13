/**
 * Which licence a LICENSE / COPYING file carries, from the identifying phrases of each licence's
 * title block (never the whole text). Whitespace and case are normalised, so re-wrapped files match.
 */

interface Signature {
  id: string;
  all: readonly string[];
  none?: readonly string[];
}

/** Most specific first: AGPL and LGPL texts also contain "general public license". */
const SIGNATURES: readonly Signature[] = [
  { id: 'AGPL-3.0-only', all: ['gnu affero general public license', 'version 3'] },
  { id: 'LGPL-3.0-only', all: ['gnu lesser general public license', 'version 3'] },
  { id: 'LGPL-2.1-only', all: ['gnu lesser general public license', 'version 2.1'] },
  { id: 'LGPL-2.0-only', all: ['gnu library general public license', 'version 2'] },
  { id: 'GPL-3.0-only', all: ['gnu general public license', 'version 3, 29 june 2007'] },
  { id: 'GPL-2.0-only', all: ['gnu general public license', 'version 2, june 1991'] },
  { id: 'SSPL-1.0', all: ['server side public license', 'version 1'] },
  { id: 'MPL-2.0', all: ['mozilla public license', '2.0'] },
  { id: 'EPL-2.0', all: ['eclipse public license - v 2.0'] },
  { id: 'EPL-1.0', all: ['eclipse public license - v 1.0'] },
  { id: 'Apache-2.0', all: ['apache license', 'version 2.0, january 2004'] },
  { id: 'MulanPSL-2.0', all: ['木兰宽松许可证', '第2版'] },
  { id: 'MulanPSL-2.0', all: ['mulan permissive software license', 'version 2'] },
  { id: 'MulanPubL-2.0', all: ['木兰公共许可证', '第2版'] },
  { id: 'Unlicense', all: ['this is free and unencumbered software released into the public domain'] },
  { id: 'ISC', all: ['permission to use, copy, modify, and/or distribute this software for any purpose'] },
  { id: 'MIT', all: ['permission is hereby granted, free of charge, to any person obtaining a copy'] },
  {
    id: 'BSD-3-Clause',
    all: ['redistribution and use in source and binary forms', 'neither the name'],
  },
  {
    id: 'BSD-2-Clause',
    all: ['redistribution and use in source and binary forms'],
    none: ['neither the name'],
  },
  { id: 'CC0-1.0', all: ['cc0 1.0 universal'] },
];

/** The first 16 KiB is plenty for every title block above. */
const HEAD = 16 * 1024;

export function identifyLicenceText(text: string): string | undefined {
  const t = text
    .slice(0, HEAD)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ?([，,]) ?/g, '$1 ');
  const norm = t.replace(/， /g, '，');
  for (const s of SIGNATURES) {
    const hay = /[\u4e00-\u9fff]/.test(s.all.join('')) ? norm.replace(/\s/g, '') : t;
    if (
      s.all.every((p) => hay.includes(/[\u4e00-\u9fff]/.test(p) ? p.replace(/\s/g, '') : p)) &&
      !(s.none ?? []).some((p) => hay.includes(p))
    )
      return s.id;
  }
  return undefined;
}

/** File names that carry a package's licence text. */
export const LICENCE_FILE =
  /^(?:LICEN[CS]E|COPYING|LICEN[CS]E[-_.](?:MIT|APACHE|GPL|BSD)|COPYRIGHT)(?:\.(?:md|txt|rst))?$/i;
