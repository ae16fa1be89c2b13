/**
 * Pure analysis of one script file into weighted signals (see webshell.rules.ts for the scoring idea).
 * Nothing here executes what it reads: literal expressions are computed by php-expr.ts only.
 */
import { DECODER_NAMES, evaluatePhp, matchBracket, statementEnd } from './php-expr.ts';
import { entropy, splitArgs } from './text-tools.ts';
import {
  ASP_CODE,
  ASP_INPUT,
  ASP_SHELL,
  ASPX_ASSEMBLY,
  ASPX_CRYPTO,
  DANGEROUS_NAMES,
  JSP_CLASSLOAD,
  JSP_CRYPTO,
  JSP_EXEC,
  JSP_INPUT,
  JSP_SCRIPT,
  JSP_SESSION,
  KIT_MARKERS,
  PHP_CALLBACK_SINKS,
  PHP_FRAMEWORK_INPUT,
  PHP_INPUT,
  PHP_SANITIZER,
  RECON_TRAITS,
  STEALTH,
} from './webshell.rules.ts';

export interface Signal {
  id: string;
  weight: number;
  reason: string;
  /** Character offset of the evidence in the analysed text. */
  offset: number;
  family?: string;
}

const MAX_STATEMENT = 1024 * 1024;
const MAX_DEPTH = 3;
const IDENT = '[A-Za-z_\\u0080-\\uffff][\\w\\u0080-\\uffff]*';

/** 1 − Π(1 − w) over the strongest signal of each id. */
export function combine(signals: readonly Signal[]): number {
  const best = new Map<string, number>();
  for (const s of signals) best.set(s.id, Math.max(best.get(s.id) ?? 0, s.weight));
  let rest = 1;
  for (const w of best.values()) rest *= 1 - w;
  return 1 - rest;
}

/** The family named by the strongest family-bearing signal. */
export function familyOf(signals: readonly Signal[]): string | undefined {
  const order = [
    'behinder',
    'godzilla',
    'wso',
    'b374k',
    'c99',
    'r57',
    'weevely',
    'jspspy',
    'antsword',
    'china-chopper',
  ];
  const families = new Set(signals.map((s) => s.family).filter((f): f is string => f !== undefined));
  return order.find((f) => families.has(f)) ?? [...families].sort()[0];
}

type Taint = 'input' | 'prefixed';

// ---- PHP -------------------------------------------------------------------------------------------

