/**
 * accounts: local users, shadow status (never a hash), groups, and sudo rules from /etc/sudoers with
 * its includes (#include / @include files, #includedir / @includedir directories).
 */
import path from 'node:path/posix';
import { defineCollector, type CollectContext } from '../../core/collector.ts';
import type { AccountsSection } from './accounts.types.ts';
import { parseGroup, parsePasswd, parseShadow } from './parse-passwd.ts';
import { includedirAccepts, parseSudoers, resolveSudoRules, type SudoersItem } from './parse-sudoers.ts';

/** sudo stops at 128 nested includes; we also cap the number of files read. */
const MAX_INCLUDE_DEPTH = 128;
const MAX_SUDOERS_FILES = 512;

/** Read /etc/sudoers and everything it includes, in sudo's order; cycles become gaps, not hangs. */
export async function readSudoers(ctx: CollectContext): Promise<{ items: SudoersItem[]; files: string[] }> {
  const items: SudoersItem[] = [];
  const files: string[] = [];
  const stack: string[] = [];
  let budget = MAX_SUDOERS_FILES;

  const readFile = async (file: string): Promise<void> => {
    if (stack.includes(file)) {
      ctx.gap(file, 'include-cycle', `included again from ${stack[stack.length - 1] ?? file}`);
      return;
    }
    if (stack.length >= MAX_INCLUDE_DEPTH) {
      ctx.gap(file, 'include-cycle', `includes nested deeper than ${MAX_INCLUDE_DEPTH}`);
      return;
    }
    if (budget-- <= 0) {
      ctx.gap(file, 'truncated', `more than ${MAX_SUDOERS_FILES} sudoers files`);
      return;
    }
    const text = await ctx.readText(file);
    if (text === undefined) return;
    if (!files.includes(file)) files.push(file);
    stack.push(file);
    for (const item of parseSudoers(text, file)) {
      if (item.kind !== 'include') {
        items.push(item);
        continue;
      }
      const target = path.resolve(path.dirname(file), item.path);
      if (!item.dir) {
        await readFile(target);
        continue;
      }
      const entries = await ctx.list(target);
      for (const entry of entries ?? []) {
        if ((entry.type === 'file' || entry.type === 'symlink') && includedirAccepts(entry.name)) {
          await readFile(path.join(target, entry.name));
        }
      }
    }
    stack.pop();
  };

  await readFile('/etc/sudoers');
  return { items, files };
}

export const accountsCollector = defineCollector({
  section: 'accounts',
  version: 1,
  collect: async (ctx): Promise<AccountsSection> => {
    const [passwd, shadow, group, sudoers] = await Promise.all([
      ctx.readText('/etc/passwd'),
      ctx.readText('/etc/shadow'),
      ctx.readText('/etc/group'),
      readSudoers(ctx),
    ]);
    return {
      users: passwd === undefined ? [] : parsePasswd(passwd, '/etc/passwd'),
      shadow: shadow === undefined ? [] : parseShadow(shadow, '/etc/shadow'),
      groups: group === undefined ? [] : parseGroup(group, '/etc/group'),
      sudo: resolveSudoRules(sudoers.items),
      shadowPresent: shadow !== undefined,
      sudoFiles: sudoers.files,
    };
  },
});
