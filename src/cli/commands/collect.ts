import { writeBundle } from '../../core/bundle.ts';
import { HeguiError } from '../../core/errors.ts';
import { collectFor } from '../content.ts';
import { defineCommand } from '../command.ts';
import { emit } from '../io.ts';

export const collectCommand = defineCommand({
  name: 'collect',
  usage: 'collect [--root DIR] --output FILE',
  description: 'collect the evidence bundle once, without evaluating',
  async run(positionals, options, io) {
    if (positionals.length > 0)
      throw new HeguiError('HEGUI_E_USAGE', `collect takes no arguments (got "${positionals.join(' ')}")`);
    const bundle = await collectFor(options, io);
    await emit(io, options.output, writeBundle(bundle));
    if (!options.quiet && options.output !== undefined) {
      const n = Object.keys(bundle.sections).length;
      io.stderr(`hegui: wrote ${n} sections and ${bundle.gaps.length} gaps to ${options.output}\n`);
    }
    return 0;
  },
});
