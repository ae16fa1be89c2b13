import { defineCheck } from '../../../core/check.ts';
import { families, FIREWALL_LEGAL, location } from '../firewall-facts.ts';

export default defineCheck({
  id: 'firewall-input-policy-weak',
  category: 'firewall-missing',
  severity: 'high',
  needs: ['firewall'],
  legal: FIREWALL_LEGAL,
  title: { zh: '防火墙有规则,但入站默认放行', en: 'The firewall has rules but accepts input by default' },
  description: {
    zh: '对每个生效的入站规则集(nftables 的 input 链、iptables 的 filter INPUT 链、ufw、firewalld 默认区域),按规则顺序求出未匹配流量的最终处理:链策略,或者排在前面、对所有流量生效的 DROP/REJECT/ACCEPT。规则集有规则、但默认放行,且该地址族没有其他规则集默认丢弃时,规则只是在放行之外再放行,没有拦截任何未列出的端口。',
    en: 'For each input ruleset in force (an nftables input chain, the iptables filter INPUT chain, ufw, the firewalld default zone) works out, in rule order, what happens to traffic no rule matches: the chain policy, or an earlier DROP/REJECT/ACCEPT that applies to all traffic. When a ruleset has rules but accepts by default and no other ruleset drops that family by default, its rules only allow what is already allowed and block no unlisted port.',
  },
  messages: {
    acceptByDefault: {
      zh: '{source} 规则集 {name}({location})有 {rules} 条入站规则,但未匹配的 {families} 流量默认放行:既没有 policy drop,也没有最后一条丢弃全部流量的规则。',
      en: '{source} ruleset {name} ({location}) has {rules} input rules, but {families} traffic no rule matches is accepted: there is no drop policy and no final rule dropping everything.',
    },
  },
  remediation: {
    zh: '让 {location} 所在的规则集默认丢弃(先放行 SSH 和已建立的连接):nftables 在 input 链中把 `policy accept;` 改为 `policy drop;`,再 `nft -c -f /etc/nftables.conf && systemctl restart nftables`;iptables 执行 `iptables -P INPUT DROP`(或在规则末尾加 `-A INPUT -j DROP`)后用 `netfilter-persistent save` 或 `service iptables save` 保存;ufw 执行 `ufw default deny incoming`;firewalld 执行 `firewall-cmd --permanent --zone=public --set-target=default && firewall-cmd --reload`。',
    en: 'Make the ruleset at {location} drop by default (allow SSH and established connections first): for nftables change `policy accept;` to `policy drop;` in the input chain, then `nft -c -f /etc/nftables.conf && systemctl restart nftables`; for iptables run `iptables -P INPUT DROP` (or end the rules with `-A INPUT -j DROP`) and save with `netfilter-persistent save` or `service iptables save`; for ufw run `ufw default deny incoming`; for firewalld run `firewall-cmd --permanent --zone=public --set-target=default && firewall-cmd --reload`.',
  },
  evaluate: ({ firewall }) => {
    if (!firewall.stateKnown) return [];
    return firewall.rulesets
      .filter((r) => r.active && r.ruleCount > 0 && r.inputPolicy === 'accept')
      .map((r) => ({ r, open: families(r).filter((f) => !firewall.defaultDrop[f]) }))
      .filter(({ open }) => open.length > 0)
      .map(({ r, open }) => ({
        messageId: 'acceptByDefault',
        data: {
          source: r.source,
          name: r.name,
          location: location(r.where),
          rules: r.ruleCount,
          families: open.map((f) => (f === 'ipv4' ? 'IPv4' : 'IPv6')).join('/'),
        },
        where: [r.where],
      }));
  },
});
