/**
 * Test helper of the byte parsers: feeds `bytes` to a parser cut at the given offsets (in any order),
 * then ends it, so that every test splits input the same way.
 */
export function feedCut(
  parser: { push(chunk: Uint8Array): void; end(): void },
  bytes: Uint8Array,
  cuts: readonly number[],
): void {
  let last = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    parser.push(bytes.subarray(last, c));
    last = c;
  }
  parser.push(bytes.subarray(last));
  parser.end();
}
