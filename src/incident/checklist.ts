/**
 * The containment checklist (issue 5 item 4): a pure function from a scan report's findings to the
 * things an operator has to deal with after a break-in, each with the finding that names it and the
 * exact shell command to do it. hegui prints these commands; it never runs them.
 *
 * The report carries no structured hit data, only the rendered message, so the values a command needs
 * (account names, library paths, units) are read back from the message by matching it against the
 * check's own message templates (both are in the report's language; see `messageFields`). Locations
 * come from the findings' `where` (file:line, pid, socket).
 *
 * Commands are small POSIX sh scripts, one step a line; lines starting with `#` are notes for the
 * operator in the requested language. Every path, user and unit name is shell-quoted (`shellQuote`),
 * so a name with blanks, quotes, `$(…)` or newlines stays one literal word. Items are independent and
 * may run in any order: cron lines are disabled by commenting them out (line numbers of other items
 * in the same file stay valid); files are moved, never deleted, to a root-only quarantine directory
 * after the evidence is captured.
 */
import { isIP } from 'node:net';
import { findCheck } from '../checks/index.ts';
import type { Where } from '../core/evidence.ts';
import type { Finding, Report } from '../core/finding.ts';
import type { ContainmentItem } from './model.ts';

export const QUARANTINE_DIR = '/root/hegui-quarantine';
const NFT_TABLE = 'hegui_containment';

type Lang = 'zh' | 'en';
type Fields = Record<string, string>;

