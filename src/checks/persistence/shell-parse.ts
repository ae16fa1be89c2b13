/**
 * A small, forgiving parser for the shell command lines found in crontabs, timers and cron scripts.
 * It never evaluates anything: it splits a line into pipelines of simple commands (words and
 * redirections) and keeps command substitutions, process substitutions and ( subshells ) as nested
 * scripts, so that `bash -c "$(curl …)"` or `(curl … || wget …) | sh` can be recognised. Quotes are
 * removed the way the shell would; `$VAR` and `~` stay as written. Pure.
 */

export interface Redirect {
  /** The file descriptor written before the operator ("2" in `2>&1`), "" when none was given. */
  fd: string;
  /** `>` `>>` `>|` `<` `<>` `>&` `<&` `&>` `&>>` `<<` `<<-` `<<<`. */
  op: string;
  target: string;
}

export interface SimpleCommand {
  words: string[];
  redirects: Redirect[];
  /** Scripts nested in this command: $( ), ` `, <( ), >( ), and the body of a ( subshell ). */
  nested: Script[];
  /** A ( subshell ) standing as a pipeline stage; its body is nested[0]. */
  group?: boolean;
}

export interface Pipeline {
  commands: SimpleCommand[];
}

/** Pipelines in the order written; `;`, `&&`, `||`, `&` and newlines all separate them. */
export type Script = Pipeline[];

const MAX_DEPTH = 8;

/** Index just past the `)` closing the `(` at `open`, skipping quotes; src.length when unbalanced. */
function closeParen(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') i++;
    else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      i = end < 0 ? src.length : end;
    } else if (c === '"') {
      i = closeDouble(src, i);
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return src.length;
}

/** Index of the `"` closing the one at `open`. */
function closeDouble(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') i++;
    else if (c === '"') return i;
    else if (c === '$' && src[i + 1] === '(') i = closeParen(src, i + 1) - 1;
  }
  return src.length;
}

function closeBacktick(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '`') return i;
  }
  return src.length;
}

/** Decode the escapes of ANSI-C quoting ($'…'): \xHH, \NNN octal, \n, \t, \\, \', \". */
function ansiC(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|u[0-9a-fA-F]{1,4}|.)/g, (_m, e: string) => {
    if (e[0] === 'x' || e[0] === 'u') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return (
      (
        { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v' } as Record<
          string,
          string
        >
      )[e] ?? e
    );
  });
}

export function parseShell(src: string, depth = 0): Script {
  const script: Script = [];
  let pipeline: Pipeline = { commands: [] };
  let cmd: SimpleCommand = { words: [], redirects: [], nested: [] };
  let word: string | null = null;
  /** True while the current word has had a quote: "2" in `"2">x` is not a descriptor. */
  let quoted = false;
  let pending: { fd: string; op: string } | null = null;

  const nest = (body: string) => {
    if (depth < MAX_DEPTH) cmd.nested.push(parseShell(body, depth + 1));
  };
  const endWord = () => {
    if (word === null) return;
    if (pending) {
      cmd.redirects.push({ ...pending, target: word });
      pending = null;
    } else cmd.words.push(word);
    word = null;
    quoted = false;
  };
  const endCommand = () => {
    endWord();
    if (pending) {
      cmd.redirects.push({ ...pending, target: '' });
      pending = null;
    }
    if (cmd.words.length > 0 || cmd.redirects.length > 0 || cmd.nested.length > 0)
      pipeline.commands.push(cmd);
    cmd = { words: [], redirects: [], nested: [] };
  };
  const endPipeline = () => {
    endCommand();
    if (pipeline.commands.length > 0) script.push(pipeline);
    pipeline = { commands: [] };
  };

  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === ' ' || c === '\t') {
      endWord();
      i++;
    } else if (c === '\n' || c === ';') {
      endPipeline();
      i++;
    } else if (c === '#' && word === null) {
      const nl = src.indexOf('\n', i);
      i = nl < 0 ? src.length : nl;
    } else if (c === '|') {
      if (next === '|') {
        endPipeline();
        i += 2;
      } else {
        endCommand();
        i += next === '&' ? 2 : 1;
      }
    } else if (c === '&' && next === '&') {
      endPipeline();
      i += 2;
    } else if (c === '&' && next === '>') {
      endWord();
      const op = src[i + 2] === '>' ? '&>>' : '&>';
      pending = { fd: '', op };
      i += op.length;
    } else if (c === '&') {
      endPipeline();
      i++;
    } else if ((c === '<' || c === '>') && next === '(' && word === null) {
      const end = closeParen(src, i + 1);
      nest(src.slice(i + 2, end - 1));
      word = src.slice(i, end);
      i = end;
    } else if (c === '<' || c === '>') {
      let fd = '';
      if (word !== null && !quoted && /^\d+$/.test(word)) {
        fd = word;
        word = null;
      } else endWord();
      const op = /^(<<<|<<-|<<|<>|<&|>>|>&|>\||<|>)/.exec(src.slice(i))![0];
      pending = { fd, op };
      i += op.length;
    } else if (c === '(' && word === null) {
      const end = closeParen(src, i);
      endCommand();
      cmd.group = true;
      nest(src.slice(i + 1, end - 1));
      endCommand();
      i = end;
    } else if (c === ')') {
      endPipeline();
      i++;
    } else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      const stop = end < 0 ? src.length : end;
      word = (word ?? '') + src.slice(i + 1, stop);
      quoted = true;
      i = stop + 1;
    } else if (c === '"') {
      const end = closeDouble(src, i);
      const body = src.slice(i + 1, end);
      // Substitutions inside double quotes still run.
      for (let j = 0; j < body.length; j++) {
        if (body[j] === '\\') j++;
        else if (body[j] === '$' && body[j + 1] === '(') {
          const close = closeParen(body, j + 1);
          nest(body.slice(j + 2, close - 1));
          j = close - 1;
        } else if (body[j] === '`') {
          const close = closeBacktick(body, j);
          nest(body.slice(j + 1, close));
          j = close;
        }
      }
      word = (word ?? '') + body.replace(/\\(["\\$`])/g, '$1');
      quoted = true;
      i = end + 1;
    } else if (c === '\\') {
      if (next === '\n') i += 2;
      else {
        word = (word ?? '') + (next ?? '');
        i += 2;
      }
    } else if (c === '$' && next === "'") {
      let end = i + 2;
      while (end < src.length && src[end] !== "'") end += src[end] === '\\' ? 2 : 1;
      word = (word ?? '') + ansiC(src.slice(i + 2, end));
      quoted = true;
      i = end + 1;
    } else if (c === '$' && next === '(') {
      const end = closeParen(src, i + 1);
      nest(src.slice(i + 2, end - 1));
      word = (word ?? '') + src.slice(i, end);
      i = end;
    } else if (c === '$' && next === '{') {
      const end = src.indexOf('}', i);
      const stop = end < 0 ? src.length : end + 1;
      word = (word ?? '') + src.slice(i, stop);
      i = stop;
    } else if (c === '`') {
      const end = closeBacktick(src, i);
      nest(src.slice(i + 1, end));
      word = (word ?? '') + src.slice(i, end + 1);
      i = end + 1;
    } else {
      word = (word ?? '') + c;
      i++;
    }
  }
  endPipeline();
  return script;
}

/** Every simple command of a script, nested ones included, in reading order. */
export function* allCommands(script: Script): Generator<SimpleCommand> {
  for (const pipeline of script) {
    for (const cmd of pipeline.commands) {
      yield cmd;
      for (const inner of cmd.nested) yield* allCommands(inner);
    }
  }
}
