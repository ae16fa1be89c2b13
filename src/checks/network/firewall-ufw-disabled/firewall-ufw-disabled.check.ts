import { defineCheck } from '../../../core/check.ts';
import { distinct, FIREWALL_LEGAL, location } from '../firewall-facts.ts';

export default defineCheck({
  id: 'firewall-ufw-disabled',
  category: 'firewall-missing',
  severity: 'high',
  needs: ['firewall'],
  legal: FIREWALL_LEGAL,
  title: { zh: 'ufw 已写好规则但未启用', en: 'ufw has rules but is disabled' },
  description: {
    zh: '读取 /etc/ufw/ufw.conf 的 ENABLED 和 /etc/ufw/user.rules、user6.rules 中的规则。管理员写了放行规则、以为防火墙在工作,而 ENABLED=no 时 ufw 开机不加载任何规则,主机实际没有过滤。另有防火墙已对 IPv4 和 IPv6 默认丢弃时不报告(遗留的 ufw 配置无害)。',
    en: 'Reads ENABLED in /etc/ufw/ufw.conf and the rules in /etc/ufw/user.rules and user6.rules. An administrator wrote allow rules believing the firewall works, but with ENABLED=no ufw loads nothing at boot and the host is not filtered. Not reported when another firewall already drops IPv4 and IPv6 by default (leftover ufw config is harmless then).',
  },
  messages: {
    ufwDisabled: {
      zh: 'ufw 配置了 {rules} 条入站规则,但 {location} 为 ENABLED=no,这些规则不会加载。',
      en: 'ufw has {rules} input rules, but {location} says ENABLED=no, so they are never loaded.',
    },
  },
  remediation: {
    zh: '确认规则中已放行 SSH(`ufw status verbose` 或查看 /etc/ufw/user.rules),然后执行 `ufw default deny incoming && ufw allow 22/tcp && ufw enable`,ufw 会把 {location} 改为 ENABLED=yes 并立即加载规则。',
    en: 'Check that the rules allow SSH (`ufw show added` or /etc/ufw/user.rules), then run `ufw default deny incoming && ufw allow 22/tcp && ufw enable`; ufw sets ENABLED=yes at {location} and loads the rules at once.',
  },
  evaluate: ({ firewall }) => {
    const ufw = firewall.rulesets.filter((r) => r.source === 'ufw' && r.activation === 'not-enabled');
    // user.rules and user6.rules usually hold the same rules once per family: count the larger.
    const rules = Math.max(0, ...ufw.map((r) => r.ruleCount));
    if (rules === 0 || (firewall.defaultDrop.ipv4 && firewall.defaultDrop.ipv6)) return [];
    const conf = ufw[0]!.where;
    const first = ufw.flatMap((r) => (r.firstRule ? [r.firstRule] : []));
    return [
      {
        messageId: 'ufwDisabled',
        data: { rules, location: location(conf) },
        where: distinct([conf, ...first]),
      },
    ];
  },
});
