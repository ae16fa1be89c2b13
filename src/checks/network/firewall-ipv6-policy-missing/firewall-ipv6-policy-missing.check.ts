import { defineCheck } from '../../../core/check.ts';
import { activeEffective, distinct, FIREWALL_LEGAL } from '../firewall-facts.ts';

export default defineCheck({
  id: 'firewall-ipv6-policy-missing',
  category: 'firewall-missing',
  severity: 'medium',
  needs: ['firewall'],
  legal: FIREWALL_LEGAL,
  title: { zh: '防火墙只过滤 IPv4,IPv6 未设防', en: 'The firewall filters IPv4 only; IPv6 is left open' },
  description: {
    zh: '比较各生效规则集覆盖的地址族:IPv4 入站默认丢弃,却没有任何生效的规则集覆盖 IPv6(常见于只写了 rules.v4、只配置了 iptables 而没有 ip6tables)。主机启用了 IPv6 时(/proc/net/if_inet6 有地址,或无法判断),所有监听在 [::] 上的服务都能经 IPv6 绕过防火墙访问。',
    en: 'Compares the address families the rulesets in force cover: IPv4 input drops by default but no ruleset in force covers IPv6 (typical when only rules.v4 or only iptables, not ip6tables, was set up). When the host has IPv6 (addresses in /proc/net/if_inet6, or we cannot tell), every service listening on [::] can be reached over IPv6 around the firewall.',
  },
  messages: {
    ipv6Open: {
      zh: 'IPv4 入站默认丢弃,但没有任何生效的规则集覆盖 IPv6,经 IPv6 可访问本机所有监听端口。',
      en: 'IPv4 input drops by default, but no ruleset in force covers IPv6: every listening port can be reached over IPv6.',
    },
  },
  remediation: {
    zh: '为 IPv6 配置同样的默认丢弃策略:iptables 用户写好 /etc/iptables/rules.v6(RHEL 为 /etc/sysconfig/ip6tables),包含 `:INPUT DROP [0:0]`、放行 lo、已建立连接、ICMPv6 和所需端口,然后 `systemctl enable --now netfilter-persistent`(RHEL:`systemctl enable --now ip6tables`);或改用 nftables 的 `table inet filter`(同时覆盖 IPv4 和 IPv6);ufw 用户在 /etc/default/ufw 设置 `IPV6=yes` 后执行 `ufw reload`。确实不用 IPv6 时,也可以在内核参数中关闭 IPv6。',
    en: 'Give IPv6 the same drop-by-default policy: with iptables write /etc/iptables/rules.v6 (RHEL: /etc/sysconfig/ip6tables) with `:INPUT DROP [0:0]`, accepts for lo, established connections, ICMPv6 and the ports you need, then `systemctl enable --now netfilter-persistent` (RHEL: `systemctl enable --now ip6tables`); or move to an nftables `table inet filter`, which covers IPv4 and IPv6 at once; with ufw set `IPV6=yes` in /etc/default/ufw and run `ufw reload`. If IPv6 is truly unused you may instead disable it on the kernel command line.',
  },
  evaluate: ({ firewall }) => {
    if (!firewall.stateKnown || firewall.ipv6 === false) return [];
    if (!firewall.defaultDrop.ipv4 || firewall.defaultDrop.ipv6) return [];
    // A ruleset covering IPv6 that accepts by default is firewall-input-policy-weak's finding, not this one.
    if (activeEffective(firewall).some((r) => r.family !== 'ipv4')) return [];
    const v4 = firewall.rulesets.filter((r) => r.active && r.inputPolicy === 'drop' && r.family === 'ipv4');
    return [{ messageId: 'ipv6Open', where: distinct(v4.map((r) => r.where)) }];
  },
});
