import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedEval } from '../../../test/shared-eval.ts';
import { findSecrets, isDocumentationPath } from '../../secrets/find.ts';
import { TextChunker } from '../../walk/decode.ts';
import type { FileInfo } from '../detector.ts';
import { EXPOSED_SCORE, secretsDetector } from './secrets.detector.ts';

function info(p: string, mode: number, webRoot: string | null = null): FileInfo {
  return { path: p, size: 100, mode: 0o100000 | mode, uid: 0, mtimeMs: 0, webRoot };
}

const AK = 'LTAI5tQ7xK2mN8pR4vW9yZ3b';

describe('secretsDetector', () => {
  it('scores exposure from the web root and the file mode, and masks the value', () => {
    const text = `ak=${AK}\n`;
    const score = (file: FileInfo) => secretsDetector.scan(text, file, 1)[0]?.score;
    expect(score(info('/var/www/html/.env', 0o600, '/var/www/html'))).toBe(1);
    expect(score(info('/opt/app/.env', 0o644))).toBe(0.9);
    expect(score(info('/opt/app/.env', 0o640))).toBe(EXPOSED_SCORE);
    expect(score(info('/opt/app/.env', 0o600))).toBeLessThan(EXPOSED_SCORE);
    const [d] = secretsDetector.scan(text, info('/opt/app/.env', 0o644), 1);
    expect(d?.excerpt).toBe('LTAI****…3b');
    expect(JSON.stringify(d)).not.toContain(AK);
  });

  it('treats an owner-only key in ~/.ssh as in place, a world-readable one as exposed', () => {
    const key = `-----BEGIN OPENSSH PRIVATE KEY-----\n${Buffer.from('openssh-key-v1\0\0\0\0\x04none' + 'x'.repeat(40), 'latin1').toString('base64')}\n-----END OPENSSH PRIVATE KEY-----\n`;
    expect(secretsDetector.scan(key, info('/root/.ssh/id_ed25519', 0o600), 1)[0]?.score).toBeLessThan(
      EXPOSED_SCORE,
    );
    expect(
      secretsDetector.scan(key, info('/root/.ssh/id_ed25519', 0o644), 1)[0]?.score,
    ).toBeGreaterThanOrEqual(EXPOSED_SCORE);
  });

  it('wants text files, not binaries, docs or examples', () => {
    expect(secretsDetector.wants(info('/srv/app/.env', 0o644), Buffer.alloc(0))).toBe(true);
    expect(secretsDetector.wants({ ...info('/srv/app/a.bin', 0o644), binary: true }, Buffer.alloc(0))).toBe(
      false,
    );
    expect(secretsDetector.wants(info('/srv/app/.env.example', 0o644), Buffer.alloc(0))).toBe(false);
    expect(secretsDetector.wants(info('/srv/app/README.md', 0o644), Buffer.alloc(0))).toBe(false);
  });

  it('every literal keyword is in each detection it makes (the engine pre-filter contract)', () => {
    const text = `a=${AK}\nmysql://u:Pw9xQ2z@h/d\nDB_PASSWORD=Hq8Xk2Lm9\n`;
    const kw = secretsDetector.keywords ?? [];
    for (const line of text.split('\n').filter(Boolean)) {
      expect(findSecrets(line).length).toBe(1);
      expect(kw.some((k) => line.includes(k))).toBe(true);
    }
  });
});

interface EvalCase {
  name: string;
  input: string;
  expected: { rule: string; line: number }[];
}

/**
 * Where we differ from Trivy's expectation, on purpose. Trivy treats a file with invalid UTF-8 as binary
 * and skips it; hegui decodes non-UTF-8 text as GB18030 (Chinese servers) and so finds the well-formed
 * GitHub token on its first line.
 */
const KNOWN_DIFFERENCES: Record<string, string[]> = { 'invalid-utf8.txt': ['github-pat:1'] };

describe('Trivy secret test data (../shared/eval/trivy-secrets)', () => {
  const dir = sharedEval('trivy-secrets');
  const cases = (JSON.parse(readFileSync(path.join(dir, 'EXPECTED.json'), 'utf8')) as { cases: EvalCase[] })
    .cases;

  /** As the engine would: decode (UTF-8, else GB18030), skip unwanted files, run findSecrets (public keys too). */
  function detect(input: string): string[] {
    const bytes = readFileSync(path.join(dir, input));
    if (isDocumentationPath(input) || !secretsDetector.wants(info(`/srv/${input}`, 0o644), bytes)) return [];
    const chunker = new TextChunker({ binary: false });
    const chunks = [...chunker.push(bytes), ...chunker.end()];
    return chunks
      .flatMap((c) => findSecrets(c.text, c.firstLine))
      .filter((f) => f.protection !== 'encrypted')
      .map((f) => `${f.rule}:${f.line}`)
      .sort();
  }

  it('finds every expected secret at its line and nothing in the negative cases', () => {
    const rows: string[] = [];
    let agree = 0;
    for (const c of cases) {
      const want = c.expected
        .filter((e) => e.rule !== 'rule1')
        .map((e) => `${e.rule}:${e.line}`)
        .sort();
      const got = detect(c.input);
      const ok = JSON.stringify(got) === JSON.stringify(want);
      if (ok) agree++;
      rows.push(
        `${ok ? 'ok  ' : 'DIFF'} ${c.input.padEnd(42)} want [${want.join(' ')}] got [${got.join(' ')}]`,
      );
      expect(got, c.name).toEqual(KNOWN_DIFFERENCES[c.input] ?? want);
    }
    console.log(`trivy-secrets: ${agree}/${cases.length} cases agree\n${rows.join('\n')}`);
    expect(agree).toBe(cases.length - Object.keys(KNOWN_DIFFERENCES).length);
  });
});