const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** One literal shell word for any string (POSIX single quotes; a quote inside becomes '\''). */
export function shellQuote(value: string): string {
  if (value !== '' && SAFE_WORD.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const templateCache = new Map<string, RegExp>();

function templateRegExp(template: string): RegExp {
  let re = templateCache.get(template);
  if (re) return re;
  const seen = new Set<string>();
  let source = '^';
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    source += escapeRegExp(template.slice(last, m.index));
    const name = m[1]!;
    source += seen.has(name) ? `\\k<${name}>` : `(?<${name}>[\\s\\S]*?)`;
    seen.add(name);
    last = m.index + m[0].length;
  }
  source += `${escapeRegExp(template.slice(last))}$`;
  re = new RegExp(source, 'u');
  templateCache.set(template, re);
  return re;
}

/**
 * The values a finding's message was made from, found by matching it against the check's templates in
 * the report language; {} when the check or template is unknown (e.g. a report from another version).
 */
export function messageFields(finding: Finding, reportLang: Lang): Fields {
  const check = findCheck(finding.checkId);
  if (!check) return {};
  for (const template of Object.values(check.messages)) {
    const m = templateRegExp(template[reportLang]).exec(finding.message);
    if (m?.groups) return { ...m.groups };
  }
  return {};
}

const TEXT = {
  zh: {
    capture: '# 保全证据(若尚未保全):hegui capture --output /root/evidence.tar.gz',
    afterCapture: '# 保全证据之后:',
    reviewCrontab: '# 核对该用户的计划任务:',
    reviewKeys: '# 列出公钥指纹,删除(或在行首加 #)不认识的那一行:',
    show: '# 先看这一行:',
    reinstall: '# 用软件包里的原版替换被改动的程序:',
    process: (n: number) => `进程 PID ${n}`,
    sourceBlock: (ip: string) => `来源 ${ip}`,
    deleted: '(程序文件已被删除;可从 /proc/PID/exe 取得副本)',
    keysOf: (user: string) => `账户 ${user} 的 authorized_keys`,
    compromised: (user: string) => `账户 ${user} 曾被入侵者登录,其公钥可能被加入后门。`,
    rootPassword: (user: string) => `更换账户 ${user} 的口令:入侵者已用它登录。`,
  },
  en: {
    capture: '# capture the evidence (unless done already): hegui capture --output /root/evidence.tar.gz',
    afterCapture: '# after capturing the evidence:',
    reviewCrontab: "# review the user's crontab:",
    reviewKeys: '# list the key fingerprints; delete (or comment out with #) the line you do not recognise:',
    show: '# look at the line first:',
    reinstall: '# replace the modified program with the packaged original:',
    process: (n: number) => `process pid ${n}`,
    sourceBlock: (ip: string) => `source ${ip}`,
    deleted: ' (its program file is deleted; /proc/PID/exe still gives a copy)',
    keysOf: (user: string) => `authorized_keys of ${user}`,
    compromised: (user: string) => `The intruder logged in as ${user}; a backdoor key may have been added.`,
    rootPassword: (user: string) => `Change the password of ${user}: the intruder logged in with it.`,
  },
} as const;

/** Categories whose processes are the intruder's (a database that is merely exposed is not killed). */
const HOSTILE_PROCESS = new Set<string>([
  'suspicious-process',
  'mining',
  'proxy-service',
  'ddos-tool',
  'rootkit',
]);
const FILE_CATEGORIES = new Set<string>([
  'suspicious-process',
  'webshell',
  'rootkit',
  'mining',
  'hacking-tool-hosted',
  'gambling-content',
  'pornography-content',
  'fraud-content',
  'pirated-content',
]);
const PORT_CATEGORIES = new Set<string>(['database-exposed', 'proxy-service']);
const UNIT_DIRS = [
  '/etc/systemd/system/',
  '/lib/systemd/system/',
  '/usr/lib/systemd/system/',
  '/run/systemd/system/',
];

function why(finding: Finding, lang: Lang): string {
  return `${finding.title}${lang === 'zh' ? ':' : ': '}${finding.message}`;
}

function quarantinePath(path: string): string {
  return `${QUARANTINE_DIR}${path}`;
}

function quarantineCommand(path: string, lang: Lang, immutable: boolean): string {
  const target = quarantinePath(path);
  const dir = target.slice(0, target.lastIndexOf('/'));
  return [
    TEXT[lang].capture,
    `install -d -m 700 ${shellQuote(QUARANTINE_DIR)} && install -d -m 700 ${shellQuote(dir)}`,
    ...(immutable ? [`chattr -i -a ${shellQuote(path)}`] : []),
    `mv -- ${shellQuote(path)} ${shellQuote(target)} && chmod 000 ${shellQuote(target)}`,
  ].join('\n');
}

function cronUser(path: string, fields: Fields): string | undefined {
  const spool = /^\/var\/spool\/cron\/(?:crontabs\/)?([^/]+)$/.exec(path);
  if (spool) return spool[1];
  return fields.user;
}

function unitOf(path: string): string | undefined {
  const dir = UNIT_DIRS.find((d) => path.startsWith(d));
  if (!dir) return undefined;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /\.(service|timer|socket|path)$/.test(name) ? name : undefined;
}

/** A listening socket "tcp 0.0.0.0:6379" → port and transport; undefined for connections (with "->"). */
function listeningPort(socket: string): { transport: string; port: number } | undefined {
  const m = /^(tcp|udp)6?\s+\S*:(\d+)$/.exec(socket.trim());
  if (!m) return undefined;
  return { transport: m[1]!, port: Number(m[2]) };
}

function nftPrelude(): string {
  return [
    `nft add table inet ${NFT_TABLE}`,
    `nft 'add chain inet ${NFT_TABLE} input { type filter hook input priority -10 ; policy accept ; }'`,
  ].join('\n');
}

function portCommand(transport: string, port: number, lang: Lang): string {
  return [
    nftPrelude(),
    `nft add rule inet ${NFT_TABLE} input iifname != lo ${transport} dport ${port} drop`,
    lang === 'zh' ? '# 没有 nft 时:' : '# without nft:',
    `# iptables -I INPUT ! -i lo -p ${transport} --dport ${port} -j DROP; ip6tables -I INPUT ! -i lo -p ${transport} --dport ${port} -j DROP`,
  ].join('\n');
}

function sourceCommand(ip: string, lang: Lang): string {
  const family = isIP(ip) === 6 ? 'ip6' : 'ip';
  const tool = family === 'ip6' ? 'ip6tables' : 'iptables';
  return [
    nftPrelude(),
    `nft add rule inet ${NFT_TABLE} input ${family} saddr ${ip} drop`,
    lang === 'zh' ? '# 没有 nft 时:' : '# without nft:',
    `# ${tool} -I INPUT -s ${ip} -j DROP`,
  ].join('\n');
}

const KIND_ORDER: ContainmentItem['kind'][] = [
  'process',
  'account',
  'key',
  'cron',
  'service',
  'preload',
  'file',
  'port',
  'other',
];

class Builder {
  readonly items = new Map<string, ContainmentItem>();
  add(key: string, item: ContainmentItem): void {
    const existing = this.items.get(key);
    if (!existing) this.items.set(key, item);
    else if (!existing.why.includes(item.why)) existing.why += `\n${item.why}`;
  }
}

function processItem(
  b: Builder,
  f: Finding,
  w: Extract<Where, { command: string }>,
  lang: Lang,
  deleted: boolean,
) {
  const pid = String(w.pid);
  const keep = `${QUARANTINE_DIR}/pid-${pid}.exe`;
  b.add(`process ${pid}`, {
    kind: 'process',
    target: `${TEXT[lang].process(w.pid)} (${w.command})`,
    why: why(f, lang) + (deleted ? TEXT[lang].deleted : ''),
    command: [
      `kill -STOP ${pid}`,
      `ls -l /proc/${pid}/exe`,
      `install -d -m 700 ${shellQuote(QUARANTINE_DIR)} && cp /proc/${pid}/exe ${shellQuote(keep)}`,
      TEXT[lang].capture,
      TEXT[lang].afterCapture,
      `kill -KILL ${pid}`,
    ].join('\n'),
    fromCheck: f.checkId,
  });
}

function accountLock(b: Builder, f: Finding, name: string, lang: Lang) {
  b.add(`account ${name}`, {
    kind: 'account',
    target: name,
    why: why(f, lang),
    command: [`usermod -L -- ${shellQuote(name)}`, `passwd -l -- ${shellQuote(name)}`].join('\n'),
    fromCheck: f.checkId,
  });
}

function keysReview(b: Builder, f: Finding, user: string, home: string, lang: Lang) {
  const file = `${home.replace(/\/+$/, '')}/.ssh/authorized_keys`;
  b.add(`key ${file}`, {
    kind: 'key',
    target: file,
    why: `${TEXT[lang].compromised(user)}\n${why(f, lang)}`,
    command: [
      TEXT[lang].reviewKeys,
      `ssh-keygen -lf ${shellQuote(file)}`,
      `grep -n '' ${shellQuote(file)}`,
    ].join('\n'),
    fromCheck: f.checkId,
  });
}

function pathWheres(f: Finding): { path: string; line?: number }[] {
  return f.where.filter((w): w is { path: string; line?: number } => 'path' in w);
}

/**
 * The items to contain, in a fixed order (processes first, so they are stopped before anything they
 * could react to changes), one per process, account, key file, cron line, unit, preload file, file and
 * port; an item several findings name lists each of them in `why`.
 */
export function containmentChecklist(report: Report, lang: Lang): ContainmentItem[] {
  const b = new Builder();
  const t = TEXT[lang];
  // Processes whose program file is gone: the copy must come from /proc, and there is nothing to move.
  const deletedPids = new Set<number>();
  const deletedPaths = new Set<string>();
  for (const f of report.findings) {
    if (f.checkId !== 'process-deleted-exe-running') continue;
    const fields = messageFields(f, report.lang);
    if (fields.pid) deletedPids.add(Number(fields.pid));
    if (fields.path) deletedPaths.add(fields.path);
  }

  for (const f of report.findings) {
    const fields = messageFields(f, report.lang);

    if (HOSTILE_PROCESS.has(f.category)) {
      for (const w of f.where) if ('command' in w) processItem(b, f, w, lang, deletedPids.has(w.pid));
    }

    switch (f.category) {
      case 'rogue-root-account':
        if (fields.name !== undefined && fields.name !== 'root') accountLock(b, f, fields.name, lang);
        if (fields.name !== undefined && fields.home !== undefined)
          keysReview(b, f, fields.name, fields.home, lang);
        break;
      case 'empty-password':
        if (fields.name !== undefined) accountLock(b, f, fields.name, lang);
        break;
      case 'brute-force-compromise':
        if (fields.user !== undefined) {
          b.add(`password ${fields.user}`, {
            kind: 'account',
            target: fields.user,
            why: `${t.rootPassword(fields.user)}\n${why(f, lang)}`,
            command: `passwd -- ${shellQuote(fields.user)}`,
            fromCheck: f.checkId,
          });
          if (fields.user === 'root') keysReview(b, f, 'root', '/root', lang);
        }
        if (fields.ip !== undefined && isIP(fields.ip) !== 0) {
          b.add(`source ${fields.ip}`, {
            kind: 'other',
            target: t.sourceBlock(fields.ip),
            why: why(f, lang),
            command: sourceCommand(fields.ip, lang),
            fromCheck: f.checkId,
          });
        }
        break;
      case 'malicious-cron':
        for (const w of pathWheres(f)) {
          if (w.line === undefined) continue;
          const user = cronUser(w.path, fields);
          const file = shellQuote(w.path);
          b.add(`cron ${w.path}:${w.line}`, {
            kind: 'cron',
            target: `${w.path}:${w.line}`,
            why: why(f, lang),
            command: [
              ...(user !== undefined && w.path.startsWith('/var/spool/cron/')
                ? [t.reviewCrontab, `crontab -u ${shellQuote(user)} -l`]
                : []),
              t.show,
              `sed -n '${w.line}p' ${file}`,
              `install -d -m 700 ${shellQuote(QUARANTINE_DIR)} && cp -p ${file} ${shellQuote(`${QUARANTINE_DIR}/cron${w.path.replace(/\//g, '_')}`)}`,
              `sed -i '${w.line}s/^/# hegui-disabled: /' ${file}`,
            ].join('\n'),
            fromCheck: f.checkId,
          });
        }
        break;
      case 'preload-hijack':
        for (const w of pathWheres(f)) {
          if (w.line === undefined) continue;
          const file = shellQuote(w.path);
          const ldSoPreload = w.path === '/etc/ld.so.preload';
          b.add(`preload ${w.path}:${w.line}`, {
            kind: 'preload',
            target: `${w.path}:${w.line}`,
            why: why(f, lang),
            command: [
              t.capture,
              `chattr -i -a ${file}`,
              `sed -n '${w.line}p' ${file}`,
              // ld.so.preload has no comment syntax: the line is emptied, which keeps the numbering.
              ldSoPreload
                ? `sed -i '${w.line}s/.*//' ${file}`
                : `sed -i '${w.line}s/^/# hegui-disabled: /' ${file}`,
            ].join('\n'),
            fromCheck: f.checkId,
          });
        }
        if (fields.library !== undefined && fields.library.startsWith('/')) {
          b.add(`file ${fields.library}`, {
            kind: 'file',
            target: fields.library,
            why: why(f, lang),
            command: quarantineCommand(fields.library, lang, true),
            fromCheck: f.checkId,
          });
        }
        break;
      default:
        break;
    }

    // A key line a finding names (any check): show its fingerprint, then comment it out (sshd skips #
    // lines, and the other lines keep their numbers).
    for (const w of pathWheres(f)) {
      if (w.line === undefined || !/\/authorized_keys2?$/.test(w.path)) continue;
      const file = shellQuote(w.path);
      b.add(`key ${w.path}:${w.line}`, {
        kind: 'key',
        target: `${w.path}:${w.line}`,
        why: why(f, lang),
        command: [
          `sed -n '${w.line}p' ${file} | ssh-keygen -lf -`,
          `install -d -m 700 ${shellQuote(QUARANTINE_DIR)} && cp -p ${file} ${shellQuote(`${QUARANTINE_DIR}/keys${w.path.replace(/\//g, '_')}`)}`,
          `sed -i '${w.line}s/^/# hegui-disabled: /' ${file}`,
        ].join('\n'),
        fromCheck: f.checkId,
      });
    }

    // systemd units named by a finding (a miner started by a unit, a proxy enabled at boot).
    const units = new Set<string>();
    for (const w of pathWheres(f)) {
      const unit = unitOf(w.path);
      if (unit) units.add(unit);
    }
    if (fields.unit !== undefined && /^[\w@.:-]+\.(service|timer|socket|path)$/.test(fields.unit))
      units.add(fields.unit);
    if (
      f.category !== 'firewall-missing' &&
      f.category !== 'log-retention-short' &&
      f.category !== 'audit-logging-missing'
    ) {
      for (const unit of units) {
        b.add(`service ${unit}`, {
          kind: 'service',
          target: unit,
          why: why(f, lang),
          command: [
            `systemctl status --no-pager -- ${shellQuote(unit)}`,
            `systemctl cat -- ${shellQuote(unit)}`,
            `systemctl disable --now -- ${shellQuote(unit)}`,
          ].join('\n'),
          fromCheck: f.checkId,
        });
      }
    }

    if (FILE_CATEGORIES.has(f.category) && f.checkId !== 'process-deleted-exe-running') {
      if (
        f.checkId === 'rootkit-binary-modified-found' &&
        fields.path !== undefined &&
        fields.package !== undefined
      ) {
        b.add(`file ${fields.path}`, {
          kind: 'file',
          target: fields.path,
          why: why(f, lang),
          command: [
            t.capture,
            `install -d -m 700 ${shellQuote(QUARANTINE_DIR)} && cp -p ${shellQuote(fields.path)} ${shellQuote(`${QUARANTINE_DIR}/${fields.path.replace(/\//g, '_')}`)}`,
            t.reinstall,
            `apt-get install --reinstall -- ${shellQuote(fields.package)}`,
          ].join('\n'),
          fromCheck: f.checkId,
        });
      } else {
        const paths = new Set<string>();
        for (const key of ['path', 'program', 'exe']) {
          const p = fields[key];
          if (p !== undefined && p.startsWith('/') && !p.startsWith('/proc/') && !/\s/.test(p.slice(-1)))
            paths.add(p);
        }
        if (f.checkId === 'mining-config-found' || f.checkId === 'rootkit-known-file-found') {
          for (const w of pathWheres(f)) paths.add(w.path);
        }
        for (const p of paths) {
          if (deletedPaths.has(p) || unitOf(p) !== undefined || p === '/etc/ld.so.preload') continue;
          b.add(`file ${p}`, {
            kind: 'file',
            target: p,
            why: why(f, lang),
            command: quarantineCommand(p, lang, f.category === 'rootkit'),
            fromCheck: f.checkId,
          });
        }
      }
    }

    if (PORT_CATEGORIES.has(f.category)) {
      for (const w of f.where) {
        if (!('socket' in w)) continue;
        const port = listeningPort(w.socket);
        if (!port) continue;
        b.add(`port ${port.transport}/${port.port}`, {
          kind: 'port',
          target: `${port.port}/${port.transport}`,
          why: why(f, lang),
          command: portCommand(port.transport, port.port, lang),
          fromCheck: f.checkId,
        });
      }
    }
  }

  return [...b.items.values()].sort((a, c) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(c.kind));
}
