/**
 * `hegui assess …`: a thin dispatcher; each sub-command lives in src/assess/<name>/command.ts and
 * owns its logic. Options are the union of the sub-commands' flags (each documents which it reads).
 */
import { HeguiError } from '../../core/errors.ts';
import { SHARED_OPTIONS, SUBCOMMANDS } from '../../assess/subcommands.ts';
import { defineCommand } from '../command.ts';

export const assessCommand = defineCommand({
  name: 'assess',
  usage: 'assess use|cross-border|classify|licences|provider …',
  description: 'assess a planned use, a cross-border transfer, data classes, licences, providers',
  options: Object.assign({}, SHARED_OPTIONS, ...SUBCOMMANDS.map((s) => s.options)) as NonNullable<
    Parameters<typeof defineCommand>[0]['options']
  >,
  help: SUBCOMMANDS.map((s) => `  hegui assess ${s.usage.padEnd(50)} ${s.description}`),
  async run(positionals, options, io, flags) {
    const [sub, ...rest] = positionals;
    const found = SUBCOMMANDS.find((s) => s.name === sub);
    if (!found)
      throw new HeguiError(
        'HEGUI_E_USAGE',
        `assess needs one of ${SUBCOMMANDS.map((s) => s.name).join(', ')}${sub === undefined ? '' : ` (not "${sub}")`}`,
      );
    return found.run(rest, options, io, flags);
  },
});
