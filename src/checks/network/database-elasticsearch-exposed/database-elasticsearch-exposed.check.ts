import { defineCheck } from '../../../core/check.ts';
import { exposureHits, exposureMessages, type Engine } from '../exposure.ts';

const ENGINE: Engine = {
  tcpPorts: [9200, 9300],
  udpPorts: [],
  processNames: [],
};

export default defineCheck({
  id: 'database-elasticsearch-exposed',
  category: 'database-exposed',
  severity: 'high',
  needs: ['sockets', 'firewall'],
  // Engines are matched by port too, so a socket whose owner is unknown is still judged.
  tolerates: ['sockets.owner'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'intlsec-10', clause: '2' },
    { provision: 'ndsr-9' },
  ],
  title: {
    zh: 'Elasticsearch 对外开放且未受防火墙保护',
    en: 'Elasticsearch listens on a public address and no firewall drops it',
  },
  description: {
    zh: '读取 /proc/net/tcp、tcp6、udp、udp6 中处于监听状态的套接字及其所属进程,以及主机防火墙规则,找出 Elasticsearch/OpenSearch(HTTP 端口 9200 与节点通信端口 9300;其进程名为 java,只按端口识别)监听在回环以外地址、且没有任何生效的防火墙规则拦截的情况。对外开放的搜索引擎是大规模个人信息泄露最常见的来源之一,未启用安全功能时任何人都能读出全部索引。网络运营者应采取防范攻击和入侵的技术措施,并实施访问控制。',
    en: 'Reads the listening sockets in /proc/net/tcp, tcp6, udp and udp6 with the processes that hold them, and the host firewall rules, for Elasticsearch/OpenSearch (HTTP port 9200 and transport port 9300; the process is named java, so only the ports identify it) listening on an address other than loopback with no active firewall rule dropping it. Exposed search clusters are among the most common sources of mass personal-data leaks: without security enabled, anyone can read every index. Operators must take technical measures against attack and intrusion and control access.',
  },
  messages: exposureMessages({ zh: 'Elasticsearch/OpenSearch', en: 'Elasticsearch/OpenSearch' }),
  remediation: {
    zh: '在 /etc/elasticsearch/elasticsearch.yml 中设置 `network.host: 127.0.0.1` 并启用 `xpack.security.enabled: true`(OpenSearch 在 /etc/opensearch/opensearch.yml 中设置 `network.host: 127.0.0.1`),然后 `systemctl restart elasticsearch`。若必须供其他服务器访问,只对这些来源放行,并用防火墙拦截其余来源,例如 `nft add rule inet filter input {transport} dport {port} drop`(放在允许来源的规则之后)。',
    en: 'In /etc/elasticsearch/elasticsearch.yml set `network.host: 127.0.0.1` and enable `xpack.security.enabled: true` (OpenSearch: `network.host: 127.0.0.1` in /etc/opensearch/opensearch.yml), then `systemctl restart elasticsearch`. If other servers must reach it, allow only those sources and drop the rest with the firewall, e.g. `nft add rule inet filter input {transport} dport {port} drop` (after the rules that accept the allowed sources).',
  },
  evaluate: (evidence) => exposureHits(evidence, ENGINE),
});
