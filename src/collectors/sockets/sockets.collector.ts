/**
 * Sockets from /proc/net/{tcp,tcp6,udp,udp6}, with the owning process found by matching socket inodes
 * against the /proc/<pid>/fd links ("socket:[inode]"). When several processes share a socket (a forking
 * server), the lowest pid — usually the parent — is reported.
 */
import { defineCollector, type CollectContext } from '../../core/collector.ts';
import { mapLimit, pidsOf } from '../processes/map-limit.ts';
import { parseStatus } from '../processes/parse-proc.ts';
import { compareSockets, parseProcNet, PROTOS, socketInode, type RawSocket } from './parse-proc-net.ts';
import type { SocketInfo, SocketsSection } from './sockets.types.ts';

const CONCURRENCY = 16;
/** A busy server can hold hundreds of thousands of connections (~150 bytes each). */
const MAX_TABLE_BYTES = 128 * 1024 * 1024;

async function readTables(ctx: CollectContext): Promise<RawSocket[]> {
  const tables = await Promise.all(
    PROTOS.map(async (proto) => {
      const path = `/proc/net/${proto}`;
      const text = await ctx.readText(path, { maxBytes: MAX_TABLE_BYTES });
      if (text === undefined) return [];
      const { sockets, problems } = parseProcNet(proto, text);
      for (const p of problems) ctx.gap(path, p.reason, p.detail);
      return sockets;
    }),
  );
  return tables.flat();
}

/** inode → lowest pid holding it, for the inodes we look for; and the pids whose fds we could not list. */
async function socketOwners(
  ctx: CollectContext,
  wanted: ReadonlySet<number>,
): Promise<{ owners: Map<number, number>; unreadable: number[] }> {
  const owners = new Map<number, number>();
  const unreadable: number[] = [];
  const listing = await ctx.list('/proc');
  const pids = pidsOf(listing ?? []);
  await mapLimit(pids, CONCURRENCY, async (pid) => {
    const fdDir = `/proc/${pid}/fd`;
    const fds = await ctx.root.list(fdDir);
    if (!fds.ok) {
      if (!fds.missing) unreadable.push(pid);
      return;
    }
    for (const fd of fds.entries) {
      if (fd.type !== 'symlink') continue;
      const link = await ctx.root.readLink(`${fdDir}/${fd.name}`);
      if (!link.ok) {
        if (link.missing) continue; // the fd was closed meanwhile
        unreadable.push(pid);
        return;
      }
      const inode = socketInode(link.target);
      if (inode === undefined || !wanted.has(inode)) continue;
      const known = owners.get(inode);
      if (known === undefined || pid < known) owners.set(inode, pid);
    }
  });
  unreadable.sort((a, b) => a - b);
  return { owners, unreadable };
}

async function processName(ctx: CollectContext, pid: number): Promise<string | null> {
  const comm = await ctx.root.readText(`/proc/${pid}/comm`);
  if (comm.ok) return comm.text.replace(/\n$/, '');
  const status = await ctx.root.readText(`/proc/${pid}/status`);
  return status.ok ? (parseStatus(status.text)?.name ?? null) : null;
}

export const socketsCollector = defineCollector({
  section: 'sockets',
  version: 1,
  async collect(ctx): Promise<SocketsSection> {
    const raw = await readTables(ctx);
    const wanted = new Set(raw.map((s) => s.inode).filter((i) => i !== 0));
    const { owners, unreadable } =
      wanted.size > 0
        ? await socketOwners(ctx, wanted)
        : { owners: new Map<number, number>(), unreadable: [] };
    const ownerPids = [...new Set(owners.values())].sort((a, b) => a - b);
    const names = new Map<number, string | null>();
    await mapLimit(ownerPids, CONCURRENCY, async (pid) => {
      names.set(pid, await processName(ctx, pid));
    });
    const sockets: SocketInfo[] = raw.sort(compareSockets).map((s) => {
      const pid = s.inode === 0 ? null : (owners.get(s.inode) ?? null);
      return { ...s, pid, process: pid === null ? null : (names.get(pid) ?? null) };
    });
    const ownerless = sockets.some((s) => s.inode !== 0 && s.pid === null);
    if (ownerless && unreadable.length > 0) {
      const sample = unreadable.slice(0, 10).join(', ');
      ctx.gap(
        '/proc/[pid]/fd',
        'permission-denied',
        `open files of ${unreadable.length} process(es) unreadable, so some sockets have no known owner (pid ${sample}${unreadable.length > 10 ? ', …' : ''})`,
        'owner',
      );
    }
    return { sockets };
  },
});
