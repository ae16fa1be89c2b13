import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCheck } from '../checks/index.ts';
import { interpolate } from '../core/check.ts';
import type { Where } from '../core/evidence.ts';
import type { Finding, Report } from '../core/finding.ts';
import { containmentChecklist, messageFields, shellQuote } from './checklist.ts';

const golden = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../../test/hosts/compromised/report.golden.json'), 'utf8'),
) as Report;

const NASTY = [
  'a b',
  "it's",
  '$(touch /tmp/pwned)',
  '`id`',
  'line\nbreak',
  '-rf',
  '"dq" \\ back',
  '',
  '*?[x]',
  ';rm -rf /;',
];

/** Runs a checklist command with every tool replaced by a shell function that prints its arguments. */
function argvOf(command: string): string[][] {
  const tools = [
    'usermod',
    'passwd',
    'crontab',
    'sed',
    'cp',
    'install',
    'chattr',
    'mv',
    'chmod',
    'systemctl',
    'ssh-keygen',
    'grep',
    'apt-get',
    'kill',
    'ls',
    'nft',
  ];
  const stubs = tools.map(
    (t) => `${t.replace('-', '_')}() { printf '%s\\0' ${JSON.stringify(t)} "$@"; printf '\\1'; return 0; }`,
  );
  const script = `${stubs.join('\n')}\n${command.replace(/\bssh-keygen\b/g, 'ssh_keygen').replace(/\bapt-get\b/g, 'apt_get')}`;
  const out = execFileSync('sh', ['-c', script], { encoding: 'utf8' });
  return out
    .split('\u0001')
    .filter((s) => s !== '')
    .map((call) => call.split('\0').slice(0, -1));
}

function finding(
  checkId: string,
  messageId: string,
  data: Record<string, string | number>,
  where: Where[],
  lang: 'zh' | 'en' = 'en',
): Finding {
  const check = findCheck(checkId)!;
  return {
    checkId,
    category: check.category,
    severity: check.severity,
    title: check.title[lang],
    message: interpolate(
      (check.messages as Record<string, { zh: string; en: string }>)[messageId]![lang],
      data,
    ),
    where,
    legal: [],
    remediation: '',
  };
}

function report(findings: Finding[], lang: 'zh' | 'en' = 'en'): Report {
  return { ...golden, lang, findings };
}

describe('shellQuote', () => {
  it.each(NASTY)('round-trips %j through sh as one word', (value) => {
    const out = execFileSync('sh', ['-c', `printf '%s' ${shellQuote(value)}; printf '|%s' "$#"`, 'sh'], {
      encoding: 'utf8',
    });
    expect(out).toBe(`${value}|0`);
    const words = execFileSync('sh', ['-c', `set -- ${shellQuote(value)}; printf '%s' "$#"`], {
      encoding: 'utf8',
    });
    expect(words).toBe('1');
  });

  it('leaves plain paths readable', () => {
    expect(shellQuote('/etc/cron.d/php-sess')).toBe('/etc/cron.d/php-sess');
    expect(shellQuote('a b')).toBe("'a b'");
  });
});

