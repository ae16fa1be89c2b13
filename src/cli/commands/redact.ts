import { readFile } from 'node:fs/promises';
import { HeguiError } from '../../core/errors.ts';
import { redactFile, type RedactSummary } from '../../redact/file.ts';
import {
  REDACT_HASHES,
  REDACT_MODES,
  type RedactConfig,
  type RedactHash,
  type RedactMode,
} from '../../redact/values.ts';
import { defineCommand, type CommandFlags } from '../command.ts';
import type { Io } from '../io.ts';

/** Shortest key accepted for pseudonymisation (bytes). */
export const MIN_KEY_BYTES = 16;

function str(flags: CommandFlags, name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}

async function readKey(file: string | undefined): Promise<Buffer> {
  if (file === undefined) {
    throw new HeguiError(
      'HEGUI_E_REDACT_KEY',
      '--mode pseudonymise needs --key-file FILE (the key of the HMAC)',
    );
  }
  let key: Buffer;
  try {
    key = await readFile(file);
  } catch (error) {
    throw new HeguiError('HEGUI_E_REDACT_KEY', `cannot read the key file ${file}`, { cause: error });
  }
  if (key.length < MIN_KEY_BYTES) {
    throw new HeguiError(
      'HEGUI_E_REDACT_KEY',
      `the key file ${file} holds ${key.length} bytes; at least ${MIN_KEY_BYTES} are needed`,
    );
  }
  return key;
}

function render(summary: RedactSummary): string {
  const total = summary.changed.reduce((n, c) => n + c.count, 0);
  const lines = [
    `redacted ${summary.input} → ${summary.output} (${summary.format}, ${summary.encoding}${summary.compressed ? ', gzip' : ''}, ${summary.units} ${summary.format === 'csv' || summary.format === 'tsv' ? 'records' : summary.format === 'json' ? 'document' : 'lines'})`,
    `${total} value(s) replaced${total > 0 ? ':' : ''}`,
    ...summary.changed.map((c) => `  ${c.kind.padEnd(16)} ${c.count}`),
  ];
  if (summary.backup) lines.push(`original kept as ${summary.backup}`);
  return `${lines.join('\n')}\n`;
}

export const redactCommand = defineCommand({
  name: 'redact',
  usage: 'redact PATH --output PATH [--mode mask|pseudonymise|generalise] [--key-file F] [--in-place]',
  description: 'mask, pseudonymise or generalise personal data in a file',
  options: {
    mode: { type: 'string', choices: REDACT_MODES, default: 'mask', description: 'what replaces a value' },
    'key-file': { type: 'string', description: 'pseudonymise: file with the HMAC key (at least 16 bytes)' },
    hash: {
      type: 'string',
      choices: REDACT_HASHES,
      default: 'sha256',
      description: 'pseudonymise: HMAC hash',
    },
    'in-place': { type: 'boolean', description: 'rewrite PATH itself, keeping PATH.hegui-bak' },
    force: { type: 'boolean', description: 'replace an existing --output (or backup)' },
  },
  help: [
    'Input: text and logs, CSV/TSV (columns classified by their header), JSON and NDJSON (by key), and',
    'any of them gzip-compressed (.gz); UTF-8 or GBK/GB18030, kept on output. Streams huge files.',
    'Modes: mask 110101********1234, 138****5678; pseudonymise: keyed HMAC-SHA-256 (or --hash sm3),',
    'the same value and key give the same pseudonym, same shape, never a valid real number;',
    'generalise: birth date → year, address → province and city, IP → /24.',
    'Example: hegui redact users.csv --output users.redacted.csv --mode pseudonymise --key-file redact.key',
  ],
  async run(positionals, options, io: Io, flags) {
    const input = positionals[0];
    if (input === undefined || positionals.length > 1) {
      throw new HeguiError('HEGUI_E_USAGE', 'usage: hegui redact PATH --output PATH');
    }
    const inPlace = flags['in-place'] === true;
    if (inPlace && options.output !== undefined) {
      throw new HeguiError('HEGUI_E_USAGE', '--in-place and --output exclude each other');
    }
    if (!inPlace && (options.output === undefined || options.output === '-')) {
      throw new HeguiError('HEGUI_E_USAGE', 'redact needs --output PATH (or --in-place)');
    }
    const mode = (str(flags, 'mode') ?? 'mask') as RedactMode;
    const config: RedactConfig = { mode };
    if (mode === 'pseudonymise') {
      config.key = await readKey(str(flags, 'key-file'));
      config.hash = (str(flags, 'hash') ?? 'sha256') as RedactHash;
    }
    const summary = await redactFile({
      input,
      ...(options.output !== undefined ? { output: options.output } : {}),
      inPlace,
      force: flags.force === true,
      config,
      now: io.clock(),
    });
    io.stdout(options.format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : render(summary));
    return 0;
  },
});
