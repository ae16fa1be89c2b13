import { execWhere } from '../../../collectors/firewall/firewall.collector.ts';
import { defineCheck } from '../../../core/check.ts';
import type { Where } from '../../../core/evidence.ts';
import { activeEffective, distinct, FIREWALL_FILES, FIREWALL_LEGAL, location } from '../firewall-facts.ts';

export default defineCheck({
  id: 'firewall-rules-missing',
  category: 'firewall-missing',
  severity: 'high',
  needs: ['firewall'],
  legal: FIREWALL_LEGAL,
  title: { zh: '主机没有生效的防火墙', en: 'No host firewall is in force' },
  description: {
    zh: '读取内核中已加载的规则(以 root 扫描本机时执行 nft list ruleset、iptables-save、ip6tables-save),以及 /etc/nftables.conf、/etc/iptables/rules.v4|v6、/etc/sysconfig/iptables、ufw 和 firewalld 的配置与其开机启用状态。没有任何入站过滤时,服务器上每个监听端口(数据库、管理后台、调试接口)都直接暴露在网络上。网络运营者应采取防范入侵的技术措施,这是等级保护和国际联网安全保护的基本要求。',
    en: 'Reads the rules loaded in the kernel (nft list ruleset, iptables-save, ip6tables-save when scanning this machine as root) and the nftables, iptables (Debian and RHEL), ufw and firewalld configs with whether they are enabled at boot. With no input filtering, every listening port on the server (databases, admin panels, debug endpoints) is open to the network. Operators must take technical measures against intrusion, a basic requirement of MLPS and of the international-networking security rules.',
  },
  messages: {
    noneLoaded: {
      zh: '内核中没有任何入站过滤规则(已读取实时规则);未加载的配置:{configs}。',
      en: 'The kernel has no input filtering rules (live rules were read); configs that are not loaded: {configs}.',
    },
    noneInstalled: {
      zh: '本机没有安装 nft、iptables-save 或 ip6tables-save,内核中不可能有由它们加载的入站过滤规则;未加载的配置:{configs}。',
      en: 'Neither nft nor iptables-save nor ip6tables-save is installed, so no input filtering rules can have been loaded with them; configs that are not loaded: {configs}.',
    },
    noneEnabled: {
      zh: '没有开机生效的防火墙配置:没有启用的 nftables/iptables 规则文件、ufw 或 firewalld;未启用或无规则的配置:{configs}。',
      en: 'No firewall config takes effect at boot: no enabled nftables/iptables rules file, ufw or firewalld; configs not enabled or without rules: {configs}.',
    },
  },
  remediation: {
    zh: '启用主机防火墙,默认拒绝入站,只放行需要的端口(先放行 SSH,以免断开自己的会话)。Ubuntu/Debian 可用 ufw:`ufw default deny incoming && ufw allow 22/tcp && ufw enable`。或用 nftables:在 /etc/nftables.conf 写入 `table inet filter { chain input { type filter hook input priority 0; policy drop; ct state established,related accept; iif lo accept; tcp dport { 22, 80, 443 } accept; } }`(端口按实际服务调整),再执行 `nft -c -f /etc/nftables.conf && systemctl enable --now nftables`。RHEL/CentOS 可执行 `systemctl enable --now firewalld`。',
    en: 'Turn on a host firewall that drops input by default and allows only the ports you need (allow SSH first so as not to cut off your own session). On Ubuntu/Debian with ufw: `ufw default deny incoming && ufw allow 22/tcp && ufw enable`. Or with nftables: put `table inet filter { chain input { type filter hook input priority 0; policy drop; ct state established,related accept; iif lo accept; tcp dport { 22, 80, 443 } accept; } }` in /etc/nftables.conf (adjust the ports to your services), then run `nft -c -f /etc/nftables.conf && systemctl enable --now nftables`. On RHEL/CentOS: `systemctl enable --now firewalld`.',
  },
  evaluate: ({ firewall }) => {
    // Absence of protection is only proven when nothing we needed was unreadable.
    if (!firewall.stateKnown || activeEffective(firewall).length > 0) return [];
    const idle = firewall.rulesets.filter((r) => !r.active || r.ruleCount === 0);
    const idleAt = distinct(idle.map((r) => r.where));
    const configs = idleAt.map(location);
    const live: Where[] = [];
    if (firewall.live.nft === 'read') live.push({ path: execWhere('nft list ruleset') });
    if (firewall.live.iptables === 'read') live.push({ path: execWhere('iptables-save') });
    if (firewall.live.ip6tables === 'read') live.push({ path: execWhere('ip6tables-save') });
    const where = [...live, ...idleAt];
    return [
      {
        messageId: live.length > 0 ? 'noneLoaded' : firewall.liveRead ? 'noneInstalled' : 'noneEnabled',
        data: { configs: configs.length > 0 ? configs.join(', ') : '—' },
        where: where.length > 0 ? where : FIREWALL_FILES,
      },
    ];
  },
});
