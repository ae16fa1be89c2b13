/**
 * hegui's command line (CONTRACT §1). `main` is pure over its Io so that tests run it in process;
 * the bin wrapper only wires it to the process.
 */
import { parseArgs } from 'node:util';
import { HeguiError } from '../core/errors.ts';
import { VERSION } from '../core/version.ts';
import { checksCommand } from './commands/checks.ts';
import { collectCommand } from './commands/collect.ts';
import { lawCommand } from './commands/law.ts';
import { scanCommand } from './commands/scan.ts';
import type { Command } from './command.ts';
import type { Io } from './io.ts';
import { OPTIONS, envName, resolveOptions, type OptionName } from './options.ts';

const PARSE_OPTIONS = Object.fromEntries(
  Object.entries(OPTIONS).map(([name, spec]) => [
    name,
    'short' in spec ? { type: spec.type, short: spec.short } : { type: spec.type },
  ]),
);

const COMMANDS: readonly Command[] = [scanCommand, collectCommand, checksCommand, lawCommand];

function help(): string {
  const lines = [`hegui ${VERSION} — 合规: audit a Linux server against PRC law`, '', 'Usage:'];
  for (const c of COMMANDS) lines.push(`  ${c.usage.padEnd(44)} ${c.description}`);
  lines.push('', 'Options:');
  for (const [name, spec] of Object.entries(OPTIONS)) {
    const flag = `${'short' in spec ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ' VALUE' : ''}`;
    const choices = 'choices' in spec ? ` (${spec.choices.join('|')})` : '';
    lines.push(`  ${flag.padEnd(28)} ${spec.description}${choices} [${envName(name)}]`);
  }
  lines.push(
    '',
    'Exit status: 0 done; 1 a finding reached --fail-on; 2 could not do the job (coded error on stderr).',
  );
  return lines.join('\n');
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        // Without defaults: an unset flag must stay undefined so that env and config can supply it.
        options: PARSE_OPTIONS,
        allowPositionals: true,
        allowNegative: true,
        strict: true,
      });
    } catch (error) {
      throw new HeguiError('HEGUI_E_USAGE', (error as Error).message, { cause: error });
    }
    const flags = parsed.values as Partial<Record<OptionName, string | boolean>>;
    const options = resolveOptions(flags, io.env);
    const [name, ...rest] = parsed.positionals;
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
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new HeguiError('HEGUI_E_USAGE', `unknown command "${name}"`);
    return await command.run(rest, options, io);
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
