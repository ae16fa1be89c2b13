import type { Io } from './io.ts';
import type { Options } from './options.ts';

export interface Command {
  name: string;
  usage: string;
  description: string;
  /** Returns the exit status. Coded errors are thrown as HeguiError. */
  run(positionals: string[], options: Readonly<Options>, io: Io): Promise<number>;
}

export function defineCommand(command: Command): Command {
  return command;
}
