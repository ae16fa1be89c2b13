/**
 * Outbound connections to mining-pool ports: a pure function over the sockets section.
 *
 * - Only ESTABLISHED TCP sockets whose local port is not one this host listens on (an inbound client
 *   whose ephemeral port happens to be 45560 is not a pool connection) and whose remote end is not loopback
 *   (a local mining proxy is reported by the process check, not here).
 * - A strong pool port (3333, 5555, 14444, …) counts on its own; a weak one (also SMTP, HTTP alternates,
 *   proxies, or in the ephemeral range) counts only when the owning process is a known miner program.
 */
import type { SocketInfo } from '../../../collectors/sockets/sockets.types.ts';
import { NAME_RULES } from '../../processes/process-miner-running/miner-rules.ts';
import { STRONG_POOL_PORTS, WEAK_POOL_PORTS } from '../../../detectors/mining/pools.ts';
import { isLoopback } from '../../network/exposure.ts';

const STRONG = new Set(STRONG_POOL_PORTS);
const WEAK = new Set(WEAK_POOL_PORTS);

export interface PoolConnection {
  socket: SocketInfo;
  strength: 'strong-port' | 'miner-process';
  /** The process is a known miner program by name. */
  minerProcess: boolean;
}

export function isMinerName(name: string | null): boolean {
  if (name === null) return false;
  return NAME_RULES.some((r) => r.weight >= 2 && r.pattern.test(name));
}

export function poolConnections(sockets: readonly SocketInfo[]): PoolConnection[] {
  const listening = new Set(sockets.filter((s) => s.state === 'LISTEN').map((s) => s.localPort));
  const out: PoolConnection[] = [];
  for (const s of sockets) {
    if ((s.proto !== 'tcp' && s.proto !== 'tcp6') || s.state !== 'ESTABLISHED') continue;
    if (listening.has(s.localPort) || isLoopback(s.remoteAddress)) continue;
    const minerProcess = isMinerName(s.process);
    if (STRONG.has(s.remotePort)) out.push({ socket: s, strength: 'strong-port', minerProcess });
    else if (WEAK.has(s.remotePort) && minerProcess)
      out.push({ socket: s, strength: 'miner-process', minerProcess });
  }
  return out;
}
