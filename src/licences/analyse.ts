/**
 * Licence conflicts in one project, as the checks and `hegui assess licences` both report them.
 * Dev-only dependencies are not shipped with the app and never bind it; an OR expression binds the
 * least demanding licence it offers (spdx.ts).
 */
import type { LicenceComponent, LicenceProject } from '../collectors/licences/licences.types.ts';
import type { Family } from './families.ts';

export const CONFLICT_KINDS = [
  'network-copyleft-served',
  'copyleft-in-proprietary',
  'apache-with-gpl2-only',
  'non-commercial',
  'unknown-licence',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export interface Conflict {
  kind: ConflictKind;
  /** The application's own licence is the problem (an AGPL app served to the public). */
  ownLicence?: boolean;
  components: LicenceComponent[];
}

export function shipped(project: LicenceProject, families: readonly Family[]): LicenceComponent[] {
  return project.components.filter((c) => c.dev !== true && families.includes(c.family));
}

export function conflicts(project: LicenceProject): Conflict[] {
  const out: Conflict[] = [];
  if (project.webRoot !== null) {
    const network = shipped(project, ['network-copyleft']);
    if (project.family === 'network-copyleft')
      out.push({ kind: 'network-copyleft-served', ownLicence: true, components: [] });
    if (network.length > 0) out.push({ kind: 'network-copyleft-served', components: network });
    if (project.proprietary) {
      const copyleft = shipped(project, ['strong-copyleft', 'network-copyleft']);
      if (copyleft.length > 0) out.push({ kind: 'copyleft-in-proprietary', components: copyleft });
    }
  }
  // The FSF reads Apache-2.0's patent and indemnity terms as incompatible with GPLv2 (not with GPLv3).
  const runtime = project.components.filter((c) => c.dev !== true);
  const gpl2only = runtime.filter(
    (c) => c.expression !== undefined && /^\(?GPL-2\.0-only\)?$/.test(c.expression),
  );
  const apache = runtime.filter((c) => c.expression === 'Apache-2.0');
  const ownGpl2 = project.expression !== undefined && /^GPL-2\.0-only$/.test(project.expression);
  if ((gpl2only.length > 0 || ownGpl2) && apache.length > 0)
    out.push({
      kind: 'apache-with-gpl2-only',
      ...(ownGpl2 ? { ownLicence: true } : {}),
      components: [...gpl2only, ...apache],
    });
  const nc = shipped(project, ['non-commercial']);
  if (nc.length > 0) out.push({ kind: 'non-commercial', components: nc });
  const unknown = shipped(project, ['unknown']);
  if (unknown.length > 0) out.push({ kind: 'unknown-licence', components: unknown });
  return out;
}

/** "name@version (licence)" for up to `max` components, then "+N". */
export function listComponents(components: readonly LicenceComponent[], max = 5): string {
  const shown = components
    .slice(0, max)
    .map(
      (c) =>
        `${c.name}${c.version === undefined ? '' : `@${c.version}`} (${c.expression ?? c.declared ?? '?'})`,
    );
  const more = components.length - shown.length;
  return more > 0 ? `${shown.join(', ')} +${more}` : shown.join(', ');
}
