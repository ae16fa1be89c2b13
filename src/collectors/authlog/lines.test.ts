import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createLineSplitter, gunzipChunks } from './lines.ts';

function split(chunks: Buffer[], maxLine?: number) {
  const lines: [number, string][] = [];
  const s = createLineSplitter((text, line) => lines.push([line, text]), maxLine);
  for (const c of chunks) s.push(c);
  s.end();
  return { lines, stats: s.stats };
}

describe('createLineSplitter', () => {
  it('numbers lines across chunk boundaries, with or without a final newline, and drops CR', () => {
    const { lines, stats } = split([Buffer.from('one\r\ntw'), Buffer.from('o\n\nthr'), Buffer.from('ee')]);
    expect(lines).toEqual([
      [1, 'one'],
      [2, 'two'],
      [4, 'three'],
    ]);
    expect(stats).toEqual({ lines: 4, gb18030Lines: 0, nulLines: 0, overlongLines: 0 });
  });

  it('decodes each line on its own: UTF-8 when valid, GB18030 otherwise', () => {
    const gbk = iconv.encode('Invalid user 管理员 from 192.0.2.1', 'gbk');
    const { lines, stats } = split([Buffer.concat([Buffer.from('用户 ok\n'), gbk, Buffer.from('\n')])]);
    expect(lines).toEqual([
      [1, '用户 ok'],
      [2, 'Invalid user 管理员 from 192.0.2.1'],
    ]);
    expect(stats.gb18030Lines).toBe(1);
  });

  it('never throws on invalid bytes', () => {
    const junk = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0x0a, 0xe2, 0x82]);
    const { lines, stats } = split([junk]);
    expect(lines).toHaveLength(2);
    expect(stats.gb18030Lines).toBe(2);
  });

  it('drops NUL runs (a log after a crash) and skips lines that were only NULs', () => {
    const { lines, stats } = split([Buffer.concat([Buffer.alloc(4096), Buffer.from('\nok\x00\x00 line\n')])]);
    expect(lines).toEqual([[2, 'ok line']]);
    expect(stats.nulLines).toBe(2);
  });

  it('cuts over-long lines and counts them', () => {
    const { lines, stats } = split([Buffer.from(`${'a'.repeat(100)}\nshort\n${'b'.repeat(50)}`)], 10);
    expect(lines).toEqual([
      [1, 'a'.repeat(10)],
      [2, 'short'],
      [3, 'b'.repeat(10)],
    ]);
    expect(stats.overlongLines).toBe(2);
  });
});

describe('gunzipChunks', () => {
  it('streams a multi-member gzip', async () => {
    const gz = Buffer.concat([gzipSync('a\nb\n'), gzipSync('c\n')]);
    const out: Buffer[] = [];
    const result = await gunzipChunks(gz, 1000, (c) => out.push(c));
    expect(result).toEqual({ status: 'ok', bytes: 6 });
    expect(Buffer.concat(out).toString()).toBe('a\nb\nc\n');
  });

  it('stops a gzip bomb at the cap: a 100 KB file expanding to 100 MB', async () => {
    const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    let seen = 0;
    const result = await gunzipChunks(bomb, 1024 * 1024, (c) => (seen += c.length));
    expect(result.status).toBe('too-large');
    expect(result.bytes).toBe(1024 * 1024);
    expect(seen).toBe(1024 * 1024);
  });

  it('reports a truncated gzip, keeping what came before the cut', async () => {
    const text = Array.from({ length: 2000 }, (_, i) => `line ${i} ${'x'.repeat(i % 97)}`).join('\n');
    const gz = gzipSync(text);
    const out: Buffer[] = [];
    const result = await gunzipChunks(gz.subarray(0, Math.floor(gz.length / 2)), 1e9, (c) => out.push(c));
    expect(result.status).toBe('truncated');
    expect(Buffer.concat(out).length).toBe(result.bytes);
  });

  it('reports bytes that are not gzip', async () => {
    const result = await gunzipChunks(Buffer.from('plain text, not gzip'), 1e9, () => undefined);
    expect(result.status).toBe('corrupt');
  });
});
