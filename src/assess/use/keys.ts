/**
 * Keystrokes that answer the questionnaire with given answers (for tests and demos): walks the same
 * questions, skips and defaults as runQuestionnaire, and presses ↑/↓, Space, Backspace, digits, Enter.
 */
import { DEFAULTS, SCHEMA, type AnswerKey, type Answers } from './model.ts';
import { QUESTIONS, choicesOf } from './questions.ts';

export const KEY = {
  up: '\x1b[A',
  down: '\x1b[B',
  left: '\x1b[D',
  enter: '\r',
  space: ' ',
  backspace: '\x7f',
} as const;

/** One string of keystrokes per asked question. */
export function keystrokesFor(target: Partial<Answers>): string[] {
  let answers: Answers = { ...DEFAULTS };
  const out: string[] = [];
  for (const q of QUESTIONS) {
    if (q.askIf && !q.askIf(answers)) continue;
    const key: AnswerKey = q.key;
    const want = key in target ? target[key] : answers[key];
    const kind = SCHEMA[key];
    const cur = answers[key];
    let keys = '';
    if (kind.type === 'count') {
      keys = KEY.backspace.repeat(String(cur).length) + String(want) + KEY.enter;
    } else if (kind.type === 'list') {
      const choices = choicesOf(q);
      const have = new Set(cur as string[]);
      const wanted = new Set(want as string[]);
      let at = 0;
      choices.forEach((c, i) => {
        if (have.has(c.value) === wanted.has(c.value)) return;
        keys += KEY.down.repeat(i - at) + KEY.space;
        at = i;
      });
      keys += KEY.enter;
    } else {
      const choices = choicesOf(q).map((c) => c.value);
      const from = choices.indexOf(String(cur));
      const to = choices.indexOf(String(want));
      keys = (to >= from ? KEY.down.repeat(to - from) : KEY.up.repeat(from - to)) + KEY.enter;
    }
    out.push(keys);
    answers = { ...answers, [key]: want };
  }
  return out;
}
