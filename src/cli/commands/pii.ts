/**
 * `hegui pii inventory`: where personal information sits on the server (files under the default
 * places, or --path; databases with --db), how much of each kind, how many people, what is sensitive
 * and what is protected. Text for people, JSON (the PiiInventory of src/pii/inventory.ts, the input of
 * `hegui assess cross-border --from-inventory`) and CSV (one line per location and kind) for tools.
 */
import path from 'node:path';
import { HeguiError } from '../../core/errors.ts';
import { checkRoot } from '../../core/scan.ts';
import { openRoot, normaliseHostPath } from '../../host/root.ts';
import { kindName, tierStatement, type PiiInventory } from '../../pii/inventory.ts';
import { scanInventory } from '../../pii/sources/scan.ts';
import { pathFilter } from '../../walk/glob.ts';
import { defineCommand, type CommandFlags } from '../command.ts';
import { emit, type Io } from '../io.ts';

function list(flags: CommandFlags, name: string): string[] {
  const v = flags[name];
  if (v === undefined || v === false || v === true) return [];
  return Array.isArray(v) ? v : [v];
}

const CSV_COLUMNS = [
  'location',
  'source',
  'format',
  'table',
  'field',
  'kind',
  'records',
  'protected_records',
  'state',
  'protection',
  'people',
  'people_estimated',
  'minors',
  'sensitive',
  'sampled',
  'sample',
] as const;

