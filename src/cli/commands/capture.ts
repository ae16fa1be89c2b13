/**
 * `hegui capture` (CONTRACT §5): make, verify and hand over an evidence capture. The logic is in
 * src/capture/; the custody design is explained in src/capture/verify.ts.
 */
import { userInfo } from 'node:os';
import { checkOutput, createCapture, DEFAULT_FILE_CAP, DEFAULT_TOTAL_CAP } from '../../capture/capture.ts';
import { recordCustody, verifyCapture, type VerifyResult } from '../../capture/verify.ts';
import { HeguiError } from '../../core/errors.ts';
import { collectFor } from '../content.ts';
import { defineCommand, type CommandFlags } from '../command.ts';
import type { Io } from '../io.ts';

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "64M", "512k", "1G", "1000" → bytes. */
export function parseSize(value: string, flag: string): number {
  const m = /^(\d+)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  const bytes = m ? Number(m[1]) * UNITS[m[2]!.toLowerCase()]! : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0)
    throw new HeguiError('HEGUI_E_USAGE', `--${flag} takes a size such as 64M, 512k or 1G (got "${value}")`);
  return bytes;
}

function str(flags: CommandFlags, name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}

function who(flags: CommandFlags, io: Io): string {
  const by = str(flags, 'by');
  if (by !== undefined && by.trim() !== '') return by.trim();
  try {
    return io.env.SUDO_USER ?? io.env.USER ?? userInfo().username;
  } catch {
    return 'unknown';
  }
}

function format(flags: CommandFlags): 'text' | 'json' {
  return str(flags, 'format') === 'json' ? 'json' : 'text';
}

function renderVerify(result: VerifyResult, head: string | undefined): string {
  const lines: string[] = [`capture: ${result.file}`];
  lines.push(`manifest: sha256 ${result.manifestSha256 ?? '(missing)'}`);
  if (result.manifest) {
    const m = result.manifest;
    lines.push(
      `collected: ${m.collectedAt.utc} (${m.collectedAt.shanghai}) on ${m.host.hostname ?? '?'} by hegui ${m.tool.version}`,
    );
  }
  lines.push(`items checked: ${result.itemsChecked}`);
  for (const p of result.problems) {
    const hashes =
      p.expected !== undefined || p.actual !== undefined
        ? ` (expected ${p.expected ?? '-'}, actual ${p.actual ?? '-'})`
        : '';
    lines.push(`${p.kind.toUpperCase()} ${p.path}: ${p.detail ?? p.kind}${hashes}`);
  }
  lines.push(`custody: ${result.custody.entries.length} entries; head ${head ?? result.custody.head ?? '-'}`);
  for (const e of result.custody.entries)
    lines.push(
      `  ${e.seq}. ${e.at} ${e.action} by ${e.by}${e.to ? ` to ${e.to}` : ''}${e.result ? ` (${e.result})` : ''}`,
    );
  lines.push(
    result.intact
      ? 'result: intact — every item matches the manifest'
      : `result: ALTERED — ${result.problems.length} problem(s)`,
  );
  return `${lines.join('\n')}\n`;
}

function verifyJson(result: VerifyResult, head: string | undefined): string {
  return `${JSON.stringify(
    {
      file: result.file,
      intact: result.intact,
      manifestSha256: result.manifestSha256 ?? null,
      itemsChecked: result.itemsChecked,
      problems: result.problems,
      custody: { entries: result.custody.entries.length, head: head ?? result.custody.head ?? null },
    },
    null,
    2,
  )}\n`;
}

function oneFile(positionals: string[], sub: string): string {
  if (positionals.length !== 1)
    throw new HeguiError(
      'HEGUI_E_USAGE',
      `capture ${sub} takes one capture file (got ${positionals.length})`,
    );
  return positionals[0]!;
}

