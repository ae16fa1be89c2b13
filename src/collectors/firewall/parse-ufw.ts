/**
 * ufw: /etc/ufw/ufw.conf (ENABLED), /etc/default/ufw (DEFAULT_INPUT_POLICY, IPV6) and the rules in
 * /etc/ufw/user.rules / user6.rules, which are iptables-save text read by parse-iptables.ts.
 *
 * ufw puts the user's rules in the chain ufw-user-input (ufw6-user-input for IPv6) and applies the
 * default input policy after them, so that chain plus DEFAULT_INPUT_POLICY is the ruleset. ufw's fixed
 * before.rules (loopback, established, ICMP, DHCP client, mDNS) are not read. ENABLED=yes is what makes
 * ufw load its rules at boot (its service only runs `ufw-init`, which checks that flag).
 */
import { at } from '../../core/collector.ts';
import type { FileLine } from '../../core/evidence.ts';
import type { FirewallRuleset } from './firewall.types.ts';
import { inputRuleset, type IptablesParse, type IptablesTable } from './parse-iptables.ts';
import type { ServiceMap } from './ports.ts';

export interface ShellVar {
  value: string;
  where: FileLine;
}

/** KEY=value files (ufw.conf, /etc/default/ufw, firewalld.conf): comments, optional quotes; the last wins. */
export function parseKeyValues(text: string, path: string): Map<string, ShellVar> {
  const out = new Map<string, ShellVar>();
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    // `(.*)` then trim, not a lazy group before `\s*$`, which backtracks quadratically on long lines.
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(lines[n]!);
    if (!m) continue;
    let value = m[2]!.trim();
    const quoted = /^(["'])(.*)\1/.exec(value);
    if (quoted) value = quoted[2]!;
    else value = value.replace(/\s+#.*$/, '');
    out.set(m[1]!, { value, where: at(path, n + 1) });
  }
  return out;
}

export interface UfwInput {
  /** /etc/ufw/ufw.conf; ufw is not installed when absent. */
  conf: { path: string; vars: Map<string, ShellVar> };
  /** /etc/default/ufw, when present. */
  defaults?: Map<string, ShellVar> | undefined;
  /** Parsed user.rules / user6.rules, when present. */
  rules4?: IptablesParse | undefined;
  rules6?: IptablesParse | undefined;
  services?: ServiceMap | undefined;
}

function policyOf(value: string | undefined): 'drop' | 'accept' | 'unknown' {
  const v = (value ?? '').toUpperCase();
  if (v === 'DROP' || v === 'REJECT') return 'drop';
  if (v === 'ACCEPT') return 'accept';
  return 'unknown';
}

/** ufw's IPv4 ruleset and, when IPV6 is not "no", its IPv6 ruleset. */
export function ufwRulesets(input: UfwInput): FirewallRuleset[] {
  const enabled = input.conf.vars.get('ENABLED');
  const activation = enabled?.value.toLowerCase() === 'yes' ? 'enabled' : 'not-enabled';
  const where = enabled?.where ?? at(input.conf.path);
  const policy = policyOf(input.defaults?.get('DEFAULT_INPUT_POLICY')?.value);
  const ipv6 = (input.defaults?.get('IPV6')?.value ?? 'yes').toLowerCase() !== 'no';
  const out: FirewallRuleset[] = [];
  const families = [
    { family: 'ipv4' as const, parsed: input.rules4, chain: 'ufw-user-input', name: 'ufw' },
    ...(ipv6
      ? [{ family: 'ipv6' as const, parsed: input.rules6, chain: 'ufw6-user-input', name: 'ufw (IPv6)' }]
      : []),
  ];
  for (const f of families) {
    const filter = f.parsed?.tables.find((t) => t.name === 'filter');
    const base = filter?.chains.get(f.chain) ?? { name: f.chain, where, rules: [] };
    const table: IptablesTable = { name: 'filter', where, chains: new Map(filter?.chains) };
    table.chains.set(f.chain, base);
    out.push(
      inputRuleset(
        table,
        base,
        policy,
        { source: 'ufw', family: f.family, activation, services: input.services },
        f.name,
        where,
      ),
    );
  }
  return out;
}
