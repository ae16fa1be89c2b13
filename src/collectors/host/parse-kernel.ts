/**
 * Hostname and kernel identity from /etc/hostname and /proc. Pure.
 */

/** /etc/hostname: the first line that is neither blank nor a comment, trimmed. */
export function parseHostname(text: string): string | null {
  for (const raw of text.split(/\r?\n/)) {
    const t = raw.replace(/#.*$/, '').trim();
    if (t !== '') return t;
  }
  return null;
}

/** A single-value /proc file (/proc/sys/kernel/osrelease, …/version): its trimmed first line. */
export function parseProcValue(text: string): string | null {
  const first = text.split('\n', 1)[0]!.trim();
  return first === '' ? null : first;
}

/**
 * /proc/version: "Linux version RELEASE (builder@host) (compiler …) #1 SMP … (date)".
 * The compiler part nests parentheses, so the version is taken from the first " #" on.
 */
export function parseProcVersion(text: string): { release: string | null; version: string | null } {
  const first = text.split('\n', 1)[0]!.trim();
  const m = /^Linux version (\S+)/.exec(first);
  if (!m) return { release: null, version: null };
  const hash = first.indexOf(' #');
  return { release: m[1]!, version: hash >= 0 ? first.slice(hash + 1).trim() : null };
}
