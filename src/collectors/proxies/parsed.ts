/** Shared shapes and helpers of the proxy configuration parsers (pure). */
import { at } from '../../core/collector.ts';
import type { FileLine } from '../../core/evidence.ts';
import type { ProxyConfig, ProxyKind, ProxyListener, ProxyRole } from './proxies.types.ts';

/** What a parser returns for one file: the configuration without how it was found. */
export type ParsedConfig = Omit<ProxyConfig, 'foundBy' | 'files'> & { files?: string[] };

/** A parser's answer: a configuration, nothing (the file is not this kind of proxy), or a syntax error. */
export type ParseResult =
  | { config: ParsedConfig; error?: undefined }
  | { config?: undefined; error?: undefined }
  | { config?: undefined; error: { line: number; detail: string } };

export function emptyConfig(kind: ProxyKind, role: ProxyRole, path: string): ParsedConfig {
  return { kind, role, path, listeners: [], upstream: null, forwards: [], peers: null };
}

/** Strip IPv6 brackets and surrounding space; '' and '*' become null (every address). */
export function normaliseAddress(address: string | null | undefined): string | null {
  if (address === null || address === undefined) return null;
  const a = address.trim().replace(/^\[(.*)\]$/, '$1');
  return a === '' || a === '*' ? null : a;
}

/** Loopback: 127.0.0.0/8, ::1, localhost, the loopback interface. */
export function isLoopbackAddress(address: string | null): boolean {
  if (address === null) return false;
  const a = address.toLowerCase().replace(/^::ffff:/, '');
  return a.startsWith('127.') || a === '::1' || a === 'localhost' || a === 'lo' || a === 'ip6-localhost';
}

/** Every address: null, 0.0.0.0, ::, ::0, [::]. */
export function isWildcardAddress(address: string | null): boolean {
  if (address === null) return true;
  return /^(?:0\.0\.0\.0|::0?|0:0:0:0:0:0:0:0)$/.test(address);
}

export function validPort(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 65535;
}

/** A source list that lets in the whole internet (0.0.0.0/0, ::/0, all, any). */
export function isAnySource(source: string): boolean {
  return /^(?:0\.0\.0\.0\/0|0\/0|::\/0|all|any|\*|0\.0\.0\.0)$/i.test(source.trim());
}

export function compareListeners(a: ProxyListener, b: ProxyListener): number {
  return (
    a.port - b.port ||
    (a.transport < b.transport ? -1 : a.transport > b.transport ? 1 : 0) ||
    ((a.address ?? '') < (b.address ?? '') ? -1 : (a.address ?? '') > (b.address ?? '') ? 1 : 0) ||
    (a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : 0)
  );
}

export function finish(config: ParsedConfig): { config: ParsedConfig; error?: undefined } {
  config.listeners.sort(compareListeners);
  config.forwards.sort(
    (a, b) => a.where.path.localeCompare(b.where.path) || (a.where.line ?? 0) - (b.where.line ?? 0),
  );
  return { config };
}

export { at };
export type { FileLine };
