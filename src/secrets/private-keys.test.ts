import { describe, expect, it } from 'vitest';
import { findPrivateKeys } from './private-keys.ts';

const BODY =
  'MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\nKUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQ==';

function pem(label: string, body: string, headers = ''): string {
  return `-----BEGIN ${label}-----\n${headers}${body}\n-----END ${label}-----\n`;
}

function opensshBody(cipher: string): string {
  const magic = Buffer.from('openssh-key-v1\0', 'latin1');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(cipher.length);
  return Buffer.concat([magic, len, Buffer.from(cipher), Buffer.alloc(40, 7)]).toString('base64');
}

describe('findPrivateKeys', () => {
  it.each([
    ['RSA PRIVATE KEY', pem('RSA PRIVATE KEY', BODY), 'plaintext'],
    ['EC PRIVATE KEY', pem('EC PRIVATE KEY', BODY), 'plaintext'],
    ['DSA PRIVATE KEY', pem('DSA PRIVATE KEY', BODY), 'plaintext'],
    ['PRIVATE KEY', pem('PRIVATE KEY', BODY), 'plaintext'],
    ['ENCRYPTED PRIVATE KEY', pem('ENCRYPTED PRIVATE KEY', BODY), 'encrypted'],
    [
      'RSA PRIVATE KEY',
      pem('RSA PRIVATE KEY', BODY, 'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F17F5316E2BAC89\n\n'),
      'encrypted',
    ],
    ['OPENSSH PRIVATE KEY', pem('OPENSSH PRIVATE KEY', opensshBody('none')), 'plaintext'],
    ['OPENSSH PRIVATE KEY', pem('OPENSSH PRIVATE KEY', opensshBody('aes256-ctr')), 'encrypted'],
    ['PGP PRIVATE KEY BLOCK', pem('PGP PRIVATE KEY BLOCK', BODY, 'Version: GnuPG v2\n\n'), 'unknown'],
  ])('%s → %s', (label, text, protection) => {
    const [block] = findPrivateKeys(text);
    expect(block?.label).toBe(label);
    expect(block?.protection).toBe(protection);
  });

  it('finds a key in a JSON string with escaped line ends, and reports its body line', () => {
    const json = JSON.stringify({ private_key: pem('PRIVATE KEY', BODY) });
    expect(findPrivateKeys(json)).toHaveLength(1);
    const text = `x\n${pem('RSA PRIVATE KEY', BODY)}`;
    expect(text.slice(0, findPrivateKeys(text)[0]?.start).split('\n').length).toBe(3);
  });

  it('ignores empty blocks, public keys and unterminated blocks', () => {
    expect(findPrivateKeys('-----BEGIN RSA PRIVATE KEY----- -----END RSA PRIVATE KEY-----')).toEqual([]);
    expect(findPrivateKeys(pem('PUBLIC KEY', BODY))).toEqual([]);
    expect(findPrivateKeys(`-----BEGIN RSA PRIVATE KEY-----\n${BODY}\n`)).toEqual([]);
  });

  it('reads PuTTY key files', () => {
    const ppk = (enc: string) =>
      `PuTTY-User-Key-File-2: ssh-rsa\nEncryption: ${enc}\nComment: k\nPrivate-Lines: 1\nAAAA\n`;
    expect(findPrivateKeys(ppk('none'))[0]?.protection).toBe('plaintext');
    expect(findPrivateKeys(ppk('aes256-cbc'))[0]?.protection).toBe('encrypted');
  });
});
