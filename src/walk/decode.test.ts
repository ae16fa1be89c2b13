import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { TextChunker, type TextChunk } from './decode.ts';

function run(chunker: TextChunker, parts: Buffer[]): TextChunk[] {
  return [...parts.flatMap((p) => chunker.push(p)), ...chunker.end()];
}

/** Every line of the original must appear in some chunk at the line number the chunk implies. */
function linesSeen(chunks: TextChunk[]): Map<number, string> {
  const seen = new Map<number, string>();
  for (const c of chunks) {
    const lines = c.text.split('\n');
    lines.forEach((text, i) => {
      if (i === lines.length - 1 && text === '') return;
      const n = c.firstLine + i;
      const before = seen.get(n);
      // A line cut at a chunk end is seen partly, then whole (with the overlap): keep the longest.
      if (before === undefined || text.length > before.length) seen.set(n, text);
    });
  }
  return seen;
}

describe('TextChunker', () => {
  const lines = Array.from({ length: 5000 }, (_, i) => `line ${i + 1} ${'x'.repeat(i % 37)}`);
  const text = lines.join('\n') + '\n';

  it('cuts at line ends, overlaps, and numbers every line right, whatever the read sizes', () => {
    for (const readSize of [1, 7, 4096, 100_000]) {
      const bytes = Buffer.from(text);
      const parts: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += readSize) parts.push(bytes.subarray(i, i + readSize));
      const chunks = run(new TextChunker({ binary: false, chunkChars: 10_000, overlapChars: 300 }), parts);
      expect(chunks.length).toBeGreaterThan(5);
      for (const c of chunks.slice(0, -1)) expect(c.text.endsWith('\n')).toBe(true);
      const seen = linesSeen(chunks);
      for (let i = 0; i < lines.length; i++)
        expect(seen.get(i + 1), `line ${i + 1} (read ${readSize})`).toBe(lines[i]);
      // Overlap: each chunk after the first starts with lines the previous one ended with.
      for (let i = 1; i < chunks.length; i++)
        expect(chunks[i]!.firstLine).toBeLessThan(
          chunks[i - 1]!.firstLine + chunks[i - 1]!.text.split('\n').length - 1,
        );
    }
  });

  it('cuts a line longer than a chunk and keeps its tail in the overlap', () => {
    const long = 'a'.repeat(25_000) + 'NEEDLE' + 'b'.repeat(100) + '\nnext\n';
    const chunks = run(new TextChunker({ binary: false, chunkChars: 10_000, overlapChars: 200 }), [
      Buffer.from(long),
    ]);
    expect(chunks.some((c) => c.text.includes('NEEDLE'))).toBe(true);
    expect(chunks.every((c) => c.firstLine === 1 || c.text.startsWith('next') || c.firstLine === 2)).toBe(
      true,
    );
    expect(chunks.at(-1)!.text.endsWith('next\n')).toBe(true);
  });

  it('decodes GB18030 when the start is not UTF-8', () => {
    const chunker = new TextChunker({ binary: false });
    const chunks = run(chunker, [iconv.encode('赌场 下注 百家乐\n第二行\n', 'gb18030')]);
    expect(chunker.encoding).toBe('gb18030');
    expect(chunks.map((c) => c.text).join('')).toBe('赌场 下注 百家乐\n第二行\n');
  });

  it('keeps UTF-8 split across reads intact', () => {
    const bytes = Buffer.from('网络安全法第二十三条\n');
    const chunker = new TextChunker({ binary: false });
    const chunks = run(chunker, [bytes.subarray(0, 4), bytes.subarray(4, 5), bytes.subarray(5)]);
    expect(chunker.encoding).toBe('utf-8');
    expect(chunks.map((c) => c.text).join('')).toBe('网络安全法第二十三条\n');
  });

  it('turns invalid UTF-8 after a valid start into U+FFFD, never an error', () => {
    const chunker = new TextChunker({ binary: false });
    const chunks = run(chunker, [
      Buffer.from('valid start\n'),
      Buffer.from([0x66, 0xff, 0xfe, 0x0a, 0x6f, 0x6b, 0x0a]),
    ]);
    const all = chunks.map((c) => c.text).join('');
    expect(all).toContain('valid start\n');
    expect(all).toContain('\uFFFD');
    expect(all.endsWith('ok\n')).toBe(true);
  });

  it('decodes binary as Latin-1 so ASCII strings between NULs stay whole', () => {
    const bytes = Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0xff]),
      Buffer.from('stratum+tcp://'),
      Buffer.from([0, 0x80]),
    ]);
    const chunker = new TextChunker({ binary: true });
    const chunks = run(chunker, [bytes]);
    expect(chunker.encoding).toBe('latin1');
    expect(chunks[0]!.text).toContain('stratum+tcp://');
    expect(chunks[0]!.text.length).toBe(bytes.length);
  });

  it('yields nothing for an empty file', () => {
    expect(run(new TextChunker({ binary: false }), [])).toEqual([]);
  });
});
