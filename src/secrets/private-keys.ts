/**
 * Private-key blocks: PEM (PKCS#1 RSA, SEC1 EC, DSA, PKCS#8, encrypted PKCS#8), OpenSSH, PGP private
 * key blocks and PuTTY key files, in files or inside JSON strings (`\n` escapes). A block is protected
 * when the key itself is encrypted (PEM `Proc-Type: 4,ENCRYPTED`, `ENCRYPTED PRIVATE KEY`, an OpenSSH
 * key whose cipher is not `none`, a PuTTY key whose encryption is not `none`); PGP secret keys are
 * usually passphrase-protected but that cannot be told without parsing packets, so they are `unknown`.
 */

export type Protection = 'plaintext' | 'encrypted' | 'unknown';

export interface PrivateKeyBlock {
  /** The key type as written in the armour ("RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "PuTTY"). */
  label: string;
  /** Offset of the first character of the key body (Trivy reports that line too). */
  start: number;
  end: number;
  /** The body's first and last characters, for the mask. */
  body: string;
  protection: Protection;
}

const BEGIN_RE = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |SSH2 )?PRIVATE KEY(?: BLOCK)?)-----/g;
/** The armour lines, as patterns (what `npm run bench` gives ripgrep for private keys). */
export const PRIVATE_KEY_PATTERNS = [
  { id: 'private-key', title: 'Private key block', regex: BEGIN_RE.source, keywords: ['PRIVATE KEY'] },
  {
    id: 'putty-private-key',
    title: 'PuTTY private key file',
    regex: String.raw`PuTTY-User-Key-File-\d: [\w-]+`,
    keywords: ['PuTTY-User-Key-File'],
  },
] as const;

/** Longest body looked at (an RSA-16384 key is about 12 KiB of base64). */
const MAX_BODY = 64 * 1024;
/** Shortest body that can be a key (a toy RSA-128 key in hex is 32 characters). */
const MIN_BODY = 24;

/** Base64 of "openssh-key-v1\0" followed by the cipher name's length: the body of an OpenSSH key. */
function opensshCipher(body: string): string | undefined {
  try {
    const bytes = Buffer.from(body.slice(0, 200), 'base64');
    const magic = 'openssh-key-v1\0';
    if (bytes.toString('latin1', 0, magic.length) !== magic) return undefined;
    const len = bytes.readUInt32BE(magic.length);
    if (len > 64) return undefined;
    return bytes.toString('latin1', magic.length + 4, magic.length + 4 + len);
  } catch {
    return undefined;
  }
}

function bodyOf(raw: string): string {
  // Drop PEM headers (Proc-Type:, DEK-Info:, PGP Version:) and escaped or real line ends.
  return raw
    .replace(/\\[nr]/g, '\n')
    .split('\n')
    .filter((l) => !/^[A-Za-z-]+:\s/.test(l.trim()))
    .join('')
    .replace(/[\s"',]/g, '');
}

export function findPrivateKeys(text: string): PrivateKeyBlock[] {
  const out: PrivateKeyBlock[] = [];
  BEGIN_RE.lastIndex = 0;
  for (let m = BEGIN_RE.exec(text); m; m = BEGIN_RE.exec(text)) {
    const label = m[1] ?? 'PRIVATE KEY';
    const bodyStart = m.index + m[0].length;
    const endMarker = `-----END ${label}-----`;
    const endAt = text.indexOf(endMarker, bodyStart);
    if (endAt < 0 || endAt - bodyStart > MAX_BODY) continue;
    const raw = text.slice(bodyStart, endAt);
    const body = bodyOf(raw);
    if (body.length < MIN_BODY || !/^[A-Za-z0-9+/=]+$/.test(body.replace(/=[A-Za-z0-9+/]{4}$/, ''))) {
      BEGIN_RE.lastIndex = endAt + endMarker.length;
      continue;
    }
    // The body starts at its first non-blank character (after a line end or a `\n` escape).
    const lead = /^(?:\s|\\[nr])*/.exec(raw)?.[0].length ?? 0;
    let protection: Protection = 'plaintext';
    if (label.startsWith('ENCRYPTED') || /Proc-Type:\s*4,ENCRYPTED/.test(raw)) protection = 'encrypted';
    else if (label.startsWith('PGP')) protection = 'unknown';
    else if (label.startsWith('OPENSSH')) {
      const cipher = opensshCipher(body);
      if (cipher !== undefined && cipher !== 'none') protection = 'encrypted';
    }
    out.push({ label, start: bodyStart + lead, end: endAt + endMarker.length, body, protection });
    BEGIN_RE.lastIndex = endAt + endMarker.length;
  }
  // PuTTY .ppk: "PuTTY-User-Key-File-2: ssh-rsa" then "Encryption: none|aes256-cbc".
  const putty = /PuTTY-User-Key-File-\d: ([\w-]+)\r?\nEncryption: ([\w-]+)/g;
  for (let m = putty.exec(text); m; m = putty.exec(text)) {
    const priv = text.indexOf('Private-Lines:', m.index);
    const body = priv >= 0 ? text.slice(priv, priv + 80) : m[0];
    out.push({
      label: 'PuTTY',
      start: m.index,
      end: m.index + m[0].length,
      body: body.replace(/\s/g, ''),
      protection: m[2] === 'none' ? 'plaintext' : 'encrypted',
    });
  }
  return out;
}
