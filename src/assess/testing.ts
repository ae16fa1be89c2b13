/** Test helper: run `hegui …` in process with a fixed clock, capturing stdout and stderr. */
import { main } from '../cli/main.ts';
import type { Io } from '../cli/io.ts';

export async function runHegui(
  args: string[],
  extra: Partial<Io> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
    env: { LANG: 'C.UTF-8' },
    clock: () => new Date('2026-11-23T10:00:00.000Z'),
    ...extra,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
