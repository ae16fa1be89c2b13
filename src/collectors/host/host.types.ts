import type { FileLine } from '../../core/evidence.ts';

export interface HostSection {
  hostname: string | null;
  os: { id: string | null; versionId: string | null; prettyName: string | null; where: FileLine | null };
  kernel: { release: string | null; version: string | null };
}