export const captureCommand = defineCommand({
  name: 'capture',
  usage: 'capture [--root DIR] --output FILE.tar.gz; capture verify FILE; capture export FILE --to DEST',
  description: 'preserve evidence with a SHA-256 manifest; verify it',
  options: {
    force: { type: 'boolean', default: false, description: 'replace an existing output file' },
    'max-file': {
      type: 'string',
      description: `keep at most this much of each file (default ${DEFAULT_FILE_CAP / 1024 / 1024}M; cut files are marked truncated)`,
    },
    'max-total': {
      type: 'string',
      description: `stop copying files beyond this total (default ${DEFAULT_TOTAL_CAP / 1024 / 1024 / 1024}G; the rest are recorded as gaps)`,
    },
    record: {
      type: 'boolean',
      default: false,
      description: 'verify: add a custody entry to the capture (rewrites it, items unchanged)',
    },
    by: {
      type: 'string',
      description: 'who makes the capture, verifies or exports it (custody log; default: the login user)',
    },
    to: { type: 'string', description: 'export: where the copy goes' },
    format: { type: 'string', choices: ['text', 'json'], default: 'text', description: 'verify output' },
  },
  help: [
    'capture [--root DIR] --output FILE.tar.gz [--max-file 64M] [--max-total 1G] [--by NAME] [--force]',
    '    read-only evidence capture: bundle, report, process/socket snapshots, named and standard files, manifest',
    'capture verify FILE [--format json] [--record --by NAME]',
    '    exit 0 when every item matches the manifest, 1 when anything changed, was added or removed',
    'capture export FILE --to DEST --by NAME [--force]',
    '    copy the capture to DEST and record the export in its chain of custody (in both copies)',
  ],
  async run(positionals, options, io, flags) {
    const sub = positionals[0];
    if (sub === 'verify') {
      const file = oneFile(positionals.slice(1), 'verify');
      if (flags.record === true) {
        const { result, head, entry } = await recordCustody(file, { by: who(flags, io), clock: io.clock });
        io.stdout(format(flags) === 'json' ? verifyJson(result, head) : renderVerify(result, head));
        if (format(flags) === 'text')
          io.stdout(
            `recorded: custody entry ${entry.seq} (${entry.action} by ${entry.by}); new head ${head}\n`,
          );
        return result.intact ? 0 : 1;
      }
      const result = await verifyCapture(file);
      io.stdout(format(flags) === 'json' ? verifyJson(result, undefined) : renderVerify(result, undefined));
      return result.intact ? 0 : 1;
    }
    if (sub === 'export') {
      const file = oneFile(positionals.slice(1), 'export');
      const to = str(flags, 'to');
      if (to === undefined) throw new HeguiError('HEGUI_E_USAGE', 'capture export needs --to DEST');
      await checkOutput(to, flags.force === true);
      const { result, head, entry } = await recordCustody(file, {
        by: who(flags, io),
        clock: io.clock,
        to,
        force: flags.force === true,
      });
      io.stdout(format(flags) === 'json' ? verifyJson(result, head) : renderVerify(result, head));
      if (format(flags) === 'text')
        io.stdout(`exported to ${entry.to ?? to}: custody entry ${entry.seq}; new head ${head}\n`);
      return result.intact ? 0 : 1;
    }
    if (positionals.length > 0)
      throw new HeguiError(
        'HEGUI_E_USAGE',
        `unknown capture sub-command "${positionals.join(' ')}" (verify, export)`,
      );
    if (options.output === undefined || options.output === '-')
      throw new HeguiError('HEGUI_E_USAGE', 'capture needs --output FILE.tar.gz');
    const perFileBytes = parseSize(str(flags, 'max-file') ?? String(DEFAULT_FILE_CAP), 'max-file');
    const totalBytes = parseSize(str(flags, 'max-total') ?? String(DEFAULT_TOTAL_CAP), 'max-total');
    await checkOutput(options.output, flags.force === true);
    const bundle = await collectFor(options, io);
    const done = await createCapture({
      bundle,
      output: options.output,
      force: flags.force === true,
      perFileBytes,
      totalBytes,
      lang: options.lang,
      by: who(flags, io),
      clock: io.clock,
    });
    const m = done.manifest;
    const truncated = m.items.filter((i) => i.truncated).length;
    if (!options.quiet)
      io.stderr(
        `hegui: captured ${m.items.length} items (${m.totalBytes} bytes, ${truncated} truncated, ${m.gaps.length} gaps) to ${done.output}\n`,
      );
    io.stdout(`manifest sha256 ${done.manifestSha256}\ncustody head ${done.custodyHead}\n`);
    return 0;
  },
});