describe('containmentChecklist on the compromised fixture report', () => {
  const items = containmentChecklist(golden, 'en');
  const targets = (kind: string) => items.filter((i) => i.kind === kind).map((i) => i.target);

  it('stops, records and kills each hostile process, never the exposed databases', () => {
    const pids = items.filter((i) => i.kind === 'process').map((i) => /pid (\d+)/.exec(i.target)![1]);
    expect(pids.sort()).toEqual(['4242', '4300', '5120']);
    const miner = items.find((i) => i.kind === 'process' && i.target.includes('4242'))!;
    const calls = argvOf(miner.command);
    expect(calls[0]).toEqual(['kill', '-STOP', '4242']);
    expect(calls[1]).toEqual(['ls', '-l', '/proc/4242/exe']);
    expect(calls.at(-1)).toEqual(['kill', '-KILL', '4242']);
    // The exe copy comes before the kill.
    expect(calls.findIndex((c) => c[0] === 'cp')).toBeLessThan(calls.length - 1);
    expect(miner.why).toMatch(/deleted/);
    // Every finding naming the pid is listed in why.
    expect(miner.why.split('\n').length).toBeGreaterThanOrEqual(4);
  });

  it('disables the exact cron lines the report names', () => {
    expect(targets('cron')).toEqual([
      '/etc/cron.d/php-sess:1',
      '/var/spool/cron/crontabs/root:2',
      '/var/spool/cron/crontabs/root:3',
    ]);
    const root3 = items.find((i) => i.target === '/var/spool/cron/crontabs/root:3')!;
    const calls = argvOf(root3.command);
    expect(calls).toContainEqual(['crontab', '-u', 'root', '-l']);
    expect(calls.at(-1)).toEqual(['sed', '-i', '3s/^/# hegui-disabled: /', '/var/spool/cron/crontabs/root']);
  });

  it('locks the rogue and password-less accounts and changes the breached password', () => {
    const accounts = items.filter((i) => i.kind === 'account');
    expect(accounts.map((a) => a.target)).toEqual(['sysupdate', 'root', 'test']);
    expect(argvOf(accounts[0]!.command)).toEqual([
      ['usermod', '-L', '--', 'sysupdate'],
      ['passwd', '-l', '--', 'sysupdate'],
    ]);
    expect(argvOf(accounts[1]!.command)).toEqual([['passwd', '--', 'root']]);
    // root is never locked.
    expect(accounts.some((a) => a.target === 'root' && a.command.includes('-L'))).toBe(false);
  });

  it('reviews the keys of the breached and created accounts', () => {
    expect(targets('key').sort()).toEqual(['/root/.ssh/authorized_keys', '/var/tmp/.s/.ssh/authorized_keys']);
  });

  it('disables the miner unit, empties the preload line and quarantines the rootkit files', () => {
    expect(targets('service')).toEqual(['sys-update.service']);
    expect(argvOf(items.find((i) => i.kind === 'service')!.command).at(-1)).toEqual([
      'systemctl',
      'disable',
      '--now',
      '--',
      'sys-update.service',
    ]);
    expect(targets('preload')).toEqual(['/etc/ld.so.preload:1']);
    expect(targets('file').sort()).toEqual([
      '/bin/ps',
      '/tmp/.X11-unix/.kw',
      '/usr/lib/x86_64-linux-gnu/libprocesshider.so',
      '/usr/local/lib/libsystemd-helper.so',
    ]);
    const hider = argvOf(
      items.find((i) => i.target === '/usr/lib/x86_64-linux-gnu/libprocesshider.so')!.command,
    );
    expect(hider).toContainEqual(['chattr', '-i', '-a', '/usr/lib/x86_64-linux-gnu/libprocesshider.so']);
    expect(hider).toContainEqual([
      'mv',
      '--',
      '/usr/lib/x86_64-linux-gnu/libprocesshider.so',
      '/root/hegui-quarantine/usr/lib/x86_64-linux-gnu/libprocesshider.so',
    ]);
    // The deleted miner binary is not "moved" (it is gone); its copy comes from /proc.
    expect(targets('file')).not.toContain('/var/tmp/.s/.x/kdevtmpfsi');
    expect(argvOf(items.find((i) => i.target === '/bin/ps')!.command)).toContainEqual([
      'apt-get',
      'install',
      '--reinstall',
      '--',
      'procps',
    ]);
  });

  it('closes the exposed ports and blocks the brute-force source', () => {
    expect(targets('port').sort()).toEqual(['10808/tcp', '3306/tcp', '443/tcp', '6379/tcp']);
    const redis = argvOf(items.find((i) => i.target === '6379/tcp')!.command);
    expect(redis.at(-1)).toEqual([
      'nft',
      'add',
      'rule',
      'inet',
      'hegui_containment',
      'input',
      'iifname',
      '!=',
      'lo',
      'tcp',
      'dport',
      '6379',
      'drop',
    ]);
    expect(items.find((i) => i.kind === 'other')!.command).toContain('ip saddr 45.9.148.10 drop');
  });

  it('gives the same targets in both languages, with notes in the requested one', () => {
    const zh = containmentChecklist(golden, 'zh');
    expect(zh.map((i) => [i.kind, i.fromCheck])).toEqual(items.map((i) => [i.kind, i.fromCheck]));
    expect(zh.find((i) => i.kind === 'key')!.command).toMatch(/公钥/);
    expect(items.find((i) => i.kind === 'key')!.command).toMatch(/fingerprints/);
  });

  it('says nothing for a clean report', () => {
    expect(containmentChecklist(report([]), 'en')).toEqual([]);
  });
});

