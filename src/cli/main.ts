/**
 * hegui's command line (CONTRACT §1). `main` is pure over its Io so that tests run it in process;
 * the bin wrapper only wires it to the process.
 */
import { parseArgs } from 'node:util';
import { HeguiError } from '../core/errors.ts';
import { VERSION } from '../core/version.ts';
import { assessCommand } from './commands/assess.ts';
import { captureCommand } from './commands/capture.ts';
import { checksCommand } from './commands/checks.ts';
import { collectCommand } from './commands/collect.ts';
import { incidentCommand } from './commands/incident.ts';
import { lawCommand } from './commands/law.ts';
import { piiCommand } from './commands/pii.ts';
import { redactCommand } from './commands/redact.ts';
import { scanCommand } from './commands/scan.ts';
import type { Command, CommandOption } from './command.ts';
import type { Io } from './io.ts';
import { OPTIONS, envName, resolveOptions, type OptionName } from './options.ts';

const COMMANDS: readonly Command[] = [
  scanCommand,
  collectCommand,
  checksCommand,
  lawCommand,
  piiCommand,
  redactCommand,
  captureCommand,
  incidentCommand,
  assessCommand,
];

type ParseSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

function parseSpec(specs: Record<string, CommandOption>): ParseSpec {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      {
        type: spec.type,
        ...(spec.short === undefined ? {} : { short: spec.short }),
        ...(spec.multiple === true ? { multiple: true } : {}),
      },
    ]),
  );
}

const GLOBAL_SPEC = parseSpec(OPTIONS);

function optionLines(specs: Record<string, CommandOption>, env: boolean): string[] {
  return Object.entries(specs).map(([name, spec]) => {
    const flag = `${spec.short === undefined ? '    ' : `-${spec.short}, `}--${name}${spec.type === 'string' ? ' VALUE' : ''}`;
    const choices = spec.choices ? ` (${spec.choices.join('|')})` : '';
    return `  ${flag.padEnd(28)} ${spec.description}${choices}${env ? ` [${envName(name)}]` : ''}`;
  });
}

function help(): string {
  const lines = [`hegui ${VERSION} — 合规: audit a Linux server against PRC law`, '', 'Usage:'];
  for (const c of COMMANDS) lines.push(`  ${c.usage.padEnd(44)} ${c.description}`);
  lines.push('', 'Options:', ...optionLines(OPTIONS, true));
  lines.push(
    '',
    'Run `hegui COMMAND --help` for the options of one command.',
    'Exit status: 0 done; 1 a finding reached --fail-on; 2 could not do the job (coded error on stderr).',
  );
  return lines.join('\n');
}

function commandHelp(c: Command): string {
  const lines = [`Usage: hegui ${c.usage}`, '', c.description];
  if (c.help) lines.push('', ...c.help);
  if (c.options) lines.push('', 'Options:', ...optionLines(c.options, false));
  lines.push('', 'Global options: see `hegui --help`.');
  return lines.join('\n');
}

/** The command named by the first positional, found with a lenient parse over every known flag. */
function findCommandName(argv: string[]): string | undefined {
  const all: ParseSpec = { ...GLOBAL_SPEC };
  for (const c of COMMANDS) Object.assign(all, parseSpec(c.options ?? {}));
  try {
    return parseArgs({ args: argv, options: all, allowPositionals: true, strict: false }).positionals[0];
  } catch {
    return argv.find((a) => !a.startsWith('-'));
  }
}

/** Apply a command's defaults and check its choices. */
function commandFlags(
  c: Command,
  values: Record<string, string | boolean | (string | boolean)[] | undefined>,
): Record<string, string | boolean | string[] | undefined> {
  const out: Record<string, string | boolean | string[] | undefined> = {};
  for (const [name, spec] of Object.entries(c.options ?? {})) {
    const value = values[name] ?? spec.default;
    if (spec.choices && value !== undefined) {
      for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v !== 'string' || !spec.choices.includes(v))
          throw new HeguiError(
            'HEGUI_E_USAGE',
            `--${name} must be one of ${spec.choices.join(', ')}, not "${String(v)}"`,
          );
      }
    }
    out[name] = value as string | boolean | string[] | undefined;
  }
  return out;
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const named = findCommandName(argv);
    const chosen = COMMANDS.find((c) => c.name === named);
    const own = chosen?.options ?? {};
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        // Without defaults: an unset flag must stay undefined so that env and config can supply it.
        options: { ...GLOBAL_SPEC, ...parseSpec(own) },
        allowPositionals: true,
        allowNegative: true,
        strict: true,
      });
    } catch (error) {
      throw new HeguiError('HEGUI_E_USAGE', (error as Error).message, { cause: error });
    }
    const values = parsed.values as Record<string, string | boolean | (string | boolean)[] | undefined>;
    const globalFlags: Partial<Record<OptionName, string | boolean>> = {};
    for (const name of Object.keys(OPTIONS) as OptionName[]) {
      // A command's own option of the same name (e.g. its --format choices) replaces the global one.
      if (name in own) continue;
      const value = values[name];
      if (value !== undefined && !Array.isArray(value)) globalFlags[name] = value;
    }
    const options = resolveOptions(globalFlags, io.env);
    const [name, ...rest] = parsed.positionals;
    if (chosen && options.help) {
      io.stdout(`${commandHelp(chosen)}\n`);
      return 0;
    }
    if (options.help || name === 'help') {
      io.stdout(`${help()}\n`);
      return 0;
    }
    if (name === undefined || name === 'version' || name === '--version') {
      if (name === 'version') {
        io.stdout(`${VERSION}\n`);
        return 0;
      }
      throw new HeguiError('HEGUI_E_USAGE', 'no command given (try `hegui scan`)');
    }
    if (!chosen) throw new HeguiError('HEGUI_E_USAGE', `unknown command "${name}"`);
    return await chosen.run(rest, options, io, commandFlags(chosen, values));
  } catch (error) {
    if (error instanceof HeguiError) {
      io.stderr(`${error.code}: ${error.message}\n${error.hint}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

const isEntry =
  process.argv[1] !== undefined && /(?:^|\/)(?:main\.[jt]s|hegui(?:\.js)?)$/.test(process.argv[1]);
if (isEntry) {
  const io: Io = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: process.stdout.isTTY,
    stderrIsTTY: process.stderr.isTTY,
    stdin: process.stdin,
    env: process.env,
    clock: () => new Date(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `HEGUI_E_INTERNAL: ${(error as Error).stack ?? String(error)}\nThis is a bug in hegui; please report it.\n`,
      );
      process.exitCode = 2;
    },
  );
}
