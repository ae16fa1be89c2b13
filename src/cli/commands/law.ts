/**
 * `hegui law list` / `hegui law show ID` (CONTRACT §1): the legal catalogue, with the article numbering
 * in force today and every penalty printed under its verification status (CONTRACT §4).
 */
import { HeguiError } from '../../core/errors.ts';
import { PROVISIONS, findProvision } from '../../legal/provisions.ts';
import { citation, liabilityLabel, provisionJson, renderProvision } from '../../legal/render.ts';
import { defineCommand } from '../command.ts';
import { emit } from '../io.ts';

const USAGE = 'usage: hegui law list | hegui law show ID';

/** Terminal columns: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

export const lawCommand = defineCommand({
  name: 'law',
  usage: 'law list | law show ID',
  description: 'the legal catalogue: provisions, liability, penalties, verification status',
  async run(positionals, options, io) {
    const { lang, format } = options;
    if (format !== 'text' && format !== 'json') {
      throw new HeguiError('HEGUI_E_USAGE', `law prints --format text or json, not ${format}`);
    }
    const today = io.clock().toISOString().slice(0, 10);
    const [verb = 'list', id, ...extra] = positionals;

    if (verb === 'list' && id === undefined) {
      const rows = PROVISIONS.map((p) => ({
        id: p.id,
        citation: citation(p, undefined, lang, today),
        liability: [...p.liability],
        status: p.status,
      }));
      if (format === 'json') {
        await emit(io, options.output, JSON.stringify(rows, null, 2));
        return 0;
      }
      const zh = lang === 'zh';
      // the citation goes last: it is the one long column
      const table = rows.map((r) => [
        r.id,
        r.liability.map((l) => liabilityLabel(l, lang)).join(zh ? '、' : ', '),
        r.status,
        r.citation,
      ]);
      const header = zh
        ? ['编号', '责任类型', '核实状态', '条文']
        : ['id', 'liability', 'status', 'citation'];
      const all = [header, ...table];
      const widths = header.map((_, i) => Math.max(...all.map((row) => displayWidth(row[i]!))));
      const lines = all.map((row) =>
        row
          .map((cell, i) =>
            i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - displayWidth(cell)),
          )
          .join('  '),
      );
      lines.push(
        '',
        zh
          ? `共 ${rows.length} 条；用 hegui law show ID 查看详情`
          : `${rows.length} provisions; hegui law show ID for details`,
      );
      await emit(io, options.output, lines.join('\n'));
      return 0;
    }

    if (verb !== 'show' || id === undefined || extra.length > 0) throw new HeguiError('HEGUI_E_USAGE', USAGE);
    const provision = findProvision(id.trim().toLowerCase());
    if (!provision) {
      // An id made from an earlier article number (csl-21) points to the id in force (csl-23).
      const renumbered = PROVISIONS.find((p) =>
        p.numbering.slice(1).some((n) => `${p.law}-${n.article}` === id.trim().toLowerCase()),
      );
      const hint = renumbered
        ? ` (an earlier article number; the provision is now ${renumbered.id}, ids use the numbering in force today)`
        : '';
      throw new HeguiError('HEGUI_E_UNKNOWN_PROVISION', `no provision with id "${id}"${hint}`);
    }
    const text =
      format === 'json'
        ? JSON.stringify(provisionJson(provision, lang, today), null, 2)
        : renderProvision(provision, lang, today);
    await emit(io, options.output, text);
    return 0;
  },
});
