import { CHECKS, findCheck } from '../../checks/index.ts';
import { HeguiError } from '../../core/errors.ts';
import { legalForFinding } from '../../legal/render.ts';
import { defineCommand } from '../command.ts';
import { emit } from '../io.ts';

export const checksCommand = defineCommand({
  name: 'checks',
  usage: 'checks | checks explain ID',
  description: 'list the checks, or explain one',
  async run(positionals, options, io) {
    const lang = options.lang;
    const today = io.clock().toISOString().slice(0, 10);
    const [verb, id, ...extra] = positionals;
    if (verb === undefined) {
      if (options.format === 'json') {
        await emit(
          io,
          options.output,
          JSON.stringify(
            CHECKS.map((c) => ({
              id: c.id,
              category: c.category,
              severity: c.severity,
              title: c.title[lang],
              legal: c.legal,
            })),
            null,
            2,
          ),
        );
        return 0;
      }
      const width = Math.max(...CHECKS.map((c) => c.id.length));
      const lines = CHECKS.map((c) => `${c.id.padEnd(width)}  ${c.severity.padEnd(8)}  ${c.title[lang]}`);
      lines.push('', lang === 'zh' ? `共 ${CHECKS.length} 项检查` : `${CHECKS.length} checks`);
      await emit(io, options.output, lines.join('\n'));
      return 0;
    }
    if (verb !== 'explain' || id === undefined || extra.length > 0)
      throw new HeguiError('HEGUI_E_USAGE', 'usage: hegui checks explain ID');
    const check = findCheck(id);
    if (!check) throw new HeguiError('HEGUI_E_UNKNOWN_CHECK', `no check with id "${id}"`);
    const zh = lang === 'zh';
    const lines = [
      `${check.id} — ${check.title[lang]}`,
      '',
      `${zh ? '类别' : 'Category'}: ${check.category}    ${zh ? '严重性' : 'Severity'}: ${check.severity}`,
      `${zh ? '读取的证据' : 'Reads'}: ${check.needs.join(', ')}`,
      '',
      check.description[lang],
      '',
      zh ? '依据:' : 'Provisions:',
      ...check.legal.map((ref) => {
        const l = legalForFinding(ref, lang, today);
        return `  - ${l.citation} [${l.provision}] ${l.liability.join(', ')}`;
      }),
      '',
      zh ? '如何修复:' : 'How to fix:',
      `  ${check.remediation[lang]}`,
    ];
    await emit(io, options.output, lines.join('\n'));
    return 0;
  },
});
