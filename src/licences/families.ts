/**
 * What a licence asks of the people who run software on a server (issue 6 item 4). Families, not
 * verdicts: the obligations below are hegui's own short reading of each licence family, written for
 * operators; the legal consequence of breaking a licence is in copyright-53/54 and catalogue §8h.
 */

export const FAMILIES = [
  'public-domain',
  'permissive',
  'weak-copyleft',
  'strong-copyleft',
  'network-copyleft',
  'non-commercial',
  'proprietary',
  'unknown',
] as const;
export type Family = (typeof FAMILIES)[number];

interface FamilyRule {
  family: Family;
  /** SPDX ids (without the -or-later / -only suffix handled by `familyOf`). */
  ids: readonly string[];
}

/** Data: SPDX ids by family. Ids not listed are 'unknown' (never guessed). */
const RULES: readonly FamilyRule[] = [
  { family: 'public-domain', ids: ['CC0-1.0', 'Unlicense', '0BSD', 'WTFPL', 'CC-PDDC', 'MIT-0'] },
  {
    family: 'permissive',
    ids: [
      'MIT',
      'ISC',
      'BSD-2-Clause',
      'BSD-3-Clause',
      'BSD-3-Clause-Clear',
      'Apache-2.0',
      'Apache-1.1',
      'Zlib',
      'BSL-1.0',
      'PSF-2.0',
      'Python-2.0',
      'MulanPSL-1.0',
      'MulanPSL-2.0',
      'X11',
      'Artistic-1.0',
      'Artistic-2.0',
      'Unicode-DFS-2016',
      'Unicode-3.0',
      'BlueOak-1.0.0',
      'CC-BY-3.0',
      'CC-BY-4.0',
      'OpenSSL',
      'curl',
      'PostgreSQL',
      'NCSA',
      'AFL-2.1',
      'AFL-3.0',
      'Ruby',
      'OFL-1.1',
      'HPND',
      'W3C',
    ],
  },
  {
    family: 'weak-copyleft',
    ids: [
      'LGPL-2.0',
      'LGPL-2.1',
      'LGPL-3.0',
      'MPL-1.1',
      'MPL-2.0',
      'EPL-1.0',
      'EPL-2.0',
      'CDDL-1.0',
      'CDDL-1.1',
      'EUPL-1.1',
      'EUPL-1.2',
      'CC-BY-SA-3.0',
      'CC-BY-SA-4.0',
      'MulanPubL-2.0',
    ],
  },
  { family: 'strong-copyleft', ids: ['GPL-1.0', 'GPL-2.0', 'GPL-3.0', 'OSL-3.0', 'Sleepycat'] },
  { family: 'network-copyleft', ids: ['AGPL-1.0', 'AGPL-3.0', 'SSPL-1.0', 'RPL-1.5'] },
  { family: 'non-commercial', ids: ['CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-NC-ND-4.0', 'CC-BY-NC-3.0'] },
];

const BY_ID = new Map<string, Family>(RULES.flatMap((r) => r.ids.map((id) => [id, r.family] as const)));

/** The family of one SPDX id; `-only`, `-or-later` and a trailing `+` do not change it. */
export function familyOf(id: string): Family {
  if (/^LicenseRef-proprietary$|^UNLICENSED$|^SEE LICENSE IN/i.test(id)) return 'proprietary';
  const base = id.replace(/\+$/, '').replace(/-(only|or-later)$/, '');
  return BY_ID.get(base) ?? BY_ID.get(id) ?? 'unknown';
}

/** Most demanding first: the order in which obligations bite. */
export const FAMILY_RANK: Record<Family, number> = {
  proprietary: 7,
  'non-commercial': 6,
  'network-copyleft': 5,
  'strong-copyleft': 4,
  'weak-copyleft': 3,
  unknown: 2,
  permissive: 1,
  'public-domain': 0,
};

/** What the family asks of an operator, in hegui's words. */
export const OBLIGATIONS: Record<Family, { zh: string; en: string }> = {
  'public-domain': { zh: '基本无附加义务。', en: 'Essentially no conditions.' },
  permissive: {
    zh: '分发时保留版权声明和许可文本(Apache-2.0 还须保留 NOTICE 并标明修改)；仅在服务器上运行不触发额外义务。',
    en: 'Keep the copyright notice and licence text when distributing (Apache-2.0 also keeps NOTICE and marks changes); running it on a server triggers nothing more.',
  },
  'weak-copyleft': {
    zh: '分发时须提供该组件(或被修改文件)的源代码，并允许用户替换该库；与之链接的其他代码可保持闭源。',
    en: 'When distributing, provide the source of the component (or of the modified files) and let users replace the library; code that only links to it may stay closed.',
  },
  'strong-copyleft': {
    zh: '分发(包括向客户交付软件、在网站提供下载、随设备或前端代码下发)时，整个衍生作品须以同一许可证开源并提供完整源代码；仅在自己的服务器上运行、不向他人分发的，一般不触发。',
    en: 'Distributing it (shipping software to customers, offering it for download, sending it in a device or in front-end code) requires releasing the whole derivative work under the same licence with full source; merely running it on your own server without distributing it generally does not.',
  },
  'network-copyleft': {
    zh: '除分发义务外，修改后的程序通过网络向用户提供交互服务时，也须向这些用户提供对应源代码(AGPL 第13条)。',
    en: 'Besides the distribution duties, when a modified program interacts with users over a network, those users must be offered its corresponding source (AGPL section 13).',
  },
  'non-commercial': {
    zh: '仅许可非商业使用；在商业网站或服务中使用须另行取得授权。',
    en: 'Licensed for non-commercial use only; use in a commercial site or service needs a separate licence.',
  },
  proprietary: {
    zh: '专有许可：使用条件由权利人的协议决定，须核对是否取得授权。',
    en: 'Proprietary: the rights holder’s agreement sets the terms; check that you hold a licence.',
  },
  unknown: {
    zh: '许可证未能识别：在确认之前，无法判断使用和分发的条件。',
    en: 'Licence not recognised: the conditions of use and distribution cannot be judged until it is identified.',
  },
};
