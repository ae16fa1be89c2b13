/**
 * What a scheduled command line does, as far as the persistence checks care: does it download and run
 * remote code, run a program from a temporary or hidden location, decode and run an encoded payload,
 * or open a reverse shell? One classifier shared by every check in this area (DESIGN §9.1: metadata
 * and rules as data, no regex copied per check). Pure; nothing is ever evaluated.
 *
 * The line is parsed (shell-parse.ts), wrappers (`sudo`, `nohup`, `timeout 60`, `flock f`, `sh -c '…'`)
 * are looked through, and the program actually run is told apart from its arguments, so that
 * `find /tmp -mtime +7 -delete` (a temporary path as an argument) is not `/tmp/x` (a program run there).
 */
import { allCommands, parseShell, type Redirect, type Script, type SimpleCommand } from './shell-parse.ts';

export type SignalKind = 'downloadExec' | 'tempPath' | 'hiddenPath' | 'encodedPayload' | 'reverseShell';

export interface Signal {
  kind: SignalKind;
  /** Short evidence: the path run, or the shape of the pipeline ("curl | sh"). */
  detail: string;
}

const SIGNAL_ORDER: readonly SignalKind[] = [
  'downloadExec',
  'encodedPayload',
  'reverseShell',
  'tempPath',
  'hiddenPath',
];

const SHELLS = new Set([
  'sh',
  'bash',
  'dash',
  'zsh',
  'ksh',
  'ksh93',
  'mksh',
  'pdksh',
  'ash',
  'rbash',
  'csh',
  'tcsh',
  'fish',
]);
const INTERPRETER = /^(python|pypy|perl|php|ruby|node|nodejs|lua|luajit|tclsh|expect)([0-9.]*|-cli)$/;
const AWKS = new Set(['awk', 'gawk', 'mawk', 'nawk']);
const FETCHERS = new Set([
  'curl',
  'wget',
  'fetch',
  'lwp-download',
  'lwp-request',
  'GET',
  'aria2c',
  'axel',
  'http',
  'https',
  'tftp',
  'lynx',
  'links',
  'w3m',
]);
const NETCATS = new Set(['nc', 'ncat', 'netcat', 'nc.traditional', 'nc.openbsd', 'cryptcat', 'telnet']);
const STDIN_PATHS = new Set(['-', '/dev/stdin', '/proc/self/fd/0', '/dev/fd/0']);
const TEMP_DIR = /^\/(tmp|var\/tmp|dev\/shm|run\/shm)\//;
const KEYWORDS = new Set([
  '{',
  '}',
  '!',
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'while',
  'until',
  'time',
  'coproc',
]);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;

/** Hidden directories of well-known toolchains whose programs are commonly scheduled; not flagged. */
const BENIGN_HIDDEN = [
  /\/\.acme\.sh\/acme\.sh$/,
  /\/\.pyenv\/(shims|versions\/[^/]+\/bin)\/[^/]+$/,
  /\/\.rbenv\/shims\/[^/]+$/,
  /\/\.nvm\/versions\/node\/[^/]+\/bin\/[^/]+$/,
  /\/\.cargo\/bin\/[^/]+$/,
  /\/\.venv\/bin\/[^/]+$/,
  /\/\.virtualenvs\/[^/]+\/bin\/[^/]+$/,
  /\/\.local\/share\/virtualenvs\/[^/]+\/bin\/[^/]+$/,
  /\/\.sdkman\/candidates\/[^/]+\/[^/]+\/bin\/[^/]+$/,
];

