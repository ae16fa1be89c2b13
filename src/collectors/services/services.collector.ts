/**
 * Services: every systemd unit in the unit search path (a unit in /etc hides the same name in /usr/lib
 * or /lib), read with its drop-ins, plus SysV init scripts started from /etc/rc[2-5].d. No systemctl.
 */
import path from 'node:path/posix';
import { defineCollector, type CollectContext } from '../../core/collector.ts';
import { parseExecLine, setting, settingList, splitWords, type ParsedUnit } from './parse-unit.ts';
import type { ServiceUnit, ServicesSection } from './services.types.ts';
import { enabledBy, indexUnits, loadUnit } from './systemd-units.ts';

const OTHER_EXEC = [
  'ExecCondition',
  'ExecStartPre',
  'ExecStartPost',
  'ExecReload',
  'ExecStop',
  'ExecStopPost',
] as const;

export function serviceFromFiles(
  name: string,
  unitPath: string,
  files: readonly ParsedUnit[],
): Omit<ServiceUnit, 'enabled'> {
  const exec = (key: string) =>
    settingList(files, 'Service', key).map((e) => ({
      command: parseExecLine(e.value).command,
      where: e.where,
    }));
  return {
    name,
    path: unitPath,
    wantedBy: settingList(files, 'Install', 'WantedBy').flatMap((e) => splitWords(e.value)),
    execStart: exec('ExecStart'),
    user: setting(files, 'Service', 'User')?.value ?? null,
    source: 'systemd',
    exec: OTHER_EXEC.flatMap((key) => exec(key).map((e) => ({ setting: key, ...e }))),
  };
}

async function systemdUnits(ctx: CollectContext): Promise<ServiceUnit[]> {
  const index = await indexUnits(ctx);
  const units: ServiceUnit[] = [];
  for (const name of [...index.files.keys()].sort()) {
    const unit = await loadUnit(ctx, index, name);
    if (!unit) continue;
    const base = serviceFromFiles(name, unit.path, unit.files);
    units.push({
      ...base,
      enabled: !unit.masked && enabledBy(index, name).length > 0,
      masked: unit.masked,
      dropIns: unit.dropIns,
    });
  }
  return units;
}

/** SysV: an S link in /etc/rc2.d … /etc/rc5.d starts its init script at boot in that runlevel. */
async function sysvUnits(ctx: CollectContext): Promise<ServiceUnit[]> {
  const byScript = new Map<string, ServiceUnit>();
  for (const level of [2, 3, 4, 5]) {
    const dir = `/etc/rc${level}.d`;
    for (const entry of (await ctx.list(dir)) ?? []) {
      if (!/^S\d*/.test(entry.name) || (entry.type !== 'symlink' && entry.type !== 'file')) continue;
      let script = `${dir}/${entry.name}`;
      if (entry.type === 'symlink') {
        const target = await ctx.readLink(script);
        if (target === undefined) continue;
        script = path.resolve(dir, target);
      }
      const name = entry.type === 'symlink' ? path.basename(script) : entry.name.replace(/^S\d*/, '');
      const unit = byScript.get(script) ?? {
        name,
        path: script,
        enabled: true,
        wantedBy: [],
        execStart: [{ command: `${script} start`, where: { path: script } }],
        user: null,
        source: 'sysv' as const,
      };
      unit.wantedBy.push(`runlevel${level}.target`);
      byScript.set(script, unit);
    }
  }
  return [...byScript.values()];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const servicesCollector = defineCollector({
  section: 'services',
  version: 1,
  async collect(ctx): Promise<ServicesSection> {
    const units = [...(await systemdUnits(ctx)), ...(await sysvUnits(ctx))];
    units.sort((a, b) => byCodeUnit(a.name, b.name) || byCodeUnit(a.path, b.path));
    return { units };
  },
});
