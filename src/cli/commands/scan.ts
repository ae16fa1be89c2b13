import { CHECKS } from '../../checks/index.ts';
import { readBundle } from '../../core/bundle.ts';
import { SEVERITIES, type Report } from '../../core/finding.ts';
import { evaluate } from '../../core/scan.ts';
import { collectFor } from '../content.ts';
import { HeguiError } from '../../core/errors.ts';
import { renderReport } from '../../report/index.ts';
import { defineCommand } from '../command.ts';
import { emit } from '../io.ts';

export function exitFor(report: Report, failOn: string | undefined): number {
  if (failOn === undefined) return 0;
  const limit = SEVERITIES.indexOf(failOn as (typeof SEVERITIES)[number]);
  return report.findings.some((f) => SEVERITIES.indexOf(f.severity) <= limit) ? 1 : 0;
}

export const scanCommand = defineCommand({
  name: 'scan',
  usage: 'scan [--root DIR | --bundle FILE]',
  description: 'audit this machine (or an image, snapshot or bundle) and print the report',
  async run(positionals, options, io) {
    if (positionals.length > 0)
      throw new HeguiError(
        'HEGUI_E_USAGE',
        `scan takes no arguments (got "${positionals.join(' ')}"); use --root DIR`,
      );
    if (options.bundle !== undefined && options.root !== undefined)
      throw new HeguiError('HEGUI_E_USAGE', '--bundle and --root cannot be combined');
    const startedAt = io.clock().toISOString();
    const bundle =
      options.bundle !== undefined ? await readBundle(options.bundle) : await collectFor(options, io);
    const report = evaluate(bundle, CHECKS, {
      lang: options.lang,
      showSecrets: options.showSecrets,
      startedAt,
      clock: io.clock,
    });
    report.finishedAt = io.clock().toISOString();
    const color = options.color && io.isTTY && options.output === undefined;
    await emit(io, options.output, renderReport(report, options.format, { color }));
    return exitFor(report, options.failOn);
  },
});
