import type { Where } from './evidence.ts';

function key(w: Where): string {
  if ('path' in w) return `0 ${w.path} ${String(w.line ?? 0).padStart(9, '0')}`;
  if ('pid' in w && 'command' in w) return `1 ${String(w.pid).padStart(9, '0')}`;
  return `2 ${w.socket}`;
}

export function compareWhere(a: readonly Where[], b: readonly Where[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ka = key(a[i]!);
    const kb = key(b[i]!);
    if (ka !== kb) return ka < kb ? -1 : 1;
  }
  return a.length - b.length;
}

export function formatWhere(w: Where): string {
  if ('path' in w) return w.line === undefined ? w.path : `${w.path}:${w.line}`;
  if ('command' in w) return `pid ${w.pid} (${w.command})`;
  return w.pid === undefined ? w.socket : `${w.socket} (pid ${w.pid})`;
}
