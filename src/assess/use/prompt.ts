/**
 * The questionnaire in a terminal. On a TTY: raw mode and readline keypress events — ↑/↓ move, Space
 * toggles (multiple choice), Enter confirms, ← or Backspace goes back, Ctrl-C cancels; defaults are
 * preselected. Elsewhere: numbered prompts read line by line ("<" goes back, empty takes the default).
 * The flow (skips, going back, asking again on contradictory answers) is shared by both.
 */
import { createInterface, emitKeypressEvents } from 'node:readline';
import { HeguiError } from '../../core/errors.ts';
import type { Lang } from '../../legal/render.ts';
import { DEFAULTS, SCHEMA, checkValue, contradictions, type Answers } from './model.ts';
import { QUESTIONS, choicesOf, type Question } from './questions.ts';

type Stdin = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };

export type Asked = { back: true } | { back: false; value: unknown };

export interface Ui {
  ask(question: Question, answers: Answers, position: string): Promise<Asked>;
  message(text: string): void;
  close(): void;
}

const BACK: Asked = { back: true };

function currentText(q: Question, a: Answers): string {
  const v = a[q.key];
  return Array.isArray(v) ? v.join(',') : String(v);
}

/** Runs the questions through `ui` until every answer is given and none contradicts another. */
export async function runQuestionnaire(ui: Ui, lang: Lang): Promise<Answers> {
  let answers: Answers = { ...DEFAULTS };
  const history: number[] = [];
  let i = 0;
  try {
    for (;;) {
      if (i >= QUESTIONS.length) {
        // what was skipped takes its default, so an answer given before going back cannot linger
        for (const q of QUESTIONS)
          if (q.askIf && !q.askIf(answers)) answers = { ...answers, [q.key]: DEFAULTS[q.key] };
        const found = contradictions(answers);
        if (found.length === 0) return answers;
        const c = found[0]!;
        ui.message(
          lang === 'zh'
            ? `回答相互矛盾：${c.text.zh}。请重新回答。`
            : `These answers contradict each other: ${c.text.en}. Please answer again.`,
        );
        i = QUESTIONS.findIndex((q) => q.key === c.keys[0]);
        // a question that would be skipped cannot settle it: start again from the top
        if (i < 0 || QUESTIONS[i]!.askIf?.(answers) === false) i = 0;
        while (history.length > 0 && history[history.length - 1]! >= i) history.pop();
        continue;
      }
      const q = QUESTIONS[i]!;
      if (q.askIf && !q.askIf(answers)) {
        i++;
        continue;
      }
      const asked = QUESTIONS.filter((x) => !x.askIf || x.askIf(answers));
      const r = await ui.ask(q, answers, `${asked.indexOf(q) + 1}/${asked.length}`);
      if (r.back) {
        const prev = history.pop();
        if (prev !== undefined) i = prev;
        continue;
      }
      answers = { ...answers, [q.key]: r.value };
      history.push(i);
      i++;
    }
  } finally {
    ui.close();
  }
}

const ended = () =>
  new HeguiError(
    'HEGUI_E_ASSESS_ANSWERS',
    'standard input ended before the questionnaire was finished (answer from a file with --answers FILE)',
  );

// ---------------------------------------------------------------- plain prompts (not a TTY)

