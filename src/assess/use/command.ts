/**
 * `hegui assess use [--answers FILE.yaml|json] [--report REPORT.json] [--format text|json|html]`:
 * is this use of the server allowed, and with which duties. Without --answers it asks: with arrow keys
 * on a terminal, numbered prompts otherwise.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { HeguiError } from '../../core/errors.ts';
import { emit } from '../../cli/io.ts';
import type { Subcommand } from '../subcommands.ts';
import { assessUse } from './assess.ts';
import { contradictions, parseAnswers, type AnswerKey, type Answers } from './model.ts';
import { requireDecisive } from './questions.ts';
import { lineUi, runQuestionnaire, ttyUi } from './prompt.ts';
import { buildUseView, useHtml, useJson, useText } from './render.ts';
import { scanFacts } from './scan.ts';

/** At most this much is read from an answers file or a report (a bigger one is not what we expect). */
const MAX_FILE = 64 * 1024 * 1024;

async function readText(file: string): Promise<string> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (error) {
    throw new HeguiError('HEGUI_E_ASSESS_FILE', `cannot read ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (buf.length > MAX_FILE)
    throw new HeguiError(
      'HEGUI_E_ASSESS_FILE',
      `${file} is ${buf.length} bytes, more than an answers file or report can be`,
    );
  if (buf.includes(0)) throw new HeguiError('HEGUI_E_ASSESS_FILE', `${file} is binary, not JSON or YAML`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (text.includes('\uFFFD'))
    throw new HeguiError('HEGUI_E_ASSESS_FILE', `${file} is not UTF-8 text (save it as UTF-8)`);
  return text;
}

/** An answers file: JSON, or YAML (by extension, or when it does not parse as JSON). */
export function parseAnswersText(text: string, file: string): { answers: Answers; given: Set<AnswerKey> } {
  let raw: unknown;
  try {
    raw = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 50 });
  } catch (error) {
    throw new HeguiError('HEGUI_E_ASSESS_FILE', `${file} does not parse: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const { answers, given } = parseAnswers(raw);
  requireDecisive(answers, given);
  const found = contradictions(answers);
  if (found.length > 0)
    throw new HeguiError(
      'HEGUI_E_ASSESS_CONTRADICTION',
      `${file}: ${found.map((c) => `${c.text.en} (${c.keys.join(', ')})`).join('; ')}`,
    );
  return { answers, given };
}

export const useSubcommand: Subcommand = {
  name: 'use',
  usage: 'use [--answers FILE.yaml|json] [--report REPORT.json]',
  description: 'is this use of the server allowed, and with which duties (questionnaire or answers file)',
  options: {
    answers: {
      type: 'string',
      description: 'use: answers from a YAML or JSON file instead of the questionnaire',
    },
    report: { type: 'string', description: 'use: also assess what a scan report (--format json) found' },
  },
  async run(positionals, options, io, flags) {
    if (positionals.length > 0)
      throw new HeguiError('HEGUI_E_USAGE', `assess use takes no arguments (got "${positionals[0]}")`);
    const format = typeof flags.format === 'string' ? flags.format : 'text';
    if (format !== 'text' && format !== 'json' && format !== 'html')
      throw new HeguiError('HEGUI_E_USAGE', `assess use writes --format text, json or html, not ${format}`);
    const lang = options.lang;
    const today = io.clock().toISOString().slice(0, 10);
    const answersFile = typeof flags.answers === 'string' ? flags.answers : undefined;
    const reportFile = typeof flags.report === 'string' ? flags.report : undefined;
    // the report first: a bad report should not cost the user the whole questionnaire
    let scan;
    if (reportFile !== undefined) {
      const text = await readText(reportFile);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new HeguiError(
          'HEGUI_E_ASSESS_FILE',
          `${reportFile} is not JSON: ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }
      scan = scanFacts(json, reportFile);
    }
    let answers: Answers;
    let given: Set<AnswerKey> | undefined;
    if (answersFile !== undefined)
      ({ answers, given } = parseAnswersText(await readText(answersFile), answersFile));
    else {
      const stdin = io.stdin;
      if (!stdin)
        throw new HeguiError(
          'HEGUI_E_USAGE',
          'assess use needs --answers FILE, or a terminal or standard input to ask',
        );
      const ui = stdin.isTTY === true ? ttyUi(stdin, io.stderr, lang) : lineUi(stdin, io.stderr, lang);
      answers = await runQuestionnaire(ui, lang);
    }
    const view = buildUseView(
      assessUse(answers, { ...(given ? { given } : {}), ...(scan ? { scan } : {}) }),
      lang,
      today,
    );
    const out =
      format === 'json' ? useJson(view) : format === 'html' ? useHtml(view, lang) : useText(view, lang);
    await emit(io, options.output, out);
    return 0;
  },
};
