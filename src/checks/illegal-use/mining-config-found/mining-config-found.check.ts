import { defineCheck } from '../../../core/check.ts';
import { MINING_LEGAL, miningByPath, placeSeverity } from '../mining-evidence.ts';

/** Strongest first: the rule that names a file's finding. */
const RULES = [
  'xmrig-config',
  'miner-config',
  'miner-command',
  'stratum-url',
  'pool-address',
  'browser-miner',
] as const;

const MESSAGE: Record<(typeof RULES)[number], 'config' | 'command' | 'reference' | 'browser'> = {
  'xmrig-config': 'config',
  'miner-config': 'config',
  'miner-command': 'command',
  'stratum-url': 'reference',
  'pool-address': 'reference',
  'browser-miner': 'browser',
};

export default defineCheck({
  id: 'mining-config-found',
  category: 'mining',
  severity: 'high',
  needs: ['content'],
  legal: MINING_LEGAL,
  title: {
    zh: '服务器上存有加密货币挖矿配置或启动命令',
    en: 'A crypto-mining configuration or launch command is stored on the server',
  },
  description: {
    zh: '内容扫描读取 Web 根目录、临时目录、启动项(cron、systemd、init 脚本)以及完整模式下的 /opt、/home、/root、/srv,识别:xmrig 的 JSON 配置(pools[].url/user 与 donate-level、randomx 等 xmrig 专有键)、cpuminer/ccminer/cgminer 的配置、脚本中启动挖矿程序的命令(与进程检查同一套打分规则)、stratum+tcp:// 矿池地址、已知矿池域名加端口,以及让访客浏览器挖矿的网页脚本;钱包地址只在上述信号旁计入。位于临时或隐藏目录时为严重:这是入侵者投放挖矿程序的典型位置。矿池名单、拦截列表和文档中的提及不计。',
    en: 'The content scan reads the web roots, temporary directories, start-up places (cron, systemd, init scripts) and, in full mode, /opt, /home, /root and /srv, and recognises xmrig JSON configurations (pools[].url/user beside xmrig’s own keys such as donate-level and randomx), cpuminer/ccminer/cgminer configurations, commands in scripts that start a miner (scored by the same rules as the process check), stratum+tcp:// pool URLs, known pool hosts with a port, and web pages that make visitors’ browsers mine. Wallet addresses count only beside one of these. A file in a temporary or hidden directory is critical: that is where intruders drop miners. Lists of pools, blocklists and documentation do not count.',
  },
  messages: {
    config: {
      zh: '{path}(第 {line} 行)是挖矿程序配置({rule}):{reasons}。',
      en: '{path} (line {line}) is a crypto-miner configuration ({rule}): {reasons}.',
    },
    command: {
      zh: '{path} 第 {line} 行启动挖矿程序:{reasons}。',
      en: '{path} line {line} starts a crypto-miner: {reasons}.',
    },
    reference: {
      zh: '{path} 第 {line} 行写有矿池连接信息:{reasons}。',
      en: '{path} line {line} holds mining-pool connection details: {reasons}.',
    },
    browser: {
      zh: '网页 {path} 第 {line} 行加载浏览器挖矿脚本,让访客的电脑替人挖矿:{reasons}。',
      en: 'Page {path} line {line} loads an in-browser miner that makes visitors’ computers mine: {reasons}.',
    },
  },
  remediation: {
    zh: '确认 {path} 的来历:`ls -la {path}`、`stat {path}`,并查找同目录中的程序与启动它的 cron/systemd 项(`grep -rn "{path}" /etc/cron* /var/spool/cron /etc/systemd /etc/rc.local`)。若是本单位自行部署的挖矿:按发改运行〔2021〕1283号,数据中心不得从事虚拟货币挖矿,应停止并删除。若无人知情,按入侵处置:先保全证据(hegui capture),停止相关进程,删除 {path} 及其程序,清除启动项,排查入侵入口并按事件处置预案上报。网页挖矿脚本:从页面模板中删除该脚本引用并检查网站是否被篡改。',
    en: 'Establish where {path} came from: `ls -la {path}`, `stat {path}`, and look for the program beside it and the cron/systemd entry that starts it (`grep -rn "{path}" /etc/cron* /var/spool/cron /etc/systemd /etc/rc.local`). If your organisation mines on purpose: under the NDRC notice 发改运行〔2021〕1283号 data centres must not host crypto-mining — stop it and delete it. If nobody knows about it, handle it as an intrusion: preserve evidence first (hegui capture), stop the processes, delete {path} and its program, remove the start-up entries, find how the intruder got in and report under your incident response plan. For an in-browser miner: remove the script from the page templates and check the site for tampering.',
  },
  evaluate: ({ content }) =>
    [...miningByPath(content.detections, RULES)].map(([path, found]) => {
      const best = [...found].sort(
        (a, b) =>
          RULES.indexOf(a.rule as (typeof RULES)[number]) - RULES.indexOf(b.rule as (typeof RULES)[number]) ||
          (a.line ?? 0) - (b.line ?? 0),
      )[0]!;
      const rule = best.rule as (typeof RULES)[number];
      const more = found.length > 1 ? ` (+${found.length - 1})` : '';
      return {
        messageId: MESSAGE[rule],
        severity: rule === 'browser-miner' ? 'high' : placeSeverity(path),
        data: { path, line: best.line ?? 1, rule, reasons: `${best.reasons.join(', ')}${more}` },
        where: [best.line === undefined ? { path } : { path, line: best.line }],
      };
    }),
});
