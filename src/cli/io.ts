import { writeFile } from 'node:fs/promises';
import { HeguiError } from '../core/errors.ts';

/** The narrow outside world of the CLI, so that commands run in process in tests. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** stderr is a terminal (progress lines go there); absent: no. */
  stderrIsTTY?: boolean;
  /** Standard input, for interactive commands (`assess use`); absent: there is none. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  env: NodeJS.ProcessEnv;
  clock: () => Date;
}

export async function emit(io: Io, output: string | undefined, text: string): Promise<void> {
  if (output === undefined || output === '-') {
    io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  try {
    await writeFile(output, text);
  } catch (error) {
    throw new HeguiError('HEGUI_E_OUTPUT', `cannot write ${output}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