export function lineUi(stdin: Stdin, write: (s: string) => void, lang: Lang): Ui {
  const rl = createInterface({ input: stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const zh = lang === 'zh';
  const read = async (): Promise<string> => {
    const r = await lines.next();
    if (r.done === true) {
      write('\n'); // the prompt line is open; the error goes on a line of its own
      throw ended();
    }
    return r.value.trim();
  };
  return {
    message: (text) => write(`! ${text}\n`),
    close: () => rl.close(),
    async ask(q, answers, position) {
      const kind = SCHEMA[q.key];
      const choices = choicesOf(q);
      write(`\n[${position}] ${q.prompt[lang]}\n`);
      choices.forEach((c, n) => write(`  ${n + 1}) ${c.label[lang]}\n`));
      for (;;) {
        const cur = currentText(q, answers);
        const picked = new Set(cur.split(','));
        const def =
          kind.type === 'count'
            ? cur
            : kind.type === 'list'
              ? choices.flatMap((c, n) => (picked.has(c.value) ? [String(n + 1)] : [])).join(',')
              : String(choices.findIndex((c) => c.value === cur) + 1);
        const how =
          kind.type === 'list'
            ? zh
              ? '输入编号，用逗号分隔；"-" 表示都不选'
              : 'numbers separated by commas; "-" for none'
            : kind.type === 'count'
              ? zh
                ? '输入数字'
                : 'a number'
              : zh
                ? '输入编号'
                : 'a number';
        write(
          `${how} (${zh ? '默认' : 'default'} ${def === '' ? '-' : def}; "<" ${zh ? '返回上一题' : 'goes back'}): `,
        );
        const line = await read();
        if (line === '<') return BACK;
        try {
          const value = answers[q.key];
          if (line === '' && q.required === true && Array.isArray(value) && value.length === 0)
            throw new HeguiError('HEGUI_E_ASSESS_ANSWERS', zh ? '请至少选择一项' : 'choose at least one');
          if (line === '') return { back: false, value };
          if (kind.type === 'count') {
            const cleaned = line.replace(/[,_\s]/g, '');
            if (!/^\d{1,13}$/.test(cleaned)) throw new HeguiError('HEGUI_E_ASSESS_ANSWERS', `"${line}"`);
            return { back: false, value: checkValue(q.key, Number(cleaned)) };
          }
          if (kind.type === 'list') {
            if (line === '-' && q.required === true)
              throw new HeguiError('HEGUI_E_ASSESS_ANSWERS', zh ? '请至少选择一项' : 'choose at least one');
            if (line === '-') return { back: false, value: [] };
            const picked = line.split(/[,\s，]+/).map((s) => choices[Number(s) - 1]?.value);
            if (picked.some((p) => p === undefined))
              throw new HeguiError('HEGUI_E_ASSESS_ANSWERS', `"${line}"`);
            return { back: false, value: checkValue(q.key, picked) };
          }
          const c = choices[Number(line) - 1];
          if (!/^\d+$/.test(line) || c === undefined)
            throw new HeguiError('HEGUI_E_ASSESS_ANSWERS', `"${line}"`);
          return { back: false, value: kind.type === 'boolean' ? c.value === 'true' : c.value };
        } catch (error) {
          if (!(error instanceof HeguiError)) throw error;
          write(`${zh ? '无法识别' : 'Not understood'}: ${error.message}\n`);
        }
      }
    },
  };
}

// ---------------------------------------------------------------- raw terminal

interface Key {
  name: string | undefined;
  sequence: string;
  ctrl: boolean;
}

function keyReader(stdin: Stdin): { next(): Promise<Key | null>; close(): void } {
  emitKeypressEvents(stdin);
  stdin.setRawMode?.(true);
  stdin.resume();
  const queue: Key[] = [];
  let waiting: ((k: Key | null) => void) | undefined;
  let done = false;
  const deliver = (k: Key | null) => {
    if (waiting) {
      const w = waiting;
      waiting = undefined;
      w(k);
    } else if (k) queue.push(k);
  };
  const onKey = (
    str: string | undefined,
    key: { name?: string; sequence?: string; ctrl?: boolean } | undefined,
  ) => deliver({ name: key?.name, sequence: key?.sequence ?? str ?? '', ctrl: key?.ctrl === true });
  const onEnd = () => {
    done = true;
    deliver(null);
  };
  stdin.on('keypress', onKey);
  stdin.on('end', onEnd);
  return {
    next: () =>
      queue.length > 0
        ? Promise.resolve(queue.shift()!)
        : done
          ? Promise.resolve(null)
          : new Promise((resolve) => (waiting = resolve)),
    close() {
      stdin.off('keypress', onKey);
      stdin.off('end', onEnd);
      stdin.setRawMode?.(false);
      stdin.pause();
    },
  };
}

export function ttyUi(stdin: Stdin, write: (s: string) => void, lang: Lang): Ui {
  const keys = keyReader(stdin);
  const zh = lang === 'zh';
  let drawn = 0;
  const draw = (lines: string[]) => {
    if (drawn > 0) write(`\x1b[${drawn}A\r\x1b[0J`);
    write(`${lines.join('\n')}\n`);
    drawn = lines.length;
  };
  const next = async (): Promise<Key> => {
    const k = await keys.next();
    if (k === null) throw ended();
    if (k.ctrl && k.name === 'c')
      throw new HeguiError('HEGUI_E_USAGE', 'questionnaire cancelled (Ctrl-C); nothing was assessed');
    return k;
  };
  const isBack = (k: Key) => k.name === 'left' || k.name === 'backspace';
  const isEnter = (k: Key) => k.name === 'return' || k.name === 'enter';
  const hint = zh
    ? '(↑↓ 选择，空格 勾选，回车 确认，← 或退格 返回上一题)'
    : '(↑↓ move, Space toggle, Enter confirm, ← or Backspace: back)';
  return {
    message(text) {
      write(`\x1b[33m! ${text}\x1b[0m\n`);
      drawn = 0;
    },
    close: () => keys.close(),
    async ask(q, answers, position) {
      drawn = 0;
      const kind = SCHEMA[q.key];
      const head = `\x1b[1m? [${position}] ${q.prompt[lang]}\x1b[0m`;
      /** Collapse the question to one line once it is answered (or left with ←). */
      const done = (r: Asked, shown: string): Asked => {
        draw([
          r.back
            ? `\x1b[2m← ${q.prompt[lang]}\x1b[0m`
            : `\x1b[32m✔\x1b[0m ${q.prompt[lang]} \x1b[36m${shown}\x1b[0m`,
        ]);
        return r;
      };
      if (kind.type === 'count') {
        let text = currentText(q, answers);
        let error = '';
        for (;;) {
          draw([
            `${head} ${zh ? '(输入数字，回车确认，← 返回)' : '(type a number, Enter, ← back)'}`,
            `> ${text}`,
            ...(error ? [error] : []),
          ]);
          const k = await next();
          if (isEnter(k)) {
            try {
              if (!/^\d{1,13}$/.test(text)) throw new HeguiError('HEGUI_E_ASSESS_ANSWERS', `"${text}"`);
              return done({ back: false, value: checkValue(q.key, Number(text)) }, text);
            } catch (e) {
              if (!(e instanceof HeguiError)) throw e;
              error = `${zh ? '无法识别' : 'Not understood'}: ${e.message}`;
            }
          } else if (k.name === 'left' || (k.name === 'backspace' && text === '')) return done(BACK, '');
          else if (k.name === 'backspace') text = text.slice(0, -1);
          else if (/^\d$/.test(k.sequence)) text += k.sequence;
        }
      }
      const choices = choicesOf(q);
      const multi = kind.type === 'list';
      const cur = answers[q.key];
      const selected = new Set<string>(multi ? (cur as string[]) : []);
      let at = multi
        ? 0
        : Math.max(
            0,
            choices.findIndex((c) => c.value === String(cur)),
          );
      let error = '';
      for (;;) {
        draw([
          `${head} ${hint}`,
          ...choices.map((c, n) => {
            const mark = multi ? (selected.has(c.value) ? '◉ ' : '◯ ') : '';
            return `${n === at ? '\x1b[36m❯' : ' '} ${mark}${c.label[lang]}${n === at ? '\x1b[0m' : ''}`;
          }),
          ...(error ? [`\x1b[33m${error}\x1b[0m`] : []),
        ]);
        const k = await next();
        if (k.name === 'up') at = (at + choices.length - 1) % choices.length;
        else if (k.name === 'down') at = (at + 1) % choices.length;
        else if (isBack(k)) return done(BACK, '');
        else if (multi && k.name === 'space') {
          const v = choices[at]!.value;
          if (selected.has(v)) selected.delete(v);
          else selected.add(v);
        } else if (isEnter(k)) {
          if (multi) {
            const picked = choices.filter((c) => selected.has(c.value));
            if (q.required === true && picked.length === 0) {
              error = zh ? '请至少选择一项(空格勾选)' : 'choose at least one (Space toggles)';
              continue;
            }
            const shown = picked.map((c) => c.label[lang]).join(zh ? '、' : ', ');
            return done({ back: false, value: picked.map((c) => c.value) }, shown === '' ? '-' : shown);
          }
          const c = choices[at]!;
          return done(
            { back: false, value: kind.type === 'boolean' ? c.value === 'true' : c.value },
            c.label[lang],
          );
        }
      }
    },
  };
}