const DECODERS_RE =
  /\b(?:base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|strrev|hex2bin|convert_uudecode|urldecode|rawurldecode)\s*\(/i;
const NESTED_DECODERS =
  /\b(?:base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|strrev|hex2bin|convert_uudecode|urldecode|rawurldecode)\s*\(\s*@?\s*(?:base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|strrev|hex2bin|convert_uudecode|urldecode|rawurldecode)\s*\(/gi;
const XOR_KEY_LOOP = /\[\s*\(?\s*\$\w+\s*\+\s*1\s*\)?\s*&\s*15\s*\]/;
const HEX16 = /['"][0-9a-f]{16}['"]/;
const SUPERGLOBAL = /^_(?:GET|POST|REQUEST|COOKIE|FILES|SERVER)$/;
const VARVAR = new RegExp(`\\$\\$(${IDENT})`, 'g');
const PROPERTY = new RegExp(`->\\s*(${IDENT})`, 'g');
const PROPERTY_ASSIGN = new RegExp(`->\\s*(${IDENT})\\s*=(?![=>])`, 'g');
const DIRECT_PARAM = /^\s*@?\s*\$_(?:POST|GET|REQUEST|COOKIE)\s*\[\s*['"]?[^\]]{1,40}\]\s*$/;

const VAR_RE = new RegExp(`\\$(${IDENT})`, 'g');
const LOOKUP_AT = new RegExp(`^\\$(${IDENT})\\s*\\[`);

/** The first n matches: a file with a million sink calls is surely decided by its first ones. */
function* matchAllN(text: string, re: RegExp, n = 5_000): Generator<RegExpExecArray> {
  let i = 0;
  for (const m of text.matchAll(re)) {
    if (i++ >= n) return;
    yield m;
  }
}

function varsIn(expr: string): string[] {
  return [...expr.matchAll(VAR_RE)].map((m) => m[1]!);
}

function precededByMember(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at).replace(/\s+$/, '');
  return (
    before.endsWith('->') ||
    before.endsWith('::') ||
    /\b(?:function|new|fn)$/i.test(before) ||
    before.endsWith('$')
  );
}

function techniqueOf(raw: string): string {
  if (/chr\s*\(/i.test(raw)) return 'chr() codes';
  if (/\\x[0-9a-f]{2}|\\[0-7]{3}/i.test(raw)) return 'escape sequences';
  if (/base64_decode/i.test(raw)) return 'base64';
  if (/str_rot13/i.test(raw)) return 'rot13';
  if (/strrev/i.test(raw)) return 'strrev';
  if (/str_replace|strtr/i.test(raw)) return 'str_replace';
  return 'string splicing';
}

function dangerousName(value: string | null): string | undefined {
  if (value === null) return undefined;
  const v = value.trim().toLowerCase();
  return DANGEROUS_NAMES.has(v) ? v : undefined;
}

/** Blank out <pre>/<code> blocks of HTML-escaped code (articles about webshells), keeping offsets. */
export function blankEscapedCode(text: string): string {
  if (!/&lt;(?:\?|%)/.test(text)) return text;
  return text.replace(/<(pre|code)\b[^>]*>[\s\S]*?<\/\1>/gi, (m) => m.replace(/[^\n]/g, ' '));
}

export function analyzePhp(source: string, depth = 0): Signal[] {
  const text = depth === 0 ? blankEscapedCode(source) : source;
  // Work budget: statement and bracket scans may look far ahead (a payload blob), but together they
  // read a bounded multiple of the text, so the analysis stays linear on hostile input.
  let budget = 8 * text.length + 65_536;
  const endOf = (start: number, cap: number): number => {
    const end = statementEnd(text, start, Math.min(cap, Math.max(400, budget)));
    budget -= end - start;
    return end;
  };
  const closeOf = (open: number, cap: number): number => {
    const limit = Math.min(cap, Math.max(400, budget));
    const close = matchBracket(text, open, limit);
    budget -= close < 0 ? limit : close - open;
    return close;
  };
  const signals: Signal[] = [];
  const add = (s: Signal) => signals.push(s);
  const consts = new Map<string, string>();
  /** Variables whose constant value came out of a decoder (base64, gzinflate, …). */
  const decodedVars = new Set<string>();
  const taint = new Map<string, Taint>();

  /** Object properties assigned from the request ($o->cmd = $_POST['x']). */
  const taintedProps = new Set<string>();

  /**
   * Lookup tables: variables only ever assigned a literal array of harmless strings
   * (`$routes = ['home' => 'pages/home.php']`). `$routes[$_GET['p']]` is one of those strings whatever
   * the request says (an allow-list), so the lookup carries no taint.
   */
  const lookupTables = new Set<string>();
  const neutralised = (expr: string): string => {
    if (lookupTables.size === 0 || !expr.includes('[')) return expr;
    let out = expr;
    for (let at = out.indexOf('$'); at >= 0; at = out.indexOf('$', at + 1)) {
      const m = LOOKUP_AT.exec(out.slice(at, at + 200));
      if (!m || !lookupTables.has(m[1]!)) continue;
      const close = matchBracket(out, at + m[0].length - 1, 400);
      if (close < 0) continue;
      out = `${out.slice(0, at)}''${out.slice(close + 1)}`;
    }
    return out;
  };

  const taintOf = (raw: string): Taint | undefined => {
    const expr = neutralised(raw);
    if (PHP_INPUT.test(expr) || PHP_FRAMEWORK_INPUT.test(expr)) return 'input';
    // $$name where $name holds "_POST" and the like: a superglobal by another name.
    for (const m of expr.matchAll(VARVAR)) if (SUPERGLOBAL.test(consts.get(m[1]!) ?? '')) return 'input';
    for (const m of expr.matchAll(PROPERTY)) if (taintedProps.has(m[1]!)) return 'input';
    let result: Taint | undefined;
    for (const v of varsIn(expr)) {
      const t = taint.get(v);
      if (t === 'input') return 'input';
      if (t) result = t;
    }
    return result;
  };

  // Assignments: constant values (for de-obfuscation) and taint (two passes so order does not matter).
  const assignRe = new RegExp(`\\$(${IDENT})\\s*(?:\\[[^\\]\\n]{0,60}\\]\\s*)?(\\.?)=(?![=>])`, 'g');
  /** rhs: the whole right-hand side (a payload may be long); head: its start, for names and taint. */
  const assignments: {
    name: string;
    indexed: boolean;
    append: boolean;
    rhs: string;
    head: string;
    at: number;
  }[] = [];
  for (const m of matchAllN(text, assignRe, 10_000)) {
    const start = m.index + m[0].length;
    const end = endOf(start, MAX_STATEMENT);
    const rhs = text.slice(start, end);
    assignments.push({
      name: m[1]!,
      indexed: m[0].includes('['),
      append: m[2] === '.',
      rhs,
      head: rhs.length > 1024 ? rhs.slice(0, 1024) : rhs,
      at: m.index,
    });
  }
  for (const a of assignments) {
    const used = varsIn(a.head);
    if (DECODERS_RE.test(a.head) || used.some((v) => decodedVars.has(v))) decodedVars.add(a.name);
    if (!/['"]|\bchr\s*\(/i.test(a.head) && !used.some((v) => consts.has(v))) continue;
    const value = evaluatePhp(a.rhs, consts);
    if (value === null) continue;
    const prior = consts.get(a.name);
    consts.set(a.name, a.append && prior !== undefined ? prior + value : value);
    const name = dangerousName(consts.get(a.name)!);
    if (name && !a.head.toLowerCase().includes(name)) {
      add({
        id: 'obfuscated-name',
        weight: 0.5,
        reason: `"${name}" assembled with ${techniqueOf(a.head)}`,
        offset: a.at,
      });
    }
  }
  const byName = new Map<string, (typeof assignments)[number][]>();
  for (const a of assignments) {
    const list = byName.get(a.name);
    if (list) list.push(a);
    else byName.set(a.name, [a]);
  }
  for (const [name, all] of byName) {
    const literal = all.every(
      (b) =>
        !b.indexed &&
        !b.append &&
        /^\s*(?:\[|array\s*\()/i.test(b.rhs) &&
        !/[$`]/.test(b.rhs) &&
        ![...b.rhs.matchAll(/(['"])([^'"]{1,40})\1/g)].some((q) => dangerousName(q[2]!) !== undefined),
    );
    if (literal) lookupTables.add(name);
  }
  for (let pass = 0; pass < 2; pass++) {
    for (const a of assignments) {
      if (taint.get(a.name) === 'input') continue;
      const t = taintOf(a.head);
      if (!t || PHP_SANITIZER.test(a.head)) continue;
      const prefixed = /^\s*(['"])[^'"]*\1\s*\./.test(a.head);
      taint.set(a.name, t === 'input' && !prefixed ? 'input' : 'prefixed');
    }
    for (const m of matchAllN(text, PROPERTY_ASSIGN)) {
      const start = m.index + m[0].length;
      if (taintOf(text.slice(start, endOf(start, 4096))) === 'input') taintedProps.add(m[1]!);
    }
    for (const m of matchAllN(
      text,
      new RegExp(`foreach\\s*\\(\\s*([^;]{1,80}?)\\s+as\\s+\\$(${IDENT})(?:\\s*=>\\s*\\$(${IDENT}))?`, 'gi'),
    )) {
      if (taintOf(m[1]!) !== 'input') continue;
      taint.set(m[2]!, 'input');
      if (m[3]) taint.set(m[3], 'input');
    }
  }

  // extract($_REQUEST) and the like: every variable the file never assigns may come from the request.
  let extracted = false;
  for (const m of matchAllN(text, /\b(?:extract|parse_str|import_request_variables)\s*\(([^;]{0,120})/gi)) {
    if (PHP_INPUT.test(m[1]!)) {
      extracted = true;
      add({
        id: 'extract-input',
        weight: 0.45,
        reason: 'request input turned into variables (extract/parse_str)',
        offset: m.index,
      });
    }
  }
  const assigned = new Set(assignments.map((a) => a.name));

  // Code evaluation sinks.
  for (const m of matchAllN(text, /(?<![\w$>:\\])(eval|assert|create_function)\s*\(/gi)) {
    if (precededByMember(text, m.index)) continue;
    const name = m[1]!.toLowerCase();
    const open = m.index + m[0].length - 1;
    const close = closeOf(open, MAX_STATEMENT);
    const args = text.slice(open + 1, close < 0 ? Math.min(text.length, open + 400) : close);
    const t = taintOf(args);
    if (t === 'input') {
      const direct = DIRECT_PARAM.test(args);
      const decoded = DECODERS_RE.test(args);
      const family =
        /_0x[0-9a-f]{3,}|\[\s*['"]ant['"]\s*\]/i.test(args) || (decoded && PHP_INPUT.test(args))
          ? 'antsword'
          : direct
            ? 'china-chopper'
            : undefined;
      add({
        id: 'code-exec-input',
        weight: 0.92,
        reason: `${name}() runs request input${decoded ? ' after decoding it' : ''}`,
        offset: m.index,
        ...(family ? { family } : {}),
      });
      continue;
    }
    const value = evaluatePhp(args, consts);
    const decodedArg = DECODERS_RE.test(args) || varsIn(args).some((v) => decodedVars.has(v));
    if (value !== null && value.length > 8 && decodedArg) {
      add({
        id: 'code-exec-decoded',
        weight: 0.6,
        reason: `${name}() runs a decoded literal payload`,
        offset: m.index,
      });
      if (depth < MAX_DEPTH) {
        for (const inner of analyzePhp(value, depth + 1)) {
          add({ ...inner, offset: m.index, reason: `decoded payload: ${inner.reason}` });
        }
      }
      continue;
    }
    if (decodedArg) {
      add({ id: 'code-exec-decoded', weight: 0.55, reason: `${name}() runs decoded data`, offset: m.index });
    } else if (/\$/.test(args)) {
      add({
        id: 'code-exec-dynamic',
        weight: name === 'eval' ? 0.3 : 0.35,
        reason: `${name}() on a variable`,
        offset: m.index,
      });
    } else if (name === 'create_function') {
      add({
        id: 'code-exec-dynamic',
        weight: 0.25,
        reason: 'create_function() (removed in PHP 8)',
        offset: m.index,
      });
    }
  }

  // Callback sinks: the callback itself comes from the request, or is a hidden dangerous name.
  const callbackNames = Object.keys(PHP_CALLBACK_SINKS).join('|');
  for (const m of matchAllN(text, new RegExp(`(?<![\\w$>:\\\\])(${callbackNames})\\s*\\(`, 'gi'))) {
    if (precededByMember(text, m.index)) continue;
    const name = m[1]!.toLowerCase();
    const open = m.index + m[0].length - 1;
    const close = closeOf(open, 4096);
    if (close < 0) continue;
    const args = splitArgs(text.slice(open + 1, close));
    const cb = args[PHP_CALLBACK_SINKS[name] ?? 0] ?? '';
    const rest = args.filter((_, i) => i !== PHP_CALLBACK_SINKS[name]).join(',');
    if (/^\s*(?:array\s*\(|\[|function\b|fn\b|static\s+function)/i.test(cb)) continue;
    if (taintOf(cb) === 'input') {
      add({
        id: 'callback-input',
        weight: 0.9,
        reason: `${name}() calls a function named by the request`,
        offset: m.index,
      });
      continue;
    }
    const hidden = dangerousName(
      /['"]/.test(cb) ? evaluatePhp(cb, consts) : (consts.get(cb.trim().replace(/^\$/, '')) ?? null),
    );
    if (
      hidden &&
      [
        'eval',
        'assert',
        'create_function',
        'system',
        'exec',
        'shell_exec',
        'passthru',
        'popen',
        'proc_open',
        'pcntl_exec',
      ].includes(hidden)
    ) {
      const withInput = taintOf(rest) === 'input';
      add({
        id: withInput ? 'callback-input' : 'callback-dangerous',
        weight: withInput ? 0.92 : 0.5,
        reason: `${name}() calls ${hidden}${withInput ? ' on request input' : ''}`,
        offset: m.index,
      });
    }
  }

  // preg_replace with the /e modifier (code evaluation, removed in PHP 7).
  for (const m of matchAllN(text, /(?<![\w$>:\\])preg_replace\s*\(/gi)) {
    const open = m.index + m[0].length - 1;
    const close = closeOf(open, 4096);
    if (close < 0) continue;
    const args = splitArgs(text.slice(open + 1, close));
    const pattern = evaluatePhp(args[0] ?? '', consts);
    const tainted = taintOf(args.join(',')) === 'input';
    if (
      pattern !== null &&
      /^([^\w\s\\])[\s\S]*\1[a-z]*e[a-z]*$/i.test(pattern.trim()) &&
      /e[a-z]*$/.test(pattern.trim())
    ) {
      add({
        id: 'preg-e',
        weight: tainted ? 0.92 : 0.6,
        reason: `preg_replace with the /e modifier${tainted ? ' on request input' : ''}`,
        offset: m.index,
      });
    } else if (taintOf(args[0] ?? '') === 'input') {
      add({
        id: 'preg-e',
        weight: 0.8,
        reason: 'preg_replace pattern taken from the request',
        offset: m.index,
      });
    }
  }

  // Command execution.
  for (const m of matchAllN(
    text,
    /(?<![\w$>:\\])(system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec)\s*\(/gi,
  )) {
    if (precededByMember(text, m.index)) continue;
    const open = m.index + m[0].length - 1;
    const close = closeOf(open, 8192);
    const args = text.slice(open + 1, close < 0 ? Math.min(text.length, open + 400) : close);
    const t = taintOf(args);
    if (t === 'input') {
      const escaped = /escapeshell(?:arg|cmd)\s*\(/i.test(args);
      add({
        id: escaped ? 'exec-input-escaped' : 'exec-input',
        weight: escaped ? 0.3 : 0.85,
        reason: `${m[1]!.toLowerCase()}() runs a command from the request${escaped ? ' (escaped)' : ''}`,
        offset: m.index,
      });
    } else if (/\$/.test(args)) {
      add({
        id: 'exec-dynamic',
        weight: 0.12,
        reason: `${m[1]!.toLowerCase()}() on a variable`,
        offset: m.index,
      });
    }
  }
  for (const m of matchAllN(text, /`([^`\n]{1,300})`/g)) {
    if (taintOf(m[1]!) === 'input')
      add({ id: 'exec-input', weight: 0.85, reason: 'backtick command from the request', offset: m.index });
  }

  // include/require of the request body, an uploaded file or a request-named path.
  for (const m of matchAllN(text, /(?<![\w$>:\\])(?:include|require)(?:_once)?\b\s*\(?/gi)) {
    const end = endOf(m.index + m[0].length, 400);
    const stmt = text.slice(m.index, end);
    if (/php:\/\/input|data:(?:text\/plain|\/\/)|\$_FILES/i.test(stmt)) {
      add({
        id: 'include-input',
        weight: 0.9,
        reason: 'include of the request body or an uploaded file',
        offset: m.index,
      });
    } else if (taintOf(stmt) === 'input') {
      add({
        id: 'include-input',
        weight: 0.45,
        reason: 'include of a path from the request',
        offset: m.index,
      });
    }
  }

  // Variable functions: $_POST['a']($_POST['b']), $f(...) with $f from the request or a hidden name.
  for (const m of matchAllN(text, /\$_(?:GET|POST|REQUEST|COOKIE|SERVER)\s*\[[^\]\n]{1,60}\]\s*\(/g)) {
    add({
      id: 'varfunc-input',
      weight: 0.92,
      reason: 'calls a function whose name comes from the request',
      offset: m.index,
      family: 'china-chopper',
    });
  }
  for (const m of matchAllN(text, new RegExp(`\\$(${IDENT})\\s*\\(`, 'g'))) {
    if (precededByMember(text, m.index)) continue;
    const name = m[1]!;
    const open = m.index + m[0].length - 1;
    const close = closeOf(open, 8192);
    const args = text.slice(open + 1, close < 0 ? Math.min(text.length, open + 400) : close);
    const t =
      taint.get(name) ??
      (extracted && !assigned.has(name) && !/^(?:this|GLOBALS)$/.test(name) ? 'input' : undefined);
    if (t === 'input') {
      add({
        id: 'varfunc-input',
        weight: 0.9,
        reason: `$${name}() calls a function named by the request`,
        offset: m.index,
      });
      continue;
    }
    if (t === 'prefixed') {
      add({
        id: 'varfunc-prefixed',
        weight: 0.15,
        reason: `$${name}() named partly by the request`,
        offset: m.index,
      });
      continue;
    }
    const hidden = dangerousName(consts.get(name) ?? null);
    if (hidden && !DECODER_NAMES.has(hidden)) {
      const withInput = taintOf(args) === 'input';
      add({
        id: withInput ? 'hidden-sink-input' : 'hidden-sink',
        weight: withInput ? 0.92 : 0.55,
        reason: `$${name}() calls ${hidden}${withInput ? ' on request input' : ''}`,
        offset: m.index,
      });
    }
  }

  // filter_var(…, FILTER_CALLBACK, ['options' => 'assert']) and other callbacks passed by option arrays.
  for (const m of matchAllN(text, /\bFILTER_CALLBACK\b/g)) {
    const start = text.lastIndexOf(';', m.index) + 1;
    const stmt = text.slice(start, endOf(m.index, 4096));
    const named = /['"](assert|system|exec|passthru|shell_exec|create_function|popen|proc_open)['"]/i.exec(
      stmt,
    );
    if (named) {
      const withInput = taintOf(stmt) === 'input';
      add({
        id: withInput ? 'callback-input' : 'callback-dangerous',
        weight: withInput ? 0.9 : 0.5,
        reason: `filter callback calls ${named[1]!.toLowerCase()}${withInput ? ' on request input' : ''}`,
        offset: m.index,
      });
    }
  }
  // Identifiers made of O/0 or l/1 only: the mark of common PHP obfuscators.
  const confusable = new Set(
    [...matchAllN(text, /\$([O0]{4,}|[Il1]{4,})\b/g)]
      .map((m) => m[1]!)
      .filter((n) => /[O]/.test(n) === /0/.test(n) || (/[Il]/.test(n) && /1/.test(n))),
  );
  if (confusable.size >= 3) {
    add({
      id: 'obfuscated-identifiers',
      weight: 0.4,
      reason: `${confusable.size} variables named only with O/0 or l/1 (obfuscator)`,
      offset: text.search(/\$(?:[O0]{4,}|[Il1]{4,})\b/),
    });
  }

  // Spliced or escaped names outside assignments: ("as"."sert")(…), "\x65\x76\x61\x6c". (Case is spelled
  // out for chr(): a case-insensitive back-reference sends V8 to a path 15 times slower.)
  for (const m of matchAllN(
    text,
    /(['"])[^'"\n]{0,12}\1(?:\s*\.\s*(?:(['"])[^'"\n]{0,12}\2|[cC][hH][rR]\s*\(\s*\d+\s*\)))+/g,
  )) {
    const name = dangerousName(evaluatePhp(m[0]));
    if (name && !m[0].toLowerCase().includes(name)) {
      add({
        id: 'obfuscated-name',
        weight: 0.5,
        reason: `"${name}" assembled with ${techniqueOf(m[0])}`,
        offset: m.index,
      });
    }
  }
  for (const m of matchAllN(text, /"(?:\\x[0-9a-fA-F]{2}|\\[0-7]{3}){3,}"/g)) {
    const value = evaluatePhp(m[0]);
    const name = dangerousName(value);
    if (name)
      add({
        id: 'obfuscated-name',
        weight: 0.5,
        reason: `"${name}" written as escape sequences`,
        offset: m.index,
      });
    else if (m[0].length > 80)
      add({ id: 'escaped-string', weight: 0.3, reason: 'long string of escape sequences', offset: m.index });
  }
  for (const m of matchAllN(text, /\bchr\s*\(\s*\d+\s*\)(?:\s*\.\s*chr\s*\(\s*\d+\s*\)){3,}/gi)) {
    add({ id: 'chr-chain', weight: 0.35, reason: 'string built from chr() codes', offset: m.index });
  }
  for (const m of matchAllN(text, NESTED_DECODERS)) {
    add({
      id: 'decode-chain',
      weight: 0.45,
      reason: 'nested decoders (base64/gzinflate/rot13 chain)',
      offset: m.index,
    });
  }

  // Long encoded blobs and high-entropy lines.
  for (const m of matchAllN(text, /(['"])([A-Za-z0-9+/_-]{400,}={0,2})\1/g)) {
    const body = m[2]!;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (
      /base64,\s*$/i.test(before) ||
      /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|PHN2Zy|d09GR|AAEAAAA|T1RUTw)/.test(body)
    )
      continue;
    add({
      id: 'long-blob',
      weight: body.length >= 2000 ? 0.4 : 0.3,
      reason: `encoded blob of ${body.length} characters`,
      offset: m.index,
    });
  }
  let entropyChecked = 0;
  // Lines of 256 characters or more (what /^[^\n]{256,}$/gm finds, without running a regex at every line
  // start of the file).
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const at = start;
    start = end + 1;
    if (end - at < 256) continue;
    const m = { index: at };
    if (entropyChecked++ > 50) break;
    const line = text.slice(at, end);
    if (/base64,/.test(line)) continue;
    const sample = line.length > 8192 ? line.slice(0, 8192) : line;
    if (entropy(sample) >= 5.3) {
      add({
        id: 'high-entropy',
        weight: 0.2,
        reason: 'high-entropy line (packed or encrypted code)',
        offset: m.index,
      });
      break;
    }
  }

  if (/__COMPILER_HALT_OFFSET__/.test(text) && /file_get_contents\s*\(\s*__FILE__/i.test(text)) {
    add({
      id: 'halt-offset-payload',
      weight: 0.5,
      reason: 'reads a payload stored after __halt_compiler()',
      offset: text.indexOf('__COMPILER_HALT_OFFSET__'),
    });
  }

  // Writing request data to a request-named file; uploads to a request-named path.
  for (const m of matchAllN(text, /(?<![\w$>:\\])(file_put_contents|fopen|move_uploaded_file|copy)\s*\(/gi)) {
    const open = m.index + m[0].length - 1;
    const close = closeOf(open, 4096);
    if (close < 0) continue;
    const args = splitArgs(text.slice(open + 1, close));
    const fn = m[1]!.toLowerCase();
    const dest = fn === 'move_uploaded_file' || fn === 'copy' ? (args[1] ?? '') : (args[0] ?? '');
    if (!/\$_(?:POST|GET|REQUEST|COOKIE)/.test(dest) && taintOf(dest) !== 'input') continue;
    if (/\bbasename\s*\(|\bpathinfo\s*\(|\buniqid\s*\(/i.test(dest)) continue;
    const content =
      fn === 'file_put_contents'
        ? (args[1] ?? '')
        : fn === 'move_uploaded_file' || fn === 'copy'
          ? (args[0] ?? '')
          : '';
    if (fn === 'file_put_contents' && taintOf(content) === 'input') {
      add({
        id: 'write-input',
        weight: 0.75,
        reason: 'file_put_contents() writes request content to a path from the request',
        offset: m.index,
      });
    } else if (fn === 'fopen' || taintOf(content) === 'input' || /\$_FILES/.test(content)) {
      add({
        id: 'write-input',
        weight: 0.65,
        reason: `${fn}() writes request data to a path from the request`,
        offset: m.index,
      });
    }
  }

  let stealth = 0;
  let stealthAt = -1;
  for (const m of matchAllN(text, STEALTH)) {
    stealth += 1;
    if (stealthAt < 0) stealthAt = m.index;
  }
  if (stealth >= 2)
    add({ id: 'stealth', weight: 0.15, reason: 'silences errors and time limits', offset: stealthAt });

  const gate =
    /(?:md5|sha1)\s*\(\s*\$_(?:POST|GET|REQUEST|COOKIE)\s*\[[^\]]+\]\s*\)\s*[!=]==?\s*['"][0-9a-f]{32,40}['"]/i.exec(
      text,
    );
  if (gate)
    add({
      id: 'password-gate',
      weight: 0.2,
      reason: 'hard-coded password hash gate on a request parameter',
      offset: gate.index,
    });

  const recon = RECON_TRAITS.filter((re) => re.test(text)).length;
  if (recon >= 3 && PHP_INPUT.test(text)) {
    add({
      id: 'recon',
      weight: recon >= 5 ? 0.45 : 0.3,
      reason: `${recon} file-manager/system-recon traits`,
      offset: 0,
    });
  }
  for (const k of KIT_MARKERS) {
    const km = k.re.exec(text);
    if (km) add({ id: `kit-${k.family}`, weight: 0.4, reason: k.reason, offset: km.index, family: k.family });
  }

  // Families by structure.
  const behinderTraits = [
    /php:\/\/input/i,
    /openssl_decrypt\s*\(/i,
    /['"]AES-?128(?:-ECB)?['"]/i,
    /\$_SESSION\s*\[\s*['"]k['"]\s*\]/,
    HEX16,
    XOR_KEY_LOOP,
    /explode\s*\(\s*['"]\|['"]/,
    /function\s+__invoke\s*\(/i,
    /call_user_func\s*\(\s*new\b/i,
  ].filter((re) => re.test(text)).length;
  const hasEval = /\beval\s*\(|\bassert\s*\(|call_user_func/i.test(text);
  if (
    /php:\/\/input/i.test(text) &&
    (/openssl_decrypt/i.test(text) || XOR_KEY_LOOP.test(text)) &&
    behinderTraits >= 4 &&
    hasEval
  ) {
    add({
      id: 'family-behinder',
      weight: 0.95,
      reason: 'Behinder traits: raw body, AES/XOR decryption with a session key, evaluation',
      offset: text.search(/php:\/\/input/i),
      family: 'behinder',
    });
  }
  const md5Frame = /substr\s*\(\s*md5\s*\(\s*\$\w+\s*\.\s*\$\w+\s*\)\s*,\s*(?:0\s*,\s*16|16)\s*\)/i;
  const godzillaTraits = [
    md5Frame,
    /\$_SESSION\s*\[\s*\$\w+\s*\]|\$_SESSION\s*\[\s*['"]payload['"]\s*\]/,
    /getBasicsInfo/,
    XOR_KEY_LOOP,
    /\$payloadName\b|\$pass\s*=\s*['"]/,
    /base64_decode\s*\(\s*\$_(?:POST|REQUEST)\s*\[\s*\$\w+\s*\]/,
  ].filter((re) => re.test(text)).length;
  if (godzillaTraits >= 3 && (md5Frame.test(text) || /getBasicsInfo/.test(text)) && hasEval) {
    add({
      id: 'family-godzilla',
      weight: 0.95,
      reason: 'Godzilla traits: XOR/AES payload kept in the session, md5(pass.key) framing',
      offset: Math.max(0, text.search(md5Frame)),
      family: 'godzilla',
    });
  }

  return signals;
}

// ---- JSP -------------------------------------------------------------------------------------------

export function analyzeJsp(source: string): Signal[] {
  const text = blankEscapedCode(source);
  const signals: Signal[] = [];
  const add = (s: Signal) => signals.push(s);
  const tainted = new Set<string>();
  for (let pass = 0; pass < 2; pass++) {
    for (const m of matchAllN(text, /\b(\w+)\s*=(?!=)((?:==|!=|<=|>=|[^;=]){1,400});/g)) {
      const rhs = m[2]!;
      if (JSP_INPUT.test(rhs) || [...rhs.matchAll(/\b(\w+)\b/g)].some((w) => tainted.has(w[1]!)))
        tainted.add(m[1]!);
    }
  }
  const taintedIn = (stmt: string) =>
    JSP_INPUT.test(stmt) || [...stmt.matchAll(/\b(\w+)\b/g)].some((w) => tainted.has(w[1]!));
  const statementAt = (at: number) => {
    const end = text.indexOf(';', at);
    return text.slice(at, end < 0 ? Math.min(text.length, at + 400) : Math.min(end, at + 800));
  };

  // Runtime.exec / ProcessBuilder reached by reflection.
  const reflective = /forName\s*\(\s*"java\.lang\.(?:Runtime|ProcessBuilder|ProcessImpl)"/.exec(text);
  if (
    reflective &&
    /getMethod\s*\(\s*"(?:exec|start|getRuntime)"|getDeclaredMethod\s*\(\s*"(?:exec|start)"/.test(text)
  ) {
    if (JSP_INPUT.test(text))
      add({
        id: 'exec-input',
        weight: 0.85,
        reason: 'runs a command from the request through reflection (Runtime.exec)',
        offset: reflective.index,
        family: 'jsp-cmd',
      });
    else
      add({
        id: 'exec-present',
        weight: 0.35,
        reason: 'reaches Runtime.exec through reflection',
        offset: reflective.index,
      });
  }
  for (const m of matchAllN(text, new RegExp(JSP_EXEC.source, 'g'))) {
    const stmt = statementAt(m.index);
    if (taintedIn(stmt))
      add({
        id: 'exec-input',
        weight: 0.9,
        reason: 'runs a command taken from the request (Runtime.exec/ProcessBuilder)',
        offset: m.index,
        family: 'jsp-cmd',
      });
    else
      add({ id: 'exec-present', weight: 0.3, reason: 'starts operating-system processes', offset: m.index });
  }
  const script = JSP_SCRIPT.exec(text);
  if (script) {
    const evalCall = /\.eval\s*\(([^;]{0,400})/.exec(text);
    if (evalCall && taintedIn(evalCall[1]!))
      add({
        id: 'code-exec-input',
        weight: 0.9,
        reason: 'script engine evaluates request input',
        offset: evalCall.index,
      });
    else add({ id: 'script-engine', weight: 0.25, reason: 'embedded script engine', offset: script.index });
  }
  const classload = JSP_CLASSLOAD.exec(text);
  const crypto = JSP_CRYPTO.exec(text);
  const body = /request\s*\.\s*get(?:Reader|InputStream)\s*\(/.exec(text);
  const b64 = /BASE64Decoder|Base64\s*\.\s*getDecoder|decodeBuffer|Base64\.decode/i.test(text);
  if (classload) {
    if ((body || JSP_INPUT.test(text)) && (crypto || b64)) {
      add({
        id: 'classload-input',
        weight: 0.85,
        reason: 'defines and runs a class from decrypted/decoded request data',
        offset: classload.index,
      });
    } else
      add({ id: 'classload', weight: 0.35, reason: 'defines classes at run time', offset: classload.index });
  }
  if (crypto && classload && JSP_SESSION.test(text) && (body || JSP_INPUT.test(text))) {
    const godzilla =
      /md5\s*\.\s*substring\s*\(\s*0\s*,\s*16\s*\)|substring\s*\(\s*16\s*\)|["']payload["']|\bxc\s*=\s*"[0-9a-f]{16}"/i.test(
        text,
      );
    const behinder = /\.newInstance\s*\(\s*\)\s*\.\s*equals\s*\(|putValue\s*\(\s*"u"|readLine\s*\(\s*\)/.test(
      text,
    );
    if (godzilla)
      add({
        id: 'family-godzilla',
        weight: 0.95,
        reason: 'Godzilla traits: AES payload class kept in the session, md5(pass+key) framing',
        offset: classload.index,
        family: 'godzilla',
      });
    else if (behinder || HEX16.test(text))
      add({
        id: 'family-behinder',
        weight: 0.95,
        reason: 'Behinder traits: AES-decrypted class loaded from the request body with a session key',
        offset: classload.index,
        family: 'behinder',
      });
  }
  for (const m of matchAllN(text, /new\s+FileOutputStream\s*\(([^;]{0,200})/g)) {
    if (taintedIn(m[1]!))
      add({ id: 'write-input', weight: 0.55, reason: 'writes a file named by the request', offset: m.index });
  }
  if (
    /\.invoke\s*\(/.test(text) &&
    /getMethod\s*\(|getDeclaredMethod\s*\(/.test(text) &&
    JSP_INPUT.test(text)
  ) {
    add({
      id: 'reflection-input',
      weight: 0.3,
      reason: 'reflective calls near request input',
      offset: text.search(/\.invoke\s*\(/),
    });
  }
  const recon = [
    /File\.listRoots|listFiles\s*\(/,
    /System\.getProperty\s*\(\s*"os\.name"/,
    /getRealPath\s*\(/,
    /\.delete\s*\(\s*\)/,
    /Connection|DriverManager/,
  ].filter((re) => re.test(text)).length;
  if (recon >= 3 && JSP_INPUT.test(text))
    add({ id: 'recon', weight: 0.3, reason: `${recon} file-manager traits`, offset: 0 });
  for (const k of KIT_MARKERS) {
    const km = k.re.exec(text);
    if (km) add({ id: `kit-${k.family}`, weight: 0.4, reason: k.reason, offset: km.index, family: k.family });
  }
  return signals;
}

// ---- ASP / ASPX ------------------------------------------------------------------------------------

function decodeVbChr(chain: string): string {
  return [...chain.matchAll(/chrw?\s*\(\s*(\d+)\s*\)/gi)]
    .map((m) => String.fromCharCode(Number(m[1]) % 65536))
    .join('');
}

export function analyzeAsp(source: string): Signal[] {
  const text = blankEscapedCode(source);
  const signals: Signal[] = [];
  const add = (s: Signal) => signals.push(s);
  const tainted = new Set<string>();
  for (let pass = 0; pass < 2; pass++) {
    for (const m of matchAllN(text, /\b(\w+)\s*=\s*([^\n;]{1,400})/g)) {
      const rhs = m[2]!;
      if (
        ASP_INPUT.test(rhs) ||
        [...rhs.matchAll(/\b(\w+)\b/g)].some((w) => tainted.has(w[1]!.toLowerCase()))
      )
        tainted.add(m[1]!.toLowerCase());
    }
  }
  const taintedIn = (s: string) =>
    ASP_INPUT.test(s) || [...s.matchAll(/\b(\w+)\b/g)].some((w) => tainted.has(w[1]!.toLowerCase()));

  for (const m of matchAllN(text, new RegExp(`${ASP_CODE.source}\\s*\\(?\\s*([^\\n%;]{0,300})`, 'gi'))) {
    const arg = m[1]!;
    if (/^\s*(?:request\b|Request\s*[.([])/i.test(arg)) {
      add({
        id: 'code-exec-input',
        weight: 0.95,
        reason: 'eval/execute of a request parameter',
        offset: m.index,
        family: 'china-chopper',
      });
    } else if (taintedIn(arg)) {
      add({ id: 'code-exec-input', weight: 0.9, reason: 'eval/execute of request input', offset: m.index });
    } else if (/chrw?\s*\(/i.test(arg)) {
      add({
        id: 'code-exec-dynamic',
        weight: 0.45,
        reason: 'eval/execute of a string built from chr() codes',
        offset: m.index,
      });
    }
  }
  for (const m of matchAllN(text, /chrw?\s*\(\s*\d+\s*\)(?:\s*[&+]\s*chrw?\s*\(\s*\d+\s*\)){4,}/gi)) {
    const decoded = decodeVbChr(m[0]).toLowerCase();
    if (/eval|execute|request|wscript|cmd/.test(decoded))
      add({
        id: 'obfuscated-name',
        weight: 0.5,
        reason: `"${decoded.slice(0, 24)}" built from chr() codes`,
        offset: m.index,
      });
    else add({ id: 'chr-chain', weight: 0.35, reason: 'string built from chr() codes', offset: m.index });
  }
  const shell = new RegExp(ASP_SHELL.source, 'gi');
  for (const m of matchAllN(text, shell)) {
    const window = text.slice(Math.max(0, m.index - 300), m.index + 400);
    if (/\.(?:exec|run)\s*\(|Process\s*\.\s*Start|ProcessStartInfo/i.test(window) && taintedIn(window)) {
      add({
        id: 'exec-input',
        weight: 0.9,
        reason: 'runs a command from the request (WScript.Shell/Process.Start)',
        offset: m.index,
      });
      break;
    }
    add({ id: 'exec-present', weight: 0.3, reason: 'shell object or process start', offset: m.index });
  }
  const assembly = ASPX_ASSEMBLY.exec(text);
  if (assembly) {
    const input = /Request\s*\.\s*(?:BinaryRead|InputStream|Form|Item)|Request\s*\[/i.test(text);
    const crypto = ASPX_CRYPTO.test(text);
    if (input && (crypto || /FromBase64String/.test(text))) {
      add({
        id: 'assembly-input',
        weight: 0.85,
        reason: 'loads an assembly from decrypted/decoded request data',
        offset: assembly.index,
      });
      const session = /Session\s*(?:\[|\.Add\s*\()/i.test(text);
      if (session && /Substring\s*\(\s*0\s*,\s*16\s*\)|Substring\s*\(\s*16\s*\)|"payload"/i.test(text)) {
        add({
          id: 'family-godzilla',
          weight: 0.95,
          reason: 'Godzilla traits: assembly payload kept in the session, md5(pass+key) framing',
          offset: assembly.index,
          family: 'godzilla',
        });
      } else if (session && crypto) {
        add({
          id: 'family-behinder',
          weight: 0.95,
          reason: 'Behinder traits: AES-decrypted assembly from the request body with a session key',
          offset: assembly.index,
          family: 'behinder',
        });
      }
    } else
      add({ id: 'assembly', weight: 0.3, reason: 'loads assemblies at run time', offset: assembly.index });
  }
  const b64 = /FromBase64String\s*\(\s*(?:Context\s*\.\s*)?Request/i.exec(text);
  if (b64)
    add({
      id: 'decode-input',
      weight: 0.4,
      reason: 'decodes base64 straight from the request',
      offset: b64.index,
    });
  for (const k of KIT_MARKERS) {
    const km = k.re.exec(text);
    if (km) add({ id: `kit-${k.family}`, weight: 0.4, reason: k.reason, offset: km.index, family: k.family });
  }
  return signals;
}

// ---- server configuration that makes images run as code ------------------------------------------

const SCRIPTISH_EXT = /\.(?:jpe?g|png|gif|bmp|ico|webp|txt|log|css|html?)\b/i;

export function analyzeHtaccess(text: string): Signal[] {
  const signals: Signal[] = [];
  for (const m of matchAllN(
    text,
    /^\s*(?:AddType\s+application\/x-httpd-php\w*|AddHandler\s+\S*php\S*|SetHandler\s+\S*php\S*|ForceType\s+\S*php\S*)([^\n]*)$/gim,
  )) {
    const region = text.slice(Math.max(0, m.index - 300), m.index) + m[1]!;
    if (
      SCRIPTISH_EXT.test(m[1]!) ||
      (/SetHandler|ForceType/i.test(m[0]) && /<Files(?:Match)?[^>]*(?:jpe?g|png|gif|txt|ico)/i.test(region))
    ) {
      signals.push({
        id: 'handler-image',
        weight: 0.9,
        reason: 'server config runs image or text files as PHP',
        offset: m.index,
      });
    }
  }
  for (const m of matchAllN(text, /auto_(?:prepend|append)_file\s*[= ]\s*['"]?([^\s'"]+)/gi)) {
    const target = m[1]!;
    const bad =
      !/\.php\d?$/i.test(target) ||
      /\/(?:tmp|var\/tmp|dev\/shm|uploads?)\//i.test(target) ||
      /^(?:https?|data|php):/i.test(target);
    signals.push({
      id: 'auto-prepend',
      weight: bad ? 0.85 : 0.35,
      reason: `auto_prepend/append_file loads ${target}`,
      offset: m.index,
    });
  }
  return signals;
}

/** PHP/ASP code inside a file named as an image; the code part is analysed too. */
export function analyzeImage(text: string, inUploadDir: boolean): Signal[] {
  const php =
    /<\?php\s[\s\S]{0,200}?(?:\$\w+|\w+\s*\()|<\?=\s*@?(?:\$_|\w+\s*\()|<script\s+language\s*=\s*["']?php/i.exec(
      text,
    );
  const asp = /<%@?\s*(?:Page\b|eval\b|execute\b|Response\.|Request\b)/i.exec(text);
  const hit = php ?? asp;
  if (!hit) return [];
  const signals: Signal[] = [
    {
      id: 'code-in-image',
      weight: inUploadDir ? 0.85 : 0.75,
      reason: `${php ? 'PHP' : 'ASP'} code inside an image file${inUploadDir ? ' in an upload folder' : ''}`,
      offset: hit.index,
    },
  ];
  const code = text.slice(hit.index);
  signals.push(
    ...(php ? analyzePhp(code, 1) : analyzeAsp(code)).map((s) => ({ ...s, offset: s.offset + hit.index })),
  );
  return signals;
}
