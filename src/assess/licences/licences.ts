/**
 * `hegui assess licences`: the open-source licence inventory of the applications on a server (and on
 * request of its Debian packages), each family's obligations, and the conflicts found — the same
 * conflicts the licence checks of a scan report (src/licences/analyse.ts).
 */
import { collectLicences, type LicenceOptions } from '../../collectors/licences/licences.collector.ts';
import type { LicenceComponent, LicencesSection } from '../../collectors/licences/licences.types.ts';
import { createContext } from '../../core/collector.ts';
import type { Gap } from '../../core/evidence.ts';
import type { FindingLegal } from '../../core/finding.ts';
import { openRoot } from '../../host/root.ts';
import { checkRoot } from '../../core/scan.ts';
import type { Lang } from '../../legal/render.ts';
import { conflicts, type Conflict, type ConflictKind } from '../../licences/analyse.ts';
import { FAMILIES, OBLIGATIONS, type Family } from '../../licences/families.ts';
import { renderRefs } from '../present.ts';

export interface LicenceAssessment {
  root: string;
  scannedAt: string;
  roots: string[];
  totals: { projects: number; components: number; byFamily: Partial<Record<Family, number>> };
  projects: {
    dir: string;
    ecosystem: string;
    name?: string;
    licence?: string;
    family: Family;
    proprietary: boolean;
    servedFrom: string | null;
    components: number;
    byFamily: Partial<Record<Family, number>>;
    conflicts: { kind: ConflictKind; text: string; components: string[] }[];
  }[];
  obligations: { family: Family; components: number; text: string }[];
  system?: { packages: number; byFamily: Partial<Record<Family, number>> };
  legal: FindingLegal[];
  gaps: Gap[];
}

const CONFLICT_TEXT: Record<ConflictKind, { zh: string; en: string }> = {
  'network-copyleft-served': {
    zh: '网络型 Copyleft(AGPL 等)代码通过网站对外提供服务：若已修改，须向网络用户提供对应源代码。',
    en: 'Network-copyleft (AGPL-style) code serves the public through a web root: if modified, its users must be offered the corresponding source.',
  },
  'copyleft-in-proprietary': {
    zh: '声明为专有的应用随网站提供 GPL/AGPL 组件：分发时与 Copyleft 条件冲突。',
    en: 'An application declared proprietary ships GPL/AGPL components from a web root: distributing it conflicts with the copyleft conditions.',
  },
  'apache-with-gpl2-only': {
    zh: 'Apache-2.0 与仅限 GPL-2.0 的代码组合在同一作品中：自由软件基金会认为二者不兼容，分发组合作品存在冲突。',
    en: 'Apache-2.0 and GPL-2.0-only code are combined in one work: the FSF considers them incompatible, so distributing the combination conflicts.',
  },
  'non-commercial': {
    zh: '组件仅许可非商业使用：在商业服务中使用须另行取得授权。',
    en: 'Components are licensed for non-commercial use only: commercial use needs a separate licence.',
  },
  'unknown-licence': {
    zh: '组件的许可证未声明或未能识别：在确认之前无法判断其条件。',
    en: 'Components declare no licence or one hegui cannot recognise: their conditions are unknown until checked.',
  },
};

function countFamilies(components: readonly LicenceComponent[]): Partial<Record<Family, number>> {
  const out: Partial<Record<Family, number>> = {};
  for (const c of components) out[c.family] = (out[c.family] ?? 0) + 1;
  return out;
}

const label = (c: LicenceComponent) =>
  `${c.name}${c.version === undefined ? '' : `@${c.version}`} (${c.expression ?? c.declared ?? '?'})`;

export function assessSection(
  section: LicencesSection,
  gaps: Gap[],
  root: string,
  scannedAt: string,
  lang: Lang,
): LicenceAssessment {
  const all = section.projects.flatMap((p) => p.components.filter((c) => c.dev !== true));
  const byFamily = countFamilies(all);
  const projects = section.projects.map((p) => {
    const runtime = p.components.filter((c) => c.dev !== true);
    return {
      dir: p.dir,
      ecosystem: p.ecosystem,
      ...(p.name === undefined ? {} : { name: p.name }),
      ...((p.expression ?? p.declared) ? { licence: p.expression ?? p.declared } : {}),
      family: p.family,
      proprietary: p.proprietary,
      servedFrom: p.webRoot,
      components: runtime.length,
      byFamily: countFamilies(runtime),
      conflicts: conflicts(p).map((c: Conflict) => ({
        kind: c.kind,
        text: CONFLICT_TEXT[c.kind][lang],
        components: c.ownLicence
          ? [`${p.name ?? p.dir} (${p.expression ?? p.declared ?? '?'})`, ...c.components.map(label)]
          : c.components.map(label),
      })),
    };
  });
  const legal = projects.some((p) => p.conflicts.some((c) => c.kind !== 'unknown-licence'))
    ? renderRefs(
        [{ provision: 'copyright-53', clause: '1', party: 'operator' }, { provision: 'copyright-54' }],
        lang,
        scannedAt.slice(0, 10),
      )
    : [];
  return {
    root,
    scannedAt,
    roots: section.roots,
    totals: { projects: projects.length, components: all.length, byFamily },
    projects,
    obligations: FAMILIES.filter((f) => (byFamily[f] ?? 0) > 0).map((f) => ({
      family: f,
      components: byFamily[f] ?? 0,
      text: OBLIGATIONS[f][lang],
    })),
    ...(section.system
      ? { system: { packages: section.system.length, byFamily: countFamilies(section.system) } }
      : {}),
    legal,
    gaps,
  };
}

export async function assessLicences(
  rootDir: string,
  options: LicenceOptions,
  now: Date,
  lang: Lang,
): Promise<{ assessment: LicenceAssessment; section: LicencesSection }> {
  await checkRoot(rootDir);
  const root = await openRoot(rootDir);
  const gaps: Gap[] = [];
  const ctx = createContext('licences', root, undefined, gaps);
  const section = await collectLicences(ctx, options);
  return { assessment: assessSection(section, gaps, rootDir, now.toISOString(), lang), section };
}
