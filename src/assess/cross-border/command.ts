/**
 * `hegui assess cross-border --personal N --sensitive M [--important-data] [--ciio] [--exemption E]…
 * [--from-inventory FILE] [--format json|text|html]` (CONTRACT §5).
 */
import { readFile } from 'node:fs/promises';
import { HeguiError } from '../../core/errors.ts';
import { emit } from '../../cli/io.ts';
import type { PiiInventory } from '../../pii/inventory.ts';
import type { Subcommand } from '../subcommands.ts';
import { buildView, crossBorderHtml, crossBorderJson, crossBorderText } from './render.ts';
import { EXEMPTIONS, crossBorderRoute, type CrossBorderInput, type Exemption } from './route.ts';

/** "120000", "120,000" or "120_000" → 120000; anything else is a coded error, never a guess. */
export function parseCount(flag: string, raw: string): number {
  const cleaned = raw.trim().replace(/[,_]/g, '');
  if (!/^\d{1,13}$/.test(cleaned)) {
    throw new HeguiError(
      'HEGUI_E_ASSESS_INPUT',
      `--${flag} needs a whole number of people, 0 or more (got "${raw}")`,
    );
  }
  return Number(cleaned);
}

/** The volumes of a PI inventory (src/pii/inventory.ts): everyone in it, and those with sensitive data. */
export function volumesFromInventory(
  json: unknown,
  file: string,
): { personal: number; sensitive: number; estimated: boolean; gaps: number } {
  const inv = json as Partial<PiiInventory> | null;
  const t = inv?.totals;
  const ok = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  if (
    typeof inv !== 'object' ||
    inv === null ||
    inv.version !== 1 ||
    !t ||
    !ok(t.people) ||
    !ok(t.sensitivePeople)
  )
    throw new HeguiError(
      'HEGUI_E_ASSESS_FILE',
      `${file} is not a hegui PI inventory (version 1 with totals.people and totals.sensitivePeople); write one with \`hegui pii inventory --format json\``,
    );
  return {
    personal: t.people,
    sensitive: t.sensitivePeople,
    estimated: (t.peopleEstimated as unknown) === true,
    gaps: Array.isArray(inv.gaps) ? inv.gaps.length : 0,
  };
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new HeguiError('HEGUI_E_ASSESS_FILE', `cannot read ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HeguiError('HEGUI_E_ASSESS_FILE', `${file} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

export const crossBorderSubcommand: Subcommand = {
  name: 'cross-border',
  usage: 'cross-border --personal N --sensitive M [--important-data] [--ciio] [--exemption E]',
  description: 'route for personal information and important data sent abroad (catalogue §5a)',
  options: {
    personal: {
      type: 'string',
      description:
        'cross-border: people whose non-sensitive personal information went abroad since 1 January',
    },
    sensitive: {
      type: 'string',
      description: 'cross-border: people whose sensitive personal information went abroad since 1 January',
    },
    'important-data': { type: 'boolean', description: 'cross-border: important data goes abroad' },
    ciio: { type: 'boolean', description: 'critical information infrastructure operator' },
    exemption: {
      type: 'string',
      multiple: true,
      choices: EXEMPTIONS,
      description: 'cross-border: an exemption that covers the transfers (repeatable)',
    },
    'from-inventory': {
      type: 'string',
      description: 'cross-border: take the volumes from a PI inventory JSON (hegui pii inventory)',
    },
  },
  async run(positionals, options, io, flags) {
    if (positionals.length > 0)
      throw new HeguiError(
        'HEGUI_E_USAGE',
        `assess cross-border takes no arguments (got "${positionals[0]}")`,
      );
    const format = typeof flags.format === 'string' ? flags.format : 'text';
    if (format !== 'text' && format !== 'json' && format !== 'html')
      throw new HeguiError(
        'HEGUI_E_USAGE',
        `assess cross-border writes --format text, json or html, not ${format}`,
      );
    const lang = options.lang;
    const today = io.clock().toISOString().slice(0, 10);

    const inventoryFile = typeof flags['from-inventory'] === 'string' ? flags['from-inventory'] : undefined;
    const personalFlag = typeof flags.personal === 'string' ? flags.personal : undefined;
    const sensitiveFlag = typeof flags.sensitive === 'string' ? flags.sensitive : undefined;
    let personal: number;
    let sensitive: number;
    let source = 'flags';
    const extraNotes: { text: string; status: string }[] = [];
    if (inventoryFile !== undefined) {
      if (personalFlag !== undefined || sensitiveFlag !== undefined)
        throw new HeguiError(
          'HEGUI_E_ASSESS_CONTRADICTION',
          'give the volumes either with --personal/--sensitive or with --from-inventory, not both',
        );
      const v = volumesFromInventory(await readJson(inventoryFile), inventoryFile);
      personal = v.personal;
      sensitive = v.sensitive;
      source = `inventory:${inventoryFile}`;
      extraNotes.push({
        status: 'input',
        text:
          lang === 'zh'
            ? '人数取自个人信息清单：视为清单中全部人员的个人信息均已出境(非敏感人数按清单总人数计，较为保守)；如只有部分出境，请用 --personal/--sensitive 给出实际人数。'
            : 'Volumes from the PI inventory: everyone in it is taken to have been sent abroad (non-sensitive count = all people, a cautious count); if only part goes abroad, give the real numbers with --personal/--sensitive.',
      });
      if (v.estimated)
        extraNotes.push({
          status: 'input',
          text:
            lang === 'zh'
              ? '清单中的人数部分为估算(无身份证号或手机号的记录各按一人计)。'
              : 'Some people counts in the inventory are estimates (records without an ID or phone number count as one person each).',
        });
      if (v.gaps > 0)
        extraNotes.push({
          status: 'input',
          text:
            lang === 'zh'
              ? `清单有 ${v.gaps} 处未能读取的位置，实际人数可能更多。`
              : `The inventory has ${v.gaps} locations it could not read; the real counts may be higher.`,
        });
    } else {
      if (personalFlag === undefined || sensitiveFlag === undefined)
        throw new HeguiError(
          'HEGUI_E_USAGE',
          'assess cross-border needs --personal N and --sensitive M (people since 1 January; 0 if none), or --from-inventory FILE',
        );
      personal = parseCount('personal', personalFlag);
      sensitive = parseCount('sensitive', sensitiveFlag);
    }
    const rawExemptions = flags.exemption;
    const exemptions = (
      Array.isArray(rawExemptions) ? rawExemptions : typeof rawExemptions === 'string' ? [rawExemptions] : []
    ) as Exemption[];
    const input: CrossBorderInput = {
      personal,
      sensitive,
      importantData: flags['important-data'] === true,
      ciio: flags.ciio === true,
      exemptions,
    };
    const result = crossBorderRoute(input);
    const view = buildView(result, input, source, lang, today);
    view.notes.unshift(...extraNotes);
    const out =
      format === 'json'
        ? crossBorderJson(view)
        : format === 'html'
          ? crossBorderHtml(view, lang)
          : crossBorderText(view, lang);
    await emit(io, options.output, out);
    return 0;
  },
};