function csvCell(value: string | number | boolean | null): string {
  const s = value === null ? '' : String(value);
  // Quote when needed; a leading = + - @ would be a formula in a spreadsheet: prefix a quote mark.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function inventoryCsv(inv: PiiInventory): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of inv.rows) {
    lines.push(
      [
        r.location,
        r.source,
        r.format,
        r.table,
        r.field,
        r.kind,
        r.records,
        r.protectedRecords,
        r.state,
        r.protection,
        r.people,
        r.peopleEstimated,
        r.minors,
        r.sensitive.join(';'),
        r.sampled,
        r.sample,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

export function inventoryText(inv: PiiInventory, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const out: string[] = [];
  const plain = inv.rows.filter((r) => r.records > 0);
  out.push(
    zh
      ? `个人信息清单(${inv.scannedAt.slice(0, 10)})：明文 ${String(inv.totals.records)} 条，已保护 ${String(inv.totals.protectedRecords)} 条；约 ${String(inv.totals.people)} 人${inv.totals.peopleEstimated ? '(部分记录无身份证号或手机号，按每条一人估算)' : ''}，其中敏感个人信息涉及 ${String(inv.totals.sensitivePeople)} 人，不满十四周岁 ${String(inv.totals.minors)} 人。`
      : `Personal-data inventory (${inv.scannedAt.slice(0, 10)}): ${String(inv.totals.records)} plaintext records, ${String(inv.totals.protectedRecords)} protected; about ${String(inv.totals.people)} people${inv.totals.peopleEstimated ? ' (records without an ID number or phone counted as one person each)' : ''}, ${String(inv.totals.sensitivePeople)} with sensitive data, ${String(inv.totals.minors)} under 14.`,
    '',
  );
  for (const r of inv.rows) {
    const what =
      r.records > 0
        ? zh
          ? `${String(r.records)} 条${kindName(r.kind, lang)}明文`
          : `${String(r.records)} records of ${kindName(r.kind, lang)} in plaintext`
        : zh
          ? `${String(r.protectedRecords)} 条${kindName(r.kind, lang)}已保护(${r.protection ?? ''})`
          : `${String(r.protectedRecords)} records of ${kindName(r.kind, lang)} protected (${r.protection ?? ''})`;
    const extra = [
      r.records > 0 && r.protectedRecords > 0
        ? zh
          ? `另 ${String(r.protectedRecords)} 条已保护`
          : `${String(r.protectedRecords)} more protected`
        : '',
      r.people > 0 ? (zh ? `${String(r.people)} 人` : `${String(r.people)} people`) : '',
      r.sensitive.length > 0
        ? zh
          ? `敏感:${r.sensitive.join(',')}`
          : `sensitive: ${r.sensitive.join(', ')}`
        : '',
      r.sampled ? (zh ? '抽样' : 'sampled') : '',
      r.sample ? (zh ? `样例 ${r.sample}` : `e.g. ${r.sample}`) : '',
    ].filter((s) => s !== '');
    out.push(`  ${r.location}: ${what}${extra.length > 0 ? ` (${extra.join('; ')})` : ''}`);
  }
  if (inv.rows.length === 0) out.push(zh ? '  未发现个人信息。' : '  No personal information found.');
  if (inv.protectedFiles.length > 0) {
    out.push('', zh ? '加密文件(视为已保护，未读取内容)：' : 'Encrypted files (protected, not read):');
    for (const f of inv.protectedFiles) out.push(`  ${f.path} (${f.format})`);
  }
  const met = inv.tiers.filter((t) => t.mayMeet);
  if (plain.length > 0 && met.length > 0) {
    out.push(
      '',
      zh
        ? '数量对照(仅为可能，非法律结论)：'
        : 'Volumes against legal thresholds (possibilities, not conclusions):',
    );
    for (const t of met) out.push(`  - ${tierStatement(t, lang)}`);
  }
  if (inv.gaps.length > 0) {
    out.push(
      '',
      zh
        ? `未能完整读取 ${String(inv.gaps.length)} 处：`
        : `${String(inv.gaps.length)} places not read completely:`,
    );
    for (const g of inv.gaps.slice(0, 20))
      out.push(`  ${g.path}: ${g.reason}${g.detail ? ` (${g.detail})` : ''}`);
    if (inv.gaps.length > 20) out.push(`  … ${String(inv.gaps.length - 20)}`);
  }
  return `${out.join('\n')}\n`;
}

export const piiCommand = defineCommand({
  name: 'pii',
  usage: 'pii inventory [--root DIR] [--path P ...] [--db URL ...] [--format text|json|csv]',
  description: 'personal information found on the server: where, what kind, how much',
  options: {
    path: {
      type: 'string',
      multiple: true,
      description: 'read this file or directory (host path; repeatable)',
    },
    db: {
      type: 'string',
      multiple: true,
      description: 'read this database: postgres://user@host/db or mysql://user@host/db (repeatable)',
    },
    format: {
      type: 'string',
      choices: ['text', 'json', 'csv'],
      default: 'text',
      description: 'output format',
    },
    'row-limit': { type: 'string', description: 'rows read per database table (default 10000)' },
  },
  help: [
    'Without --path: the web roots, /var/www /srv /opt /data /home /root /var/backups /backup /tmp /var/tmp;',
    'only data files are read there (.csv .tsv .json .ndjson .sql .db .sqlite .xlsx .log .txt, their .gz,',
    'and encrypted containers, which are listed as protected). With --db alone, only the database is read.',
    'Databases are read in a read-only transaction with a statement timeout, up to --row-limit rows a table.',
    'Samples are always masked. Example: hegui pii inventory --db postgres://audit@127.0.0.1/app --format json',
  ],
  async run(positionals, options, io: Io, flags) {
    if (positionals[0] !== 'inventory' || positionals.length > 1) {
      throw new HeguiError('HEGUI_E_USAGE', 'usage: hegui pii inventory [--root DIR] [--path P] [--db URL]');
    }
    const format = typeof flags.format === 'string' ? flags.format : 'text';
    const rootDir = options.root ?? '/';
    await checkRoot(rootDir);
    const root = await openRoot(rootDir);
    const paths = list(flags, 'path').map((p) =>
      normaliseHostPath(root.live ? path.resolve(p) : p.startsWith('/') ? p : `/${p}`),
    );
    for (const p of paths) {
      const info = await root.stat(p);
      if (!info.ok) {
        throw new HeguiError(
          'HEGUI_E_PII_INPUT',
          `${p} ${info.missing ? 'does not exist' : `cannot be read (${info.reason})`}${root.live ? '' : ` under ${rootDir}`}`,
        );
      }
    }
    const databases = list(flags, 'db');
    const rowLimitFlag = typeof flags['row-limit'] === 'string' ? Number(flags['row-limit']) : undefined;
    if (rowLimitFlag !== undefined && (!Number.isInteger(rowLimitFlag) || rowLimitFlag < 1)) {
      throw new HeguiError('HEGUI_E_USAGE', '--row-limit takes a whole number of rows, at least 1');
    }
    const inv = await scanInventory(root, {
      now: io.clock(),
      paths,
      databases,
      files: paths.length > 0 || databases.length === 0 || options.root !== undefined,
      ...(options.exclude.length > 0 ? { exclude: pathFilter(options.exclude) } : {}),
      ...(rowLimitFlag !== undefined ? { databaseLimits: { rowLimit: rowLimitFlag } } : {}),
    });
    const text =
      format === 'json'
        ? `${JSON.stringify(inv, null, 2)}\n`
        : format === 'csv'
          ? inventoryCsv(inv)
          : inventoryText(inv, options.lang);
    await emit(io, options.output, text);
    return 0;
  },
});
