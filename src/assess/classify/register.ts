/**
 * The data classification register (数据分类分级, issue 6 item 3), in the structure of GB/T 43697-2024:
 * three levels — core, important, general — with "the higher level wins" when two sources disagree.
 *
 * What hegui decides and what it leaves to the operator:
 * - Personal information found by the PI inventory becomes register items at level `general`, with the
 *   personal and sensitive flags (PIPL Art. 28 groups as src/pii/recognisers/sensitive.ts verifies them;
 *   ID-document numbers stay `unverified`).
 * - Important and core data are what the authorities' catalogues name (DSL Art. 21); hegui cannot see
 *   those catalogues, so only the operator's own items (`--items`) may raise a level. A raised level is
 *   kept when the inventory finds the same location ("higher level wins").
 * - At 10 million people or more the register notes the important-data duties of ndsr-28.
 */
import type { FindingLegal } from '../../core/finding.ts';
import type { Lang } from '../../legal/render.ts';
import type { LegalRef } from '../../legal/types.ts';
import { kindName, type PiiInventory } from '../../pii/inventory.ts';
import { sensitivityOf } from '../../pii/recognisers/sensitive.ts';
import type { PiiKind } from '../../pii/types.ts';
import { renderRefs } from '../present.ts';

export const LEVELS = ['general', 'important', 'core'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_NAMES: Record<Level, { zh: string; en: string }> = {
  general: { zh: '一般数据', en: 'general data' },
  important: { zh: '重要数据', en: 'important data' },
  core: { zh: '核心数据', en: 'core data' },
};

/** Categories of personal information, hegui's own grouping of the kinds it recognises. */
const CATEGORY: Record<PiiKind, { zh: string; en: string }> = {
  'cn-id': { zh: '个人身份信息', en: 'personal identity' },
  passport: { zh: '个人身份信息', en: 'personal identity' },
  'hk-macau-permit': { zh: '个人身份信息', en: 'personal identity' },
  'taiwan-permit': { zh: '个人身份信息', en: 'personal identity' },
  name: { zh: '个人基本资料', en: 'basic personal data' },
  'birth-date': { zh: '个人基本资料', en: 'basic personal data' },
  mobile: { zh: '个人联系信息', en: 'personal contact data' },
  landline: { zh: '个人联系信息', en: 'personal contact data' },
  email: { zh: '个人联系信息', en: 'personal contact data' },
  address: { zh: '个人联系信息', en: 'personal contact data' },
  'bank-card': { zh: '个人金融账户信息', en: 'financial accounts' },
  'licence-plate': { zh: '个人财产信息', en: 'personal property' },
  'ip-address': { zh: '个人上网记录', en: 'online activity' },
  whereabouts: { zh: '行踪轨迹', en: 'whereabouts' },
  health: { zh: '个人健康生理信息', en: 'health data' },
  biometric: { zh: '个人生物识别信息', en: 'biometric data' },
  religion: { zh: '宗教信仰', en: 'religious belief' },
  password: { zh: '网络身份鉴别信息', en: 'authentication data' },
  uscc: { zh: '组织机构信息', en: 'organisation identifiers' },
};

export interface RegisterItem {
  name: string;
  category: string;
  level: Level;
  personal: boolean;
  /** yes: a PIPL Art. 28 group the catalogue verifies; unverified: ID-document numbers; no. */
  sensitive: 'yes' | 'no' | 'unverified';
  sensitiveGroups: string[];
  location: string;
  owner: string;
  records?: number;
  people?: number;
  source: 'pi-inventory' | 'operator' | 'both';
  basis: string;
}

/** An item the operator declares (from --items). */
export interface OperatorItem {
  name: string;
  category?: string;
  level: Level;
  location: string;
  owner?: string;
  personal?: boolean;
  sensitive?: boolean;
  notes?: string;
}

export interface Register {
  generatedAt: string;
  items: RegisterItem[];
  totals: Record<Level, number> & { personal: number; sensitive: number };
  notes: string[];
  legal: FindingLegal[];
}

const RANK: Record<Level, number> = { general: 0, important: 1, core: 2 };

/** The threshold of ndsr-28 (V-TEXT): 10 million people. */
export const NDSR28_PEOPLE = 10_000_000;

const T = {
  zh: {
    inventoryBasis: '由个人信息清单发现；未被有关部门告知或公布为重要数据，按一般数据管理',
    operatorBasis: '运营者声明',
    raised: '运营者声明的级别高于清单结果，按“就高从严”取较高级别',
    ndsr28: (n: number) =>
      `清单统计的个人数量约 ${n.toLocaleString('en-US')} 人，达到 1000 万人：除一般义务外，还须遵守重要数据处理者关于网络数据安全负责人、管理机构和合并分立解散报告的规定(网络数据安全管理条例第二十八条)。`,
    minors: (n: number) => `清单中有 ${String(n)} 名不满 14 周岁的未成年人，其个人信息均属于敏感个人信息。`,
    unverified: '证件号码是否属于敏感个人信息，个人信息保护法未作明确规定(标记为“未核实”)。',
    important: '重要数据和核心数据以有关部门制定的目录为准；hegui 无法看到这些目录，请用 --items 声明。',
  },
  en: {
    inventoryBasis:
      'found by the PI inventory; not notified or published as important data by the authorities, so general data',
    operatorBasis: 'declared by the operator',
    raised: 'the operator declared a higher level than the inventory gives; the higher level applies',
    ndsr28: (n: number) =>
      `The inventory counts about ${n.toLocaleString('en-US')} people, 10 million or more: besides the general duties, the important-data rules on a named data-security officer and unit and on reporting mergers, splits and dissolution apply (Network Data Security Management Regulations Art. 28).`,
    minors: (n: number) =>
      `The inventory holds ${String(n)} people under 14; all their personal information is sensitive.`,
    unverified:
      'Whether identity-document numbers are sensitive personal information is not stated in the PIPL (marked "unverified").',
    important:
      'Important and core data are what the authorities’ catalogues name; hegui cannot see those catalogues, so declare them with --items.',
  },
} as const;

export function buildRegister(
  inventory: PiiInventory | undefined,
  operatorItems: readonly OperatorItem[],
  options: { owner: string; lang: Lang; now: Date },
): Register {
  const { lang } = options;
  const t = T[lang];
  const items = new Map<string, RegisterItem>();
  for (const row of inventory?.rows ?? []) {
    if (row.records + row.protectedRecords === 0) continue;
    const kind = row.kind;
    const s = sensitivityOf(kind);
    const groups = [...new Set([...row.sensitive, ...(s?.status === 'V-TEXT' ? [s.group] : [])])];
    items.set(`${row.location}\u0000${kind}`, {
      name: kindName(kind, lang),
      category: CATEGORY[kind][lang],
      level: 'general',
      personal: kind !== 'uscc',
      sensitive: groups.length > 0 ? 'yes' : s?.status === 'UNVERIFIED' ? 'unverified' : 'no',
      sensitiveGroups: groups,
      location: row.location,
      owner: options.owner,
      records: row.records + row.protectedRecords,
      people: row.people,
      source: 'pi-inventory',
      basis: t.inventoryBasis,
    });
  }
  for (const op of operatorItems) {
    const same = [...items.entries()].filter(([, i]) => i.location === op.location);
    if (same.length === 0) {
      items.set(`${op.location}\u0000op:${op.name}`, {
        name: op.name,
        category: op.category ?? '',
        level: op.level,
        personal: op.personal ?? false,
        sensitive: op.sensitive === true ? 'yes' : 'no',
        sensitiveGroups: [],
        location: op.location,
        owner: op.owner ?? options.owner,
        source: 'operator',
        basis: op.notes === undefined ? t.operatorBasis : `${t.operatorBasis}: ${op.notes}`,
      });
      continue;
    }
    for (const [key, item] of same) {
      const higher = RANK[op.level] > RANK[item.level];
      items.set(key, {
        ...item,
        name: op.name,
        ...(op.category === undefined ? {} : { category: op.category }),
        level: higher ? op.level : item.level,
        ...(op.owner === undefined ? {} : { owner: op.owner }),
        ...(op.sensitive === true && item.sensitive !== 'yes' ? { sensitive: 'yes' as const } : {}),
        source: 'both',
        basis: higher ? `${item.basis}; ${t.raised}` : `${item.basis}; ${t.operatorBasis}`,
      });
    }
  }
  const list = [...items.values()].sort(
    (a, b) =>
      RANK[b.level] - RANK[a.level] || a.location.localeCompare(b.location) || a.name.localeCompare(b.name),
  );
  const notes: string[] = [t.important];
  const refs: LegalRef[] = [{ provision: 'dsl-21' }, { provision: 'pipl-51' }];
  const people = inventory?.totals.people ?? 0;
  if (people >= NDSR28_PEOPLE) {
    notes.push(t.ndsr28(people));
    refs.push({ provision: 'ndsr-28' });
  }
  if ((inventory?.totals.minors ?? 0) > 0) notes.push(t.minors(inventory!.totals.minors));
  if (list.some((i) => i.sensitive === 'unverified')) notes.push(t.unverified);
  if (list.some((i) => i.sensitive === 'yes')) refs.push({ provision: 'pipl-28' });
  if (list.some((i) => i.level !== 'general')) refs.push({ provision: 'dsl-27', clause: '2' });
  const totals = {
    general: list.filter((i) => i.level === 'general').length,
    important: list.filter((i) => i.level === 'important').length,
    core: list.filter((i) => i.level === 'core').length,
    personal: list.filter((i) => i.personal).length,
    sensitive: list.filter((i) => i.sensitive === 'yes').length,
  };
  return {
    generatedAt: options.now.toISOString(),
    items: list,
    totals,
    notes,
    legal: renderRefs(refs, lang, options.now.toISOString().slice(0, 10)),
  };
}
