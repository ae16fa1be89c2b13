import { readFile, writeFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { HeguiError } from '../../core/errors.ts';
import { emit } from '../../cli/io.ts';
import { parseInventory } from '../../pii/inventory.ts';
import type { Lang } from '../../legal/render.ts';
import type { PiiInventory } from '../../pii/inventory.ts';
import { csvDocument } from '../../report/csv.ts';
import type { Subcommand } from '../subcommands.ts';
import {
  LEVELS,
  LEVEL_NAMES,
  buildRegister,
  type Level,
  type OperatorItem,
  type Register,
} from './register.ts';

const COLUMNS = {
  zh: [
    '数据项',
    '类别',
    '级别',
    '个人信息',
    '敏感个人信息',
    '敏感类型',
    '存储位置',
    '责任人',
    '记录数',
    '涉及人数',
    '来源',
    '定级依据',
  ],
  en: [
    'Data item',
    'Category',
    'Level',
    'Personal',
    'Sensitive',
    'Sensitive groups',
    'Location',
    'Owner',
    'Records',
    'People',
    'Source',
    'Basis',
  ],
} as const;

const YES = {
  zh: { yes: '是', no: '否', unverified: '未核实' },
  en: { yes: 'yes', no: 'no', unverified: 'unverified' },
} as const;

function rows(r: Register, lang: Lang): (string | number)[][] {
  return r.items.map((i) => [
    i.name,
    i.category,
    LEVEL_NAMES[i.level][lang],
    YES[lang][i.personal ? 'yes' : 'no'],
    YES[lang][i.sensitive],
    i.sensitiveGroups.join(' '),
    i.location,
    i.owner,
    i.records ?? '',
    i.people ?? '',
    i.source,
    i.basis,
  ]);
}

export function registerCsv(r: Register, lang: Lang): string {
  return csvDocument([[...COLUMNS[lang]], ...rows(r, lang)]);
}

/** Cells that a spreadsheet would take for a formula are written as plain strings by exceljs; no formulas are set. */
export async function registerXlsx(r: Register, lang: Lang): Promise<Buffer> {
  // Loaded on first use (a ~270 ms import that every other command would pay).
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'hegui';
  book.created = new Date(r.generatedAt);
  const sheet = book.addWorksheet(lang === 'zh' ? '数据分类分级清单' : 'Data register', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow([...COLUMNS[lang]]);
  for (const row of rows(r, lang)) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS[lang].length } };
  sheet.columns.forEach((c, i) => {
    c.width = [16, 16, 10, 8, 10, 18, 40, 14, 10, 10, 12, 60][i] ?? 14;
  });
  const notes = book.addWorksheet(lang === 'zh' ? '说明' : 'Notes');
  notes.addRow([lang === 'zh' ? '说明' : 'Notes']).font = { bold: true };
  for (const n of r.notes) notes.addRow([n]);
  notes.addRow([]);
  notes.addRow([lang === 'zh' ? '依据' : 'Provisions']).font = { bold: true };
  for (const l of r.legal) notes.addRow([l.statement]);
  notes.getColumn(1).width = 120;
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function registerText(r: Register, lang: Lang): string {
  const lines = [
    lang === 'zh' ? '数据分类分级清单' : 'Data classification register',
    LEVELS.map((l) => `${LEVEL_NAMES[l][lang]} ${String(r.totals[l])}`).join(' · '),
    '',
  ];
  for (const i of r.items)
    lines.push(
      `[${LEVEL_NAMES[i.level][lang]}] ${i.name} (${i.category}) — ${i.location}${i.records === undefined ? '' : ` · ${String(i.records)}`}${i.sensitive === 'no' ? '' : ` · ${lang === 'zh' ? '敏感' : 'sensitive'}: ${YES[lang][i.sensitive]}`}`,
    );
  lines.push('', ...r.notes.map((n) => `* ${n}`), '', ...r.legal.map((l) => `- ${l.statement}`));
  return `${lines.join('\n')}\n`;
}

const ITEM_KEYS = new Set([
  'name',
  'category',
  'level',
  'location',
  'owner',
  'personal',
  'sensitive',
  'notes',
]);

/** The operator's items file (YAML or JSON): `items: [{ name, level, location, … }]`, validated strictly. */
export function parseItems(text: string, file: string): OperatorItem[] {
  const fail = (why: string) => new HeguiError('HEGUI_E_ASSESS_ANSWERS', `${file}: ${why}`);
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    throw new HeguiError(
      'HEGUI_E_ASSESS_ANSWERS',
      `${file} is not YAML or JSON: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const list = Array.isArray(doc) ? doc : (doc as { items?: unknown } | null)?.items;
  if (!Array.isArray(list)) throw fail('expected a list of items (or `items:` with a list)');
  return list.map((raw, n) => {
    const at = `item ${String(n + 1)}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw fail(`${at} is not a mapping`);
    const item = raw as Record<string, unknown>;
    for (const k of Object.keys(item)) if (!ITEM_KEYS.has(k)) throw fail(`${at} has an unknown key "${k}"`);
    const str = (k: string, required: boolean): string | undefined => {
      const v = item[k];
      if (v === undefined && !required) return undefined;
      if (typeof v !== 'string' || v.trim() === '') throw fail(`${at}: "${k}" must be a non-empty string`);
      return v.trim();
    };
    const bool = (k: string): boolean | undefined => {
      const v = item[k];
      if (v === undefined) return undefined;
      if (typeof v !== 'boolean') throw fail(`${at}: "${k}" must be true or false`);
      return v;
    };
    const level = str('level', true)!;
    if (!(LEVELS as readonly string[]).includes(level))
      throw fail(`${at}: level must be one of ${LEVELS.join(', ')}, not "${level}"`);
    const out: OperatorItem = {
      name: str('name', true)!,
      level: level as Level,
      location: str('location', true)!,
    };
    for (const k of ['category', 'owner', 'notes'] as const) {
      const v = str(k, false);
      if (v !== undefined) out[k] = v;
    }
    for (const k of ['personal', 'sensitive'] as const) {
      const v = bool(k);
      if (v !== undefined) out[k] = v;
    }
    return out;
  });
}

