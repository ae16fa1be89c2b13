import { describe, expect, it } from 'vitest';
import { familyOf } from './families.ts';
import { parseLicence, parseLicenceParts, usableUnder } from './spdx.ts';

describe('parseLicence', () => {
  it.each([
    ['MIT', 'MIT', 'permissive'],
    ['Apache 2.0', 'Apache-2.0', 'permissive'],
    ['The Apache Software License, Version 2.0', 'Apache-2.0', 'permissive'],
    ['GPLv3+', 'GPL-3.0-or-later', 'strong-copyleft'],
    ['GPL-2.0+', 'GPL-2.0-or-later', 'strong-copyleft'],
    ['LGPL-2.1', 'LGPL-2.1-only', 'weak-copyleft'],
    ['木兰宽松许可证，第2版', 'MulanPSL-2.0', 'permissive'],
    ['Mulan PSL v2', 'MulanPSL-2.0', 'permissive'],
    ['MulanPSL-2.0', 'MulanPSL-2.0', 'permissive'],
    ['AGPL-3.0-only', 'AGPL-3.0-only', 'network-copyleft'],
    ['SSPL-1.0', 'SSPL-1.0', 'network-copyleft'],
    ['(MIT OR GPL-3.0-only)', '(MIT OR GPL-3.0-only)', 'permissive'],
    ['MIT AND AGPL-3.0-only', 'MIT AND AGPL-3.0-only', 'network-copyleft'],
    ['MIT/Apache-2.0', '(MIT OR Apache-2.0)', 'permissive'],
    ['GPL-2+ and BSD-3-clause', '(GPL-2.0-or-later AND BSD-3-Clause)', 'strong-copyleft'],
    ['UNLICENSED', 'LicenseRef-proprietary', 'proprietary'],
    ['CC-BY-NC-4.0', 'CC-BY-NC-4.0', 'non-commercial'],
  ])('%s → %s (%s)', (declared, expression, family) => {
    const p = parseLicence(declared);
    expect(p.expression).toBe(expression);
    expect(p.family).toBe(family);
  });

  it('treats several declarations as alternatives, as npm and PyPI mean them', () => {
    const p = parseLicence(['GPL-2.0', 'MIT']);
    expect(p.expression).toBe('(GPL-2.0-only) OR (MIT)');
    expect(p.family).toBe('permissive');
  });

  it('never guesses an unknown licence', () => {
    for (const d of ['Foo Public Licence', 'SEE LICENSE IN EULA.txt', '', 'MIT OR Frobnicate'])
      expect(parseLicence(d)).toMatchObject({ family: 'unknown', ids: [] });
  });

  it('keeps -only / -or-later / + in the same family', () => {
    expect(familyOf('GPL-3.0-only')).toBe(familyOf('GPL-3.0-or-later'));
    expect(familyOf('LGPL-2.1+')).toBe('weak-copyleft');
    expect(familyOf('Made-Up-1.0')).toBe('unknown');
  });

  it('says whether an OR lets the user pick an allowed licence', () => {
    expect(usableUnder(parseLicence('MIT OR GPL-3.0-only'), ['MIT', 'Apache-2.0'])).toBe(true);
    expect(usableUnder(parseLicence('GPL-3.0-only'), ['MIT', 'Apache-2.0'])).toBe(false);
    expect(usableUnder(parseLicence('nonsense'), ['MIT'])).toBe(false);
  });
});

describe('parseLicenceParts (Debian copyright files)', () => {
  it('the most demanding known part binds; an unknown part keeps permissive code unknown', () => {
    expect(parseLicenceParts('Zlib AND GPL-2+ AND Custom-Foo').family).toBe('strong-copyleft');
    expect(parseLicenceParts('MIT AND Custom-Foo').family).toBe('unknown');
    expect(parseLicenceParts('Expat AND (Apache-2.0 or LGPL-2.1) AND BSD-3-clause').family).toBe(
      'permissive',
    );
    expect(parseLicenceParts('GPL-2+ with Bison exception AND LGPL-2.1+').family).toBe('strong-copyleft');
    expect(parseLicenceParts('MIT AND Custom-Foo').expression).toBeUndefined();
  });
});
