import type { Io } from './io.ts';
import type { Options } from './options.ts';

/** An option that only one command takes (its flags are parsed strictly for that command alone). */
export interface CommandOption {
  type: 'string' | 'boolean';
  description: string;
  choices?: readonly string[];
  default?: string | boolean;
  short?: string;
  /** May be given more than once; the value is then a string[]. */
  multiple?: boolean;
}

export type CommandFlags = Readonly<Record<string, string | boolean | string[] | undefined>>;

export interface Command {
  name: string;
  usage: string;
  description: string;
  /**
   * Options of this command only. A name that is also a global option (e.g. `format` with other
   * choices) replaces the global one for this command: the command reads it from `flags`.
   */
  options?: Readonly<Record<string, CommandOption>>;
  /** Lines printed under the command's usage by `hegui COMMAND --help` (sub-commands, examples). */
  help?: readonly string[];
  /** Returns the exit status. Coded errors are thrown as HeguiError. */
  run(positionals: string[], options: Readonly<Options>, io: Io, flags: CommandFlags): Promise<number>;
}

export function defineCommand(command: Command): Command {
  return command;
}
