import type { Ecosystem } from '../../licences/manifests.ts';
import type { Family } from '../../licences/families.ts';

export interface LicenceComponent {
  ecosystem: Ecosystem;
  name: string;
  version?: string;
  /** The licence as declared; absent: nothing declares one. */
  declared?: string;
  /** The SPDX expression hegui made of it; absent: not recognised. */
  expression?: string;
  /** The family that binds (the least demanding choice an OR allows). */
  family: Family;
  dev?: boolean;
  /** The file that declared the component (lock file, METADATA, copyright file). */
  source: string;
}

export interface LicenceProject {
  /** The directory holding the manifest. */
  dir: string;
  ecosystem: Ecosystem;
  manifests: string[];
  name?: string;
  declared?: string;
  expression?: string;
  family: LicenceComponent['family'];
  /** The project says it is not open source (`UNLICENSED`, `proprietary`) or is `private` without a licence. */
  proprietary: boolean;
  /** The web root the project sits in, when it does (its files are offered to the public). */
  webRoot: string | null;
  components: LicenceComponent[];
}

export interface LicencesSection {
  roots: string[];
  projects: LicenceProject[];
  /** Debian packages with their copyright files (only when the system inventory was asked for). */
  system?: LicenceComponent[];
}