async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new HeguiError('HEGUI_E_ASSESS_FILE', `cannot read ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

export const classifySubcommand: Subcommand = {
  name: 'classify',
  usage:
    'classify [--from-inventory PI.json] [--items ITEMS.yaml] [--owner NAME] [--format text|json|csv|xlsx]',
  description: 'data classification register (general / important / core) as CSV or XLSX',
  options: {
    'from-inventory': {
      type: 'string',
      description: 'cross-border, classify: a PI inventory JSON (hegui pii inventory --format json)',
    },
    items: {
      type: 'string',
      description: 'classify: your own data items (YAML or JSON), e.g. important data',
    },
    owner: { type: 'string', description: 'classify: the owner named on items found by the inventory' },
  },
  async run(positionals, options, io, flags) {
    if (positionals.length > 0)
      throw new HeguiError(
        'HEGUI_E_USAGE',
        `assess classify takes no arguments (got "${positionals.join(' ')}")`,
      );
    const format = flags.format as string;
    if (!['text', 'json', 'csv', 'xlsx'].includes(format))
      throw new HeguiError('HEGUI_E_USAGE', `assess classify writes text, json, csv or xlsx, not ${format}`);
    const inventoryFile = flags['from-inventory'] as string | undefined;
    const itemsFile = flags.items as string | undefined;
    if (inventoryFile === undefined && itemsFile === undefined)
      throw new HeguiError(
        'HEGUI_E_USAGE',
        'assess classify needs --from-inventory FILE, --items FILE, or both',
      );
    if (format === 'xlsx' && (options.output === undefined || options.output === '-'))
      throw new HeguiError('HEGUI_E_USAGE', 'an XLSX register is a binary file: give --output FILE.xlsx');
    const inventory: PiiInventory | undefined =
      inventoryFile === undefined ? undefined : parseInventory(await readInput(inventoryFile), inventoryFile);
    const items = itemsFile === undefined ? [] : parseItems(await readInput(itemsFile), itemsFile);
    const lang = options.lang;
    const register = buildRegister(inventory, items, {
      owner: (flags.owner as string | undefined) ?? (lang === 'zh' ? '待指定' : 'to assign'),
      lang,
      now: io.clock(),
    });
    if (format === 'xlsx') {
      const bytes = await registerXlsx(register, lang);
      try {
        await writeFile(options.output!, bytes);
      } catch (error) {
        throw new HeguiError(
          'HEGUI_E_OUTPUT',
          `cannot write ${options.output!}: ${(error as Error).message}`,
          { cause: error },
        );
      }
      return 0;
    }
    const out =
      format === 'json'
        ? `${JSON.stringify(register, null, 2)}\n`
        : format === 'csv'
          ? registerCsv(register, lang)
          : registerText(register, lang);
    await emit(io, options.output, out);
    return 0;
  },
};
