/**
 * Every option declared once: flag, environment variable, config key, default, description
 * (DESIGN §7). Values are resolved flag > HEGUI_<OPTION> > config file > default, validated, frozen.
 */
import { readFileSync } from 'node:fs';
import { HeguiError } from '../core/errors.ts';
import { SEVERITIES, type Severity } from '../core/finding.ts';
import { splitGlobs } from '../walk/glob.ts';
import { CONTENT_MODES, type ContentMode } from '../walk/options.ts';

export const FORMATS = ['text', 'json', 'sarif', 'html'] as const;
export type Format = (typeof FORMATS)[number];

interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  choices?: readonly string[];
  default?: string | boolean;
  short?: string;
}

export const OPTIONS = {
  root: {
    type: 'string',
    description: 'audit the image, disk or snapshot mounted at DIR (default: this machine, /)',
  },
  bundle: { type: 'string', description: 'evaluate a stored evidence bundle instead of collecting' },
  output: { type: 'string', short: 'o', description: 'write to FILE instead of stdout' },
  format: { type: 'string', choices: FORMATS, default: 'text', description: 'report format' },
  lang: {
    type: 'string',
    choices: ['zh', 'en'],
    description: 'report language (default zh, or en when LANG is not Chinese)',
  },
  'fail-on': {
    type: 'string',
    choices: SEVERITIES.filter((s) => s !== 'info'),
    description: 'exit 1 when a finding is at or above this severity',
  },
  color: { type: 'boolean', default: true, description: 'colour on a terminal (--no-color to disable)' },
  quiet: { type: 'boolean', short: 'q', default: false, description: 'print only the report' },
  'show-secrets': {
    type: 'boolean',
    default: false,
    description: 'do not mask personal data and secrets in the output',
  },
  config: {
    type: 'string',
    description: 'read options from this JSON file (default ./hegui.config.json if present)',
  },
  help: { type: 'boolean', short: 'h', default: false, description: 'show help' },
  content: {
    type: 'string',
    choices: CONTENT_MODES,
    default: 'auto',
    description:
      'content scan (miners, webshells, pages): quick = web roots, temp and start-up dirs; full = also /opt /home /root /srv; auto = off on this machine, full on --root',
  },
  include: { type: 'string', description: 'content scan: only files matching these comma-separated globs' },
  exclude: {
    type: 'string',
    description: 'content scan: skip files and directories matching these comma-separated globs',
  },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

export interface Options {
  root: string | undefined;
  bundle: string | undefined;
  output: string | undefined;
  format: Format;
  lang: 'zh' | 'en';
  failOn: Severity | undefined;
  color: boolean;
  quiet: boolean;
  showSecrets: boolean;
  help: boolean;
  content: ContentMode;
  include: string[];
  exclude: string[];
}

export function envName(name: string): string {
  return `HEGUI_${name.toUpperCase().replace(/-/g, '_')}`;
}

function readConfig(file: string | undefined, explicit: boolean): Record<string, unknown> {
  const target = file ?? 'hegui.config.json';
  let text: string;
  try {
    text = readFileSync(target, 'utf8');
  } catch (error) {
    if (!explicit) return {};
    throw new HeguiError('HEGUI_E_CONFIG', `cannot read config file ${target}`, { cause: error });
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw new HeguiError(
      'HEGUI_E_CONFIG',
      `config file ${target} is not a JSON object: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

function defaultLang(env: NodeJS.ProcessEnv): 'zh' | 'en' {
  const lang = env.LC_ALL ?? env.LANG ?? '';
  if (lang === '' || lang === 'C' || lang === 'POSIX' || lang.startsWith('C.')) return 'zh';
  return lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Resolve one option from flag, env, config, default; validate choices. */
export function resolveOptions(
  flags: Partial<Record<OptionName, string | boolean>>,
  env: NodeJS.ProcessEnv,
): Readonly<Options> {
  const configFile = (flags.config as string | undefined) ?? env[envName('config')];
  const config = readConfig(configFile, configFile !== undefined);
  for (const key of Object.keys(config)) {
    if (!(key in OPTIONS) || key === 'config')
      throw new HeguiError('HEGUI_E_CONFIG', `unknown config key "${key}"`);
  }
  const get = (name: OptionName): string | boolean | undefined => {
    const spec: OptionSpec = OPTIONS[name];
    const fromFlag = flags[name];
    if (fromFlag !== undefined) return fromFlag;
    const fromEnv = env[envName(name)];
    if (fromEnv !== undefined && fromEnv !== '') {
      if (spec.type === 'boolean') {
        if (!/^(1|0|true|false|yes|no)$/i.test(fromEnv))
          throw new HeguiError('HEGUI_E_CONFIG', `${envName(name)}=${fromEnv} is not a boolean`);
        return /^(1|true|yes)$/i.test(fromEnv);
      }
      return fromEnv;
    }
    const fromConfig = config[name];
    if (fromConfig !== undefined) {
      if (typeof fromConfig !== (spec.type === 'boolean' ? 'boolean' : 'string'))
        throw new HeguiError('HEGUI_E_CONFIG', `config key "${name}" must be a ${spec.type}`);
      return fromConfig as string | boolean;
    }
    return spec.default;
  };
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T narrows to the option's choices
  const choice = <T extends string>(name: OptionName): T | undefined => {
    const value = get(name);
    if (value === undefined) return undefined;
    const spec: OptionSpec = OPTIONS[name];
    if (typeof value !== 'string' || (spec.choices && !spec.choices.includes(value))) {
      throw new HeguiError(
        'HEGUI_E_USAGE',
        `--${name} must be one of ${spec.choices?.join(', ') ?? 'a string'}, not "${String(value)}"`,
      );
    }
    return value as T;
  };
  const str = (name: OptionName) => get(name) as string | undefined;
  const bool = (name: OptionName) => get(name) === true;
  return Object.freeze({
    root: str('root'),
    bundle: str('bundle'),
    output: str('output'),
    format: choice<Format>('format') ?? 'text',
    lang: choice<'zh' | 'en'>('lang') ?? defaultLang(env),
    failOn: choice<Severity>('fail-on'),
    color: bool('color') && env.NO_COLOR === undefined,
    quiet: bool('quiet'),
    showSecrets: bool('show-secrets'),
    help: bool('help'),
    content: choice<ContentMode>('content') ?? 'auto',
    include: splitGlobs(str('include')),
    exclude: splitGlobs(str('exclude')),
  });
}
