import { describe, expect, it } from 'vitest';
import { LICENCE_FILE, identifyLicenceText } from './licence-text.ts';

// Title blocks only, re-wrapped and re-cased as they appear in the wild.
describe('identifyLicenceText', () => {
  it.each([
    [
      '                    GNU AFFERO GENERAL PUBLIC LICENSE\n                       Version 3, 19 November 2007',
      'AGPL-3.0-only',
    ],
    ['GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June\n2007', 'GPL-3.0-only'],
    ['GNU GENERAL PUBLIC LICENSE\n   Version 2, June 1991', 'GPL-2.0-only'],
    ['GNU LESSER GENERAL PUBLIC LICENSE\nVersion 2.1, February 1999', 'LGPL-2.1-only'],
    ['Apache License\n Version 2.0, January 2004\n http://www.apache.org/licenses/', 'Apache-2.0'],
    [
      'MIT License\n\nCopyright (c) 2024 Example\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software',
      'MIT',
    ],
    [
      'Copyright 2020\n\nRedistribution and use in source and binary forms, with or without modification, are permitted provided that the following conditions are met:\n3. Neither the name of the copyright holder',
      'BSD-3-Clause',
    ],
    [
      'Copyright 2020\n\nRedistribution and use in source and binary forms, with or without modification, are permitted',
      'BSD-2-Clause',
    ],
    [
      '木兰宽松许可证， 第2版\n\n木兰宽松许可证， 第2版\n2020年1月 http://license.coscl.org.cn/MulanPSL2',
      'MulanPSL-2.0',
    ],
    [
      'Mulan Permissive Software License，Version 2\n\nMulan Permissive Software License，Version 2 (Mulan PSL v2)',
      'MulanPSL-2.0',
    ],
    ['This is free and unencumbered software released into the public domain.', 'Unlicense'],
  ])('%#: %s…', (text, id) => {
    expect(identifyLicenceText(text)).toBe(id);
  });

  it('returns nothing for text that is not a known licence', () => {
    expect(identifyLicenceText('All rights reserved. Internal use only.')).toBeUndefined();
    expect(identifyLicenceText('')).toBeUndefined();
  });

  it('knows licence file names', () => {
    for (const n of ['LICENSE', 'LICENCE.md', 'COPYING', 'license.txt', 'LICENSE-MIT'])
      expect(LICENCE_FILE.test(n)).toBe(true);
    for (const n of ['license.js', 'README.md', 'LICENSES']) expect(LICENCE_FILE.test(n)).toBe(false);
  });
});
