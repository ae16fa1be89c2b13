import { describe, expect, it } from 'vitest';
import {
  decodeKeyBlob,
  fingerprintOf,
  optionNames,
  parseAuthorizedKeys,
  splitOptions,
} from './parse-authorized-keys.ts';

// Public keys generated with ssh-keygen for these tests; fingerprints as `ssh-keygen -lf` printed them.
const ED = 'AAAAC3NzaC1lZDI1NTE5AAAAIKuw6oAfB/0ljA+RybPhKvbPEoWPzmWid4UOcItaOXDy';
const ED_FP = 'SHA256:WU6CCbQhAPjh2dFXTr1tb/r8gnDZtJpP/JeDa5m/eRc';
const RSA =
  'AAAAB3NzaC1yc2EAAAADAQABAAABAQCy9p+n5OIjvD4JQW5WzrfkMFeDAQyB5lMLv1KYKnAMshRebEBvm0Fhvu/dPGUiWb0MKeKdTRRIDoz9d58fyY8ZCoZF2S9OexYeWmyv7YY6X7vDxCADogvFg43LHEHqsIMlHmSKXD0KKjzNbkouTJibBa9mmAlQSq0iOazi95u4T/LeVBPnknVEYc8aomWMWJLMaMoQZykHuyUIZOWnWkpu9wNN93DJ2N0rMhXiS2rnHn+BBjJG8twLipOmBQ7WIUCqFp4KZDJPljeFydI0Bj2QLPi9L+0RjMmW8KjApIQ0ZMvocG8vFo1M0ARyG2Jgl+DyvQXhiFVtvhsuE/uh1OBB';
const RSA_FP = 'SHA256:RCJgperriq49PPrgJpOees8eLZj7k2s622D9uSKN+wg';
const EC =
  'AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBAf5tIk7rTUaojHJQ77XoNQEsimQOTruEKuVgzJi7QD2xwhdSKdoxT2b+ml00EDq0sHXxBvcX0S+FXeX9XTt/sk=';
const EC_FP = 'SHA256:7efNwWo847VliG15VC7JNaQTDfTNY1Ml4RW4nIhjNwA';
const P = '/root/.ssh/authorized_keys';

describe('fingerprintOf / decodeKeyBlob', () => {
  it.each([
    ['ssh-ed25519', ED, ED_FP],
    ['ssh-rsa', RSA, RSA_FP],
    ['ecdsa-sha2-nistp256', EC, EC_FP],
  ])('%s matches ssh-keygen -lf', (type, b64, fp) => {
    const blob = decodeKeyBlob(type, b64);
    expect(blob).toBeDefined();
    expect(fingerprintOf(blob!)).toBe(fp);
  });

  it.each([
    ['type not in blob', 'ssh-rsa', ED],
    ['not base64', 'ssh-ed25519', 'AAAA!!!!'],
    ['too short', 'ssh-ed25519', 'AAA='],
    ['length past end', 'ssh-ed25519', 'AAAA/w=='],
    ['bad type token', 'ssh ed25519', ED],
  ])('rejects %s', (_label, type, b64) => {
    expect(decodeKeyBlob(type, b64)).toBeUndefined();
  });
});

describe('splitOptions / optionNames', () => {
  it('keeps quoted commas and spaces inside the options field', () => {
    const line = `from="10.0.0.0/8,192.168.1.1",command="echo \\"a b\\", c",no-pty ssh-ed25519 ${ED} c`;
    const split = splitOptions(line);
    expect(split?.options).toBe('from="10.0.0.0/8,192.168.1.1",command="echo \\"a b\\", c",no-pty');
    expect(split?.rest).toBe(`ssh-ed25519 ${ED} c`);
    expect(optionNames(split!.options)).toEqual(['from', 'command', 'no-pty']);
  });

  it('reads option names case-insensitively', () => {
    expect(optionNames('Restrict,PTY,Environment="A=1"')).toEqual(['restrict', 'pty', 'environment']);
  });
});

describe('parseAuthorizedKeys', () => {
  it('reads plain keys, keys with options, comments with spaces; skips junk', () => {
    const text = [
      '# comment',
      `ssh-ed25519 ${ED} alice@laptop`,
      '',
      `from="10.0.0.0/8",command="/usr/bin/backup --a, --b" ssh-rsa ${RSA} deploy key 2024`,
      'not a key',
      `ssh-rsa ${ED} wrong type`,
      `ecdsa-sha2-nistp256 ${EC}`,
      `  restrict ssh-ed25519 ${ED}   spaced   comment  `,
    ].join('\n');
    expect(parseAuthorizedKeys(text, P)).toEqual([
      {
        type: 'ssh-ed25519',
        fingerprint: ED_FP,
        comment: 'alice@laptop',
        options: '',
        optionNames: [],
        where: { path: P, line: 2 },
      },
      {
        type: 'ssh-rsa',
        fingerprint: RSA_FP,
        comment: 'deploy key 2024',
        options: 'from="10.0.0.0/8",command="/usr/bin/backup --a, --b"',
        optionNames: ['from', 'command'],
        where: { path: P, line: 4 },
      },
      {
        type: 'ecdsa-sha2-nistp256',
        fingerprint: EC_FP,
        comment: '',
        options: '',
        optionNames: [],
        where: { path: P, line: 7 },
      },
      {
        type: 'ssh-ed25519',
        fingerprint: ED_FP,
        comment: 'spaced   comment',
        options: 'restrict',
        optionNames: ['restrict'],
        where: { path: P, line: 8 },
      },
    ]);
  });

  it('never keeps the key blob', () => {
    expect(JSON.stringify(parseAuthorizedKeys(`ssh-rsa ${RSA} x\n`, P))).not.toContain(RSA.slice(20, 60));
  });
});
