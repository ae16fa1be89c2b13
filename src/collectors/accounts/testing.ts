/**
 * Test helpers for collectors in this slice: run one collector over a HostRoot whose reads of chosen
 * paths fail with EACCES. Tests run as root in CI containers, where chmod 000 denies nothing, so a
 * denial is simulated at the HostRoot seam instead.
 */
import type { Collector } from '../../core/collector.ts';
import { createContext } from '../../core/collector.ts';
import type { Gap, SectionName, Sections } from '../../core/evidence.ts';
import { openRoot, type Failure, type HostRoot } from '../../host/root.ts';

const DENIED: Failure = { ok: false, missing: false, reason: 'permission-denied', detail: 'EACCES' };

export async function denyingRoot(dir: string, denied: readonly string[]): Promise<HostRoot> {
  const real = await openRoot(dir);
  const deny = (p: string) => denied.includes(p);
  return {
    dir: real.dir,
    live: real.live,
    readText: (p, o) => (deny(p) ? Promise.resolve(DENIED) : real.readText(p, o)),
    readBytes: (p, o) => (deny(p) ? Promise.resolve(DENIED) : real.readBytes(p, o)),
    list: (p) => (deny(p) ? Promise.resolve(DENIED) : real.list(p)),
    readLink: (p) => real.readLink(p),
    stat: (p) => real.stat(p),
  };
}

export async function collectWith<S extends SectionName>(
  collector: Collector<S>,
  root: HostRoot,
): Promise<{ section: Sections[S]; gaps: Gap[] }> {
  const gaps: Gap[] = [];
  const section = await collector.collect(createContext(collector.section, root, undefined, gaps));
  return { section, gaps };
}