// Inline code of interpreters (python -c, perl -e, php -r, ruby -e, node -e …).
const CODE_FETCH =
  /urlopen|urllib|urlretrieve|requests\.(get|post)|http\.client|httplib|LWP::|HTTP::Tiny|getstore|\bget\s*\(\s*["']https?:|file_get_contents\s*\(\s*["']https?:|fopen\s*\(\s*["']https?:|curl_exec|Net::HTTP|open-uri|URI\.open|https?\.get\s*\(|\bfetch\s*\(|\b(wget|curl)\s/i;
const CODE_EXEC =
  /\bexec\s*\(|\beval\b|\bsystem\s*\(|os\.system|subprocess|popen|\bspawn|child_process|`|\bexec\s+["'$]|\bassert\s*\(|Kernel\.exec|\bcreate_function\b/;
const CODE_REMOTE_INCLUDE = /\b(include|require)(_once)?\s*\(?\s*["']https?:/;
const CODE_DECODE =
  /b64decode|base64\.|decode_?base64|base64_decode|Base64\.decode|Buffer\.from\([^)]*base64|decodestring|codecs\.decode|bytes\.fromhex|unhexlify|zlib\.decompress|marshal\.loads|gzinflate|gzuncompress|str_rot13|pack\s*\(\s*["']H|\batob\s*\(/i;
const CODE_SOCKET =
  /socket\.socket|create_connection|fsockopen|TCPSocket|IO::Socket|\bSocket\b|\bsocket\s*\(|net\.connect|new\s+net\.Socket|stream_socket_client|socket_create/;
const CODE_SHELL =
  /\/bin\/(ba|da|z|k)?sh\b|["'](ba)?sh["']|\bsh\s+-i\b|pty\.spawn|dup2|open\s*\(\s*STDIN|fdopen|proc_open|popen|\bexec\s*\(/;

interface Invocation {
  /** Basename of the program ("" when the command has no program word). */
  name: string;
  program: string | null;
  args: string[];
  /** A script run by a shell or interpreter, or read by `.`/`source`. */
  script: string | null;
  /** Inline code: `sh -c CODE` (shellCode) or `python -c CODE`, `perl -e CODE`, … */
  code: string | null;
  shellCode: boolean;
  readsStdin: boolean;
  interactive: boolean;
  cmd: SimpleCommand;
}

interface Context {
  cwd: string | null;
  /** Files written earlier on the line by a download or a decoder: path → how. */
  produced: Map<string, 'download' | 'decode'>;
  /** File descriptors opened on /dev/tcp or /dev/udp by `exec N<>…`. */
  sockFds: Set<string>;
  hasFifo: boolean;
  depth: number;
  found: Map<SignalKind, string>;
}

const MAX_DEPTH = 6;

function basename(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? p : p.slice(i + 1);
}

function normalise(p: string): string {
  const absolute = p.startsWith('/');
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part === '..' && absolute) continue;
    else parts.push(part);
  }
  return (absolute ? '/' : '') + parts.join('/');
}

function resolvePath(p: string, cwd: string | null): string {
  if (p.startsWith('/') || p.startsWith('~') || p.startsWith('$')) return normalise(p);
  if (cwd !== null && (cwd.startsWith('/') || cwd.startsWith('~'))) return normalise(`${cwd}/${p}`);
  return p;
}

const isSubstitution = (w: string) =>
  w.startsWith('<(') || w.startsWith('>(') || w.includes('$(') || w.includes('`');

// ---------------------------------------------------------------------------------------------
// Finding the program a simple command runs.

interface WrapperSpec {
  /** Options that take the next word as their argument. */
  argOpts?: readonly string[];
  /** Positional words between the options and the command (timeout's duration, flock's file). */
  positional?: number;
}

const WRAPPERS: Record<string, WrapperSpec> = {
  sudo: { argOpts: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T', '-R', '--user', '--group'] },
  doas: { argOpts: ['-u', '-C'] },
  nohup: {},
  exec: { argOpts: ['-a'] },
  command: {},
  builtin: {},
  time: { argOpts: ['-f', '-o'] },
  chronic: {},
  cronic: {},
  unbuffer: {},
  torsocks: {},
  proxychains: { argOpts: ['-f'] },
  proxychains4: { argOpts: ['-f'] },
  setsid: {},
  nice: { argOpts: ['-n', '--adjustment'] },
  ionice: { argOpts: ['-c', '-n', '--class', '--classdata'] },
  timeout: { argOpts: ['-s', '-k', '--signal', '--kill-after'], positional: 1 },
  stdbuf: { argOpts: ['-i', '-o', '-e'] },
  env: { argOpts: ['-u', '-C', '--unset', '--chdir'] },
  flock: { argOpts: ['-w', '-E', '--timeout', '--conflict-exit-code'], positional: 1 },
  xargs: {
    argOpts: [
      '-a',
      '-d',
      '-E',
      '-I',
      '-L',
      '-n',
      '-P',
      '-s',
      '--arg-file',
      '--delimiter',
      '--max-args',
      '--max-procs',
      '--replace',
    ],
  },
  busybox: {},
  watch: { argOpts: ['-n', '--interval'] },
  runuser: { argOpts: ['-u', '-g', '-G', '--user', '--group'] },
  taskset: { argOpts: ['-c', '--cpu-list'] },
  chrt: { positional: 1 },
  su: { argOpts: ['-s', '--shell', '-g', '-G', '--group'] },
  sg: {},
};

/** Skip a wrapper's options and positionals; returns the index of the wrapped command. */
function skipWrapper(name: string, words: string[], start: number): { index: number; code?: string } {
  const spec = WRAPPERS[name]!;
  let i = start;
  let code: string | undefined;
  while (i < words.length) {
    const w = words[i]!;
    if (w === '--') {
      i++;
      break;
    }
    if ((name === 'env' && ASSIGNMENT.test(w)) || (name === 'nice' && /^-\d+$/.test(w))) {
      i++;
      continue;
    }
    if (!w.startsWith('-') || w === '-') break;
    if (
      (name === 'su' || name === 'runuser' || name === 'flock' || name === 'sg') &&
      (w === '-c' || w === '--command')
    ) {
      code = words[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (w.startsWith('--command=')) {
      code = w.slice('--command='.length);
      i++;
      continue;
    }
    i += spec.argOpts?.includes(w) ? 2 : 1;
  }
  if (name === 'su' || name === 'runuser' || name === 'sg') {
    // `su [-] [user] -c CODE`: the user and the -c may come in any order.
    for (let j = i; j < words.length; j++) {
      if (words[j] === '-c' || words[j] === '--command')
        return { index: words.length, code: words[j + 1] ?? '' };
    }
    return { index: words.length, ...(code === undefined ? {} : { code }) };
  }
  if (code !== undefined) return { index: words.length, code };
  if (name === 'taskset' && !words.slice(start, i).some((w) => w === '-c' || w === '--cpu-list')) i += 1;
  return { index: i + (spec.positional ?? 0) };
}

/** Options of shells and interpreters that take the next word. */
const SHELL_ARG_OPTS = new Set(['-o', '+o', '-O', '+O', '--rcfile', '--init-file']);
const PYTHON_ARG_OPTS = new Set(['-W', '-X', '-Q']);
const PHP_ARG_OPTS = new Set(['-c', '-d', '-z']);
const RUBY_ARG_OPTS = new Set(['-I', '-C', '-E', '-F']);
const AWK_ARG_OPTS = new Set(['-F', '-v']);

function invocation(cmd: SimpleCommand, words: string[], start: number): Invocation {
  const base: Invocation = {
    name: '',
    program: null,
    args: [],
    script: null,
    code: null,
    shellCode: false,
    readsStdin: false,
    interactive: false,
    cmd,
  };
  let i = start;
  while (i < words.length && (ASSIGNMENT.test(words[i]!) || KEYWORDS.has(words[i]!))) i++;
  for (let hops = 0; i < words.length && hops < 12; hops++) {
    const name = basename(words[i]!);
    if (!(name in WRAPPERS)) break;
    if (name === 'exec' && i + 1 >= words.length) break;
    const skipped = skipWrapper(name, words, i + 1);
    if (skipped.code !== undefined) {
      return {
        ...base,
        name: 'sh',
        program: 'sh',
        args: ['-c', skipped.code],
        code: skipped.code,
        shellCode: true,
      };
    }
    i = skipped.index;
    while (i < words.length && ASSIGNMENT.test(words[i]!)) i++;
  }
  if (i >= words.length) return base;
  const program = words[i]!;
  const args = words.slice(i + 1);
  const name = basename(program);
  const inv: Invocation = { ...base, name, program, args };

  if (name === '.' || name === 'source') {
    inv.script = args[0] ?? null;
    inv.readsStdin = inv.script !== null && STDIN_PATHS.has(inv.script);
    return inv;
  }
  if (name === 'eval') {
    inv.code = args.join(' ');
    inv.shellCode = true;
    return inv;
  }
  if (SHELLS.has(name)) {
    let j = 0;
    let codeMode = false;
    let stdinMode = false;
    for (; j < args.length; j++) {
      const a = args[j]!;
      if (a === '--' || a === '-') {
        if (a === '-') stdinMode = true;
        j++;
        break;
      }
      if (SHELL_ARG_OPTS.has(a)) {
        j++;
        continue;
      }
      if (/^[-+][A-Za-z]+$/.test(a)) {
        if (a.startsWith('-') && a.includes('c')) codeMode = true;
        if (a.startsWith('-') && a.includes('i')) inv.interactive = true;
        if (a.startsWith('-') && a.includes('s')) stdinMode = true;
        continue;
      }
      if (a.startsWith('--')) continue;
      break;
    }
    const rest = args.slice(j);
    if (codeMode) {
      inv.code = rest[0] ?? '';
      inv.shellCode = true;
    } else if (!stdinMode && rest[0] !== undefined) {
      inv.script = rest[0];
    }
    inv.readsStdin = !codeMode && (inv.script === null || STDIN_PATHS.has(inv.script));
    return inv;
  }
  if (AWKS.has(name)) {
    for (let j = 0; j < args.length; j++) {
      const a = args[j]!;
      if (a === '-f') {
        inv.script = args[j + 1] ?? null;
        return inv;
      }
      if (AWK_ARG_OPTS.has(a)) j++;
      else if (!a.startsWith('-')) {
        inv.code = a;
        return inv;
      }
    }
    return inv;
  }
  const interp = INTERPRETER.exec(name);
  if (interp) {
    const family = interp[1]!;
    const modules: string[] = [];
    let module = false;
    for (let j = 0; j < args.length; j++) {
      const a = args[j]!;
      if (a === '-' || !a.startsWith('-')) {
        inv.script = a;
        break;
      }
      if (a === '--') {
        inv.script = args[j + 1] ?? null;
        break;
      }
      if (family === 'python' || family === 'pypy') {
        if (/^-[A-Za-z]*c$/.test(a)) {
          inv.code = args[j + 1] ?? '';
          break;
        }
        if (a.startsWith('-c')) {
          inv.code = a.slice(2);
          break;
        }
        if (/^-[A-Za-z]*m$/.test(a) || a.startsWith('-m')) {
          module = true;
          modules.push(a.length > 2 && a.startsWith('-m') ? a.slice(2) : (args[j + 1] ?? ''));
          break;
        }
        if (PYTHON_ARG_OPTS.has(a)) j++;
        continue;
      }
      if (family === 'perl') {
        if (/^-[MmI]/.test(a)) {
          modules.push(a.slice(2));
          continue;
        }
        const e = /^-[A-Za-z]*?[eE](.*)$/.exec(a);
        if (e) {
          inv.code = e[1] ? e[1] : (args[j + 1] ?? '');
          break;
        }
        continue;
      }
      if (family === 'php') {
        if (['-r', '-B', '-R', '-E'].includes(a)) {
          inv.code = args[j + 1] ?? '';
          break;
        }
        if (a === '-f') {
          inv.script = args[j + 1] ?? null;
          break;
        }
        if (PHP_ARG_OPTS.has(a)) j++;
        continue;
      }
      if (
        family === 'ruby' ||
        family === 'lua' ||
        family === 'luajit' ||
        family === 'expect' ||
        family === 'node' ||
        family === 'nodejs'
      ) {
        if (
          a === '-e' ||
          a === '--eval' ||
          a === '-p' ||
          a === '--print' ||
          (family === 'expect' && a === '-c')
        ) {
          inv.code = args[j + 1] ?? '';
          break;
        }
        if (a === '-r' || a === '--require' || a === '-l') {
          modules.push(args[j + 1] ?? '');
          j++;
          continue;
        }
        if (/^-[rl]./.test(a)) {
          modules.push(a.slice(2));
          continue;
        }
        if (RUBY_ARG_OPTS.has(a)) j++;
        continue;
      }
    }
    if (inv.code !== null && modules.length > 0) inv.code = `${modules.join(' ')} ${inv.code}`;
    inv.readsStdin = inv.code === null && !module && (inv.script === null || STDIN_PATHS.has(inv.script));
    return inv;
  }
  return inv;
}

/** The invocations of one simple command: the program, plus any program `find -exec` runs. */
function invocationsOf(cmd: SimpleCommand): Invocation[] {
  const main = invocation(cmd, cmd.words, 0);
  const out = [main];
  if (main.name === 'find') {
    const words = main.args;
    for (let j = 0; j < words.length; j++) {
      if (['-exec', '-execdir', '-ok', '-okdir'].includes(words[j]!)) {
        let end = j + 1;
        while (end < words.length && words[end] !== ';' && words[end] !== '+') end++;
        out.push(invocation(cmd, words.slice(j + 1, end), 0));
        j = end;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// What kinds of program these are.

function isFetcher(inv: Invocation): boolean {
  if (FETCHERS.has(inv.name)) return true;
  if (NETCATS.has(inv.name)) return true;
  if (inv.name === 'openssl' && inv.args[0] === 's_client') return true;
  if (inv.name === 'socat') return true;
  return inv.code !== null && !inv.shellCode && CODE_FETCH.test(inv.code);
}

function isDecoder(inv: Invocation): boolean {
  const a = inv.args;
  const has = (...opts: string[]) => a.some((x) => opts.includes(x));
  switch (inv.name) {
    case 'base64':
    case 'base32':
    case 'basenc':
      return has('-d', '--decode', '-D', '-di', '-id') || a.some((x) => /^-[a-z]*d[a-z]*$/.test(x));
    case 'openssl':
      return (a.includes('base64') || (a.includes('enc') && has('-base64', '-a', '-A'))) && a.includes('-d');
    case 'xxd':
      return has('-r', '-revert', '-rp', '-pr') || (a.includes('-r') && a.includes('-p'));
    case 'uudecode':
    case 'rev':
      return true;
    case 'printf':
    case 'echo':
      return a.some((x) => (x.match(/\\x[0-9a-fA-F]{2}|\\[0-7]{3}/g) ?? []).length >= 4);
    default:
      if (/^python/.test(inv.name) && a.includes('-m') && a.includes('base64') && a.includes('-d'))
        return true;
      return inv.code !== null && !inv.shellCode && CODE_DECODE.test(inv.code) && !CODE_EXEC.test(inv.code);
  }
}

const isRunner = (inv: Invocation) => inv.readsStdin;
const isShell = (inv: Invocation) => SHELLS.has(inv.name);
const isNetTool = (inv: Invocation) =>
  NETCATS.has(inv.name) || inv.name === 'socat' || (inv.name === 'openssl' && inv.args[0] === 's_client');

function nestedInvocations(cmd: SimpleCommand): Invocation[] {
  return cmd.nested.flatMap((script) => [...allCommands(script)].flatMap(invocationsOf));
}

// ---------------------------------------------------------------------------------------------
// Reading a script.

function add(ctx: Context, kind: SignalKind, detail: string): void {
  if (!ctx.found.has(kind)) ctx.found.set(kind, detail);
}

/** Paths this invocation runs as a program or a script. */
function ranPaths(inv: Invocation, ctx: Context): string[] {
  const out: string[] = [];
  if (inv.program !== null && inv.program.includes('/') && !isSubstitution(inv.program))
    out.push(resolvePath(inv.program, ctx.cwd));
  if (inv.script !== null && !STDIN_PATHS.has(inv.script) && !isSubstitution(inv.script))
    out.push(resolvePath(inv.script, ctx.cwd));
  return out;
}

function isHidden(p: string): boolean {
  if (BENIGN_HIDDEN.some((re) => re.test(p))) return false;
  return p.split('/').some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}

/** The file a fetcher writes, when it writes one (not stdout). */
function downloadTarget(inv: Invocation): string | undefined {
  const a = inv.args;
  const url = [...a].reverse().find((x) => /^(https?|ftp|tftp):\/\//i.test(x));
  const remoteName = () => (url ? basename(url.replace(/[?#].*$/, '')) || undefined : undefined);
  if (inv.name === 'curl') {
    for (let j = 0; j < a.length; j++) {
      const x = a[j]!;
      if (x === '--output' || /^-[A-Za-z]*o$/.test(x)) return a[j + 1];
      if (x.startsWith('--output=')) return x.slice(9);
      if (/^-o./.test(x)) return x.slice(2);
      if (x === '--remote-name' || x === '-O' || /^-[A-Za-z]*O[A-Za-z]*$/.test(x)) return remoteName();
    }
    return undefined;
  }
  if (inv.name === 'wget') {
    let dir = '';
    for (let j = 0; j < a.length; j++) {
      const x = a[j]!;
      if (x === '--output-document' || /^-[A-Za-z]*O$/.test(x))
        return a[j + 1] === '-' ? undefined : a[j + 1];
      if (x.startsWith('--output-document=')) return x.slice(18) === '-' ? undefined : x.slice(18);
      if (/^-[A-Za-z]*O./.test(x)) {
        const f = x.slice(x.indexOf('O') + 1);
        return f === '-' ? undefined : f;
      }
      if (x === '-P' || x === '--directory-prefix') dir = a[j + 1] ?? '';
      if (x.startsWith('--directory-prefix=')) dir = x.slice(19);
    }
    const name = remoteName();
    return name && dir ? `${dir}/${name}` : name;
  }
  if (inv.name === 'fetch' || inv.name === 'aria2c') {
    const j = a.findIndex((x) => x === '-o' || x === '--out');
    return j >= 0 ? a[j + 1] : undefined;
  }
  return undefined;
}

function stdoutFile(cmd: SimpleCommand): string | undefined {
  const r = [...cmd.redirects]
    .reverse()
    .find((x) => (x.fd === '' || x.fd === '1') && (x.op === '>' || x.op === '>>' || x.op === '>|'));
  return r?.target;
}

function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith('/') && b.startsWith('/')) return false;
  return basename(a) === basename(b);
}

const SOCKET_PATH = /^\/dev\/(tcp|udp)\/[^/]+\/\S+/;

function reverseShellOf(inv: Invocation, ctx: Context): string | undefined {
  const rs: Redirect[] = inv.cmd.redirects;
  const sock = (t: string) => SOCKET_PATH.test(t);
  const sockFd = (t: string) => ctx.sockFds.has(t);
  const toSocket = rs.find((r) => sock(r.target));
  const stdoutToSockFd = rs.some(
    (r) => (r.op === '>&' || r.op === '&>') && (sock(r.target) || sockFd(r.target)),
  );
  const stdinFromSock =
    rs.some((r) => (r.fd === '' || r.fd === '0') && (r.op === '<' || r.op === '<>') && sock(r.target)) ||
    rs.some((r) => (r.fd === '' || r.fd === '0') && (r.op === '<&' || r.op === '>&') && sockFd(r.target)) ||
    (toSocket !== undefined &&
      rs.some((r) => r.fd === '0' && (r.op === '>&' || r.op === '<&') && r.target === '1'));
  if (isShell(inv) && inv.interactive && (toSocket || stdoutToSockFd))
    return `${inv.name} -i on ${toSocket?.target ?? 'a socket'}`;
  if (isShell(inv) && stdinFromSock) return `${inv.name} reading ${toSocket?.target ?? 'a socket'}`;
  if (inv.program?.startsWith('$') && stdoutToSockFd)
    return `commands read from a socket run by ${inv.program}`;
  if (NETCATS.has(inv.name)) {
    const a = inv.args;
    const exec = a.findIndex(
      (x) => ['-e', '-c', '--exec', '--sh-exec', '--lua-exec'].includes(x) || /^--(sh-)?exec=/.test(x),
    );
    if (exec >= 0) return `${inv.name} ${a[exec]!.replace(/=.*/, '')}`;
    const cluster = a.findIndex((x, j) => /^-[A-Za-z]*[ec]$/.test(x) && SHELLS.has(basename(a[j + 1] ?? '')));
    if (cluster >= 0) return `${inv.name} ${a[cluster]!}`;
  }
  if (inv.name === 'socat') {
    const a = inv.args;
    if (
      a.some((x) => /^(exec|system):/i.test(x)) &&
      a.some((x) => /^(tcp|udp|openssl|ssl|sctp)[\w-]*:/i.test(x))
    )
      return 'socat exec + network';
  }
  if (AWKS.has(inv.name) && [inv.code ?? '', ...inv.args].some((x) => /\/inet[46]?\/(tcp|udp)\//.test(x)))
    return `${inv.name} /inet/tcp`;
  if (inv.code !== null && !inv.shellCode && CODE_SOCKET.test(inv.code) && CODE_SHELL.test(inv.code))
    return `${inv.name} socket + shell`;
  return undefined;
}

/** Text that a decoder in a pipeline would decode, when it is written literally on the line. */
function decodeLiteral(feeder: Invocation | undefined, decoder: Invocation): string | undefined {
  const here = decoder.cmd.redirects.find((r) => r.op === '<<<');
  let literal = here?.target;
  if (literal === undefined && feeder && (feeder.name === 'echo' || feeder.name === 'printf')) {
    const words = feeder.args.filter((w) => !/^-[neE]+$/.test(w));
    if (words.some(isSubstitution)) return undefined;
    literal = words.join(' ');
  }
  if (literal === undefined || literal.length < 8) return undefined;
  if (decoder.name === 'base64' && /^[A-Za-z0-9+/=_\-\s]+$/.test(literal)) {
    const text = Buffer.from(literal.replace(/\s+/g, ''), 'base64').toString('utf8');
    return /^[\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]+$/.test(text) && !text.includes('\ufffd')
      ? text
      : undefined;
  }
  if (decoder.name === 'xxd' && /^[0-9a-fA-F\s]+$/.test(literal))
    return Buffer.from(literal.replace(/\s+/g, ''), 'hex').toString('utf8');
  if (decoder.name === 'rev') return Array.from(literal).reverse().join('');
  return undefined;
}

function readScript(script: Script, ctx: Context): void {
  if (ctx.depth > MAX_DEPTH) return;
  for (const cmd of allCommands(script)) {
    const inv = invocation(cmd, cmd.words, 0);
    if (inv.name === 'mkfifo' || (inv.name === 'mknod' && inv.args.includes('p'))) ctx.hasFifo = true;
  }
  for (const pipeline of script) {
    const stages = pipeline.commands.map((cmd) => ({ cmd, invs: invocationsOf(cmd) }));
    const first = stages[0]!.invs[0]!;

    if (stages.length === 1 && (first.name === 'cd' || first.name === 'pushd')) {
      const dir = first.args.find((a) => !a.startsWith('-')) ?? '~';
      ctx.cwd =
        dir.startsWith('/') || dir.startsWith('~') || dir.startsWith('$')
          ? normalise(dir)
          : ctx.cwd === null
            ? null
            : normalise(`${ctx.cwd}/${dir}`);
      continue;
    }
    if (stages.length === 1 && first.name === 'exec' && first.program === 'exec') {
      for (const r of stages[0]!.cmd.redirects)
        if (/^\d+$/.test(r.fd) && SOCKET_PATH.test(r.target)) ctx.sockFds.add(r.fd);
    }

    for (const { cmd, invs } of stages) {
      for (const inv of invs) {
        for (const p of ranPaths(inv, ctx)) {
          if (TEMP_DIR.test(p)) add(ctx, 'tempPath', p);
          if (isHidden(p)) add(ctx, 'hiddenPath', p);
          for (const [made, how] of ctx.produced) {
            if (sameFile(p, made))
              add(
                ctx,
                how === 'download' ? 'downloadExec' : 'encodedPayload',
                `${how === 'download' ? 'downloads' : 'decodes'} ${made} then runs it`,
              );
          }
        }
        const reverse = reverseShellOf(inv, ctx);
        if (reverse) add(ctx, 'reverseShell', reverse);
        if (inv.code !== null && !inv.shellCode) {
          if ((CODE_FETCH.test(inv.code) && CODE_EXEC.test(inv.code)) || CODE_REMOTE_INCLUDE.test(inv.code))
            add(ctx, 'downloadExec', `${inv.name} inline code fetches and runs`);
          if (CODE_DECODE.test(inv.code) && CODE_EXEC.test(inv.code))
            add(ctx, 'encodedPayload', `${inv.name} inline code decodes and runs`);
        }
        // Output of a substitution run as code: `bash -c "$(curl …)"`, `sh <(wget …)`, `eval "$(… | base64 -d)"`, `$(curl …)`.
        const runsSubstitution =
          (inv.program !== null && isSubstitution(inv.program)) ||
          ((inv.shellCode || (inv.code !== null && !inv.shellCode)) && isSubstitution(inv.code ?? '')) ||
          (inv.script !== null && isSubstitution(inv.script));
        if (runsSubstitution) {
          const inner = nestedInvocations(cmd);
          const runner =
            inv.program !== null && isSubstitution(inv.program) ? 'command substitution' : inv.name;
          const fetcher = inner.find(isFetcher);
          if (fetcher) add(ctx, 'downloadExec', `${runner} runs output of ${fetcher.name}`);
          const decoder = inner.find(isDecoder);
          if (decoder) add(ctx, 'encodedPayload', `${runner} runs output of ${decoder.name}`);
        }
        if (inv.shellCode && inv.code) {
          readScript(parseShell(inv.code), { ...ctx, depth: ctx.depth + 1, found: ctx.found });
        }
        const made = downloadTarget(inv);
        if (made && made !== '/dev/null' && made !== '-')
          ctx.produced.set(resolvePath(made, ctx.cwd), 'download');
      }
      for (const inner of cmd.nested)
        readScript(inner, {
          ...ctx,
          depth: ctx.depth + 1,
          found: ctx.found,
          produced: new Map(ctx.produced),
        });
    }

    // Pipelines: fetch | run, decode | run, shell and network tool joined.
    const fetchAt = stages.findIndex(
      (s) => s.invs.some(isFetcher) || (s.cmd.group === true && nestedInvocations(s.cmd).some(isFetcher)),
    );
    const decodeAt = stages.findIndex((s) => s.invs.some(isDecoder));
    const runnerAfter = (k: number) =>
      k < 0
        ? undefined
        : stages
            .slice(k + 1)
            .flatMap((s) => s.invs)
            .find(isRunner);
    const fetchRunner = runnerAfter(fetchAt);
    if (fetchRunner) {
      const fetcher =
        stages[fetchAt]!.invs.find(isFetcher) ?? nestedInvocations(stages[fetchAt]!.cmd).find(isFetcher)!;
      add(ctx, 'downloadExec', `${fetcher.name} | ${fetchRunner.name}`);
    }
    const decodeRunner = runnerAfter(decodeAt);
    if (decodeRunner) {
      const decoder = stages[decodeAt]!.invs.find(isDecoder)!;
      add(ctx, 'encodedPayload', `${decoder.name} | ${decodeRunner.name}`);
      const text = decodeLiteral(decodeAt > 0 ? stages[decodeAt - 1]!.invs[0] : undefined, decoder);
      if (text !== undefined) {
        const inner = new Map<SignalKind, string>();
        readScript(parseShell(text), { ...ctx, depth: ctx.depth + 1, found: inner });
        for (const [kind, detail] of inner) add(ctx, kind, `${decoder.name} → ${detail}`); // language-neutral: the detail is shown in zh and en messages
      }
    }
    const shellAt = stages.findIndex((s) =>
      s.invs.some((x) => isShell(x) && (x.readsStdin || x.interactive)),
    );
    if (shellAt >= 0) {
      const netBefore = stages.some((s, j) => j < shellAt && s.invs.some(isNetTool));
      const netAfter = stages.some((s, j) => j > shellAt && s.invs.some(isNetTool));
      if (netAfter || (netBefore && ctx.hasFifo))
        add(ctx, 'reverseShell', `${stages[shellAt]!.invs[0]!.name} piped to a network tool`);
    }
    const out = stdoutFile(stages[stages.length - 1]!.cmd);
    if (out && out !== '/dev/null') {
      if (fetchAt >= 0) ctx.produced.set(resolvePath(out, ctx.cwd), 'download');
      else if (decodeAt >= 0) ctx.produced.set(resolvePath(out, ctx.cwd), 'decode');
    }
  }
}

/** The signals of one command line, at most one per kind, in a fixed order. */
export function commandSignals(command: string): Signal[] {
  const ctx: Context = {
    cwd: null,
    produced: new Map(),
    sockFds: new Set(),
    hasFifo: false,
    depth: 0,
    found: new Map(),
  };
  readScript(parseShell(command), ctx);
  return SIGNAL_ORDER.filter((k) => ctx.found.has(k)).map((kind) => ({ kind, detail: ctx.found.get(kind)! }));
}

export function hasSignal(command: string, kind: SignalKind): Signal | undefined {
  return commandSignals(command).find((s) => s.kind === kind);
}
