/** The registry of `hegui assess` sub-commands (explicit, like the check registry). */
import type { CommandFlags, CommandOption } from '../cli/command.ts';
import type { Io } from '../cli/io.ts';
import type { Options } from '../cli/options.ts';
import { crossBorderSubcommand } from './cross-border/command.ts';
import { classifySubcommand } from './classify/command.ts';
import { licencesSubcommand } from './licences/command.ts';
import { providerSubcommand } from './provider/command.ts';
import { useSubcommand } from './use/command.ts';

export interface Subcommand {
  name: string;
  usage: string;
  description: string;
  /** Flags this sub-command reads; merged into `assess`'s options (names must not clash with a different meaning). */
  options: Readonly<Record<string, CommandOption>>;
  run(positionals: string[], options: Readonly<Options>, io: Io, flags: CommandFlags): Promise<number>;
}

/** Options several sub-commands share; each sub-command refuses the formats it cannot write. */
export const SHARED_OPTIONS: Readonly<Record<string, CommandOption>> = {
  format: {
    type: 'string',
    choices: ['text', 'json', 'html', 'md', 'csv', 'xlsx'],
    default: 'text',
    description: 'output format (each sub-command lists the ones it writes)',
  },
};

export const SUBCOMMANDS: readonly Subcommand[] = [
  useSubcommand,
  crossBorderSubcommand,
  licencesSubcommand,
  providerSubcommand,
  classifySubcommand,
];
