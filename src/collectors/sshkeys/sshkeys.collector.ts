/**
 * sshkeys: the authorized_keys files sshd would consult — for root and every account in /etc/passwd
 * whose home exists — at the paths AuthorizedKeysFile names (global and Match blocks, %h %u %U %%
 * expanded, relative paths under the home), falling back to OpenSSH's default paths.
 */
import { normaliseHostPath } from '../../host/root.ts';
import { defineCollector, type CollectContext } from '../../core/collector.ts';
import { parsePasswd } from '../accounts/parse-passwd.ts';
import { SSHD_DEFAULTS, firstSetting, splitArgs } from '../sshd/parse-sshd.ts';
import { loadSshdConfig } from '../sshd/sshd.collector.ts';
import type { AuthorizedKeysFile, SshKeysSection } from './sshkeys.types.ts';
import { parseAuthorizedKeys } from './parse-authorized-keys.ts';

interface Account {
  name: string;
  uid: number;
  home: string;
}

/** Expand sshd's AuthorizedKeysFile tokens for one account; undefined for an unknown token. */
export function expandKeysPath(pattern: string, account: Account): string | undefined {
  let unknown = false;
  const expanded = pattern.replace(/%(.)/g, (_m, token: string) => {
    switch (token) {
      case '%':
        return '%';
      case 'h':
        return account.home;
      case 'u':
        return account.name;
      case 'U':
        return String(account.uid);
      default:
        unknown = true;
        return '';
    }
  });
  if (unknown || expanded.endsWith('%')) return undefined;
  return normaliseHostPath(expanded.startsWith('/') ? expanded : `${account.home}/${expanded}`);
}

/** Every AuthorizedKeysFile pattern sshd may use: the global value and each Match block's. */
async function keyFilePatterns(ctx: CollectContext): Promise<string[]> {
  const config = await loadSshdConfig(ctx);
  const values = [
    firstSetting(config.global, 'authorizedkeysfile')?.value ?? SSHD_DEFAULTS.authorizedkeysfile!,
  ];
  for (const block of config.matches) {
    const value = firstSetting(block.settings, 'authorizedkeysfile')?.value;
    if (value !== undefined) values.push(value);
  }
  const patterns = values.flatMap((v) => splitArgs(v) ?? []).filter((p) => p.toLowerCase() !== 'none');
  return [...new Set(patterns)];
}

async function accounts(ctx: CollectContext): Promise<Account[]> {
  const text = await ctx.readText('/etc/passwd');
  const users: Account[] = text === undefined ? [] : parsePasswd(text, '/etc/passwd');
  if (!users.some((u) => u.name === 'root')) users.unshift({ name: 'root', uid: 0, home: '/root' });
  const withHome: Account[] = [];
  for (const user of users) {
    if (user.home === '' || !user.home.startsWith('/')) continue;
    const info = await ctx.root.stat(user.home);
    if (info.ok && info.type === 'dir') withHome.push(user);
    else if (!info.ok) ctx.noteFailure(user.home, info);
  }
  return withHome;
}

export const sshkeysCollector = defineCollector({
  section: 'sshkeys',
  version: 1,
  collect: async (ctx): Promise<SshKeysSection> => {
    const [users, patterns] = await Promise.all([accounts(ctx), keyFilePatterns(ctx)]);
    const owners = new Map<string, Account>();
    for (const user of users) {
      for (const pattern of patterns) {
        const path = expandKeysPath(pattern, user);
        if (path !== undefined && !owners.has(path)) owners.set(path, user);
      }
    }
    const files: AuthorizedKeysFile[] = [];
    for (const [path, user] of owners) {
      const text = await ctx.readText(path);
      if (text === undefined) continue;
      const info = await ctx.root.stat(path);
      files.push({
        user: user.name,
        uid: user.uid,
        path,
        keys: parseAuthorizedKeys(text, path),
        mtimeMs: info.ok ? info.mtimeMs : null,
        mode: info.ok ? info.mode : null,
        ownerUid: info.ok ? info.uid : null,
      });
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files };
  },
});