describe('containmentChecklist with hostile names', () => {
  it.each(NASTY.filter((n) => n !== '' && !n.includes('\n')))(
    'keeps the account name %j one literal argument',
    (name) => {
      const r = report([
        finding('accounts-uid0-found', 'uid0', { name }, [{ path: '/etc/passwd', line: 3 }]),
      ]);
      const item = containmentChecklist(r, 'en').find((i) => i.kind === 'account')!;
      expect(messageFields(r.findings[0]!, 'en').name).toBe(name);
      expect(argvOf(item.command)).toEqual([
        ['usermod', '-L', '--', name],
        ['passwd', '-l', '--', name],
      ]);
    },
  );

  it.each(NASTY.filter((n) => n !== '' && !n.includes('/')))(
    'keeps cron file names like %j literal',
    (name) => {
      const file = `/etc/cron.d/${name}`;
      const r = report([
        finding(
          'cron-hidden-path-found',
          'hiddenPath',
          {
            location: `${file}:7`,
            user: 'www-data',
            schedule: '@reboot',
            detail: '/tmp/.x',
            command: '/tmp/.x',
          },
          [{ path: file, line: 7 }],
        ),
      ]);
      const item = containmentChecklist(r, 'en').find((i) => i.kind === 'cron')!;
      expect(item.target).toBe(`${file}:7`);
      const calls = argvOf(item.command);
      expect(calls.at(-1)).toEqual(['sed', '-i', '7s/^/# hegui-disabled: /', file]);
      expect(calls.find((c) => c[0] === 'cp')![2]).toBe(file);
    },
  );

  it('keeps a quarantined file with a newline and $(…) in its name literal', () => {
    const p = "/var/www/up loads/$(reboot)'\n.php";
    const r = report([
      finding('webshell-found', 'found', { path: p, rule: 'x', score: 9, reasons: 'eval' }, [{ path: p }]),
    ]);
    const item = containmentChecklist(r, 'en').find((i) => i.kind === 'file')!;
    expect(item.target).toBe(p);
    expect(argvOf(item.command)).toContainEqual(['mv', '--', p, `/root/hegui-quarantine${p}`]);
  });

  it('comments out a key line a finding names, even from a check this version does not know', () => {
    const file = "/home/o'brien/.ssh/authorized_keys";
    const r = report([
      {
        ...finding('accounts-uid0-found', 'uid0', { name: 'x' }, [{ path: file, line: 4 }]),
        checkId: 'sshkeys-unknown-key-found',
        message: 'a key nobody recognises',
      },
    ]);
    const item = containmentChecklist(r, 'en').find((i) => i.kind === 'key')!;
    expect(item).toMatchObject({ target: `${file}:4`, fromCheck: 'sshkeys-unknown-key-found' });
    const calls = argvOf(item.command.replace(/ \| ssh-keygen -lf -/, ''));
    expect(calls[0]).toEqual(['sed', '-n', '4p', file]);
    expect(calls.at(-1)).toEqual(['sed', '-i', '4s/^/# hegui-disabled: /', file]);
  });

  it('ignores a unit name that is not a plain unit name', () => {
    const r = report([
      finding(
        'proxy-service-running',
        'enabled',
        {
          program: 'frps',
          protocols: 'tcp',
          source: '/etc/frp/frps.ini',
          unit: 'x.service; reboot',
          endpoints: 'tcp 0.0.0.0:7000',
          families: 'IPv4',
        },
        [{ path: '/etc/frp/frps.ini', line: 1 }],
      ),
    ]);
    expect(containmentChecklist(r, 'en').filter((i) => i.kind === 'service')).toEqual([]);
  });

  it('reads fields from a report in the other language than the checklist', () => {
    const r = report(
      [
        finding(
          'accounts-uid0-found',
          'uid0',
          { name: 'backdoor' },
          [{ path: '/etc/passwd', line: 3 }],
          'zh',
        ),
      ],
      'zh',
    );
    expect(containmentChecklist(r, 'en').map((i) => i.target)).toEqual(['backdoor']);
  });
});
