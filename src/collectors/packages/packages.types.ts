export interface InstalledPackage {
  name: string;
  version: string;
  arch: string;
}

export interface PackagesSection {
  manager: 'dpkg' | 'none';
  packages: InstalledPackage[];
}
