/** Installed packages: the dpkg database; manager "none" when the host has none (RPM is not read yet). */
import { defineCollector } from '../../core/collector.ts';
import type { PackagesSection } from './packages.types.ts';
import { parseDpkgStatus } from './parse-dpkg-status.ts';

const STATUS = '/var/lib/dpkg/status';
/** Status files of large hosts exceed the default 16 MiB read cap. */
const MAX_STATUS_BYTES = 128 * 1024 * 1024;

export const packagesCollector = defineCollector({
  section: 'packages',
  version: 1,
  async collect(ctx): Promise<PackagesSection> {
    const stat = await ctx.root.stat(STATUS);
    if (!stat.ok && stat.missing) return { manager: 'none', packages: [] };
    const text = await ctx.readText(STATUS, { maxBytes: MAX_STATUS_BYTES });
    // Present but unreadable: the gap is recorded; the manager is still known.
    return { manager: 'dpkg', packages: text === undefined ? [] : parseDpkgStatus(text) };
  },
});
