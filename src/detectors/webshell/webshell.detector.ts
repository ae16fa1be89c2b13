/**
 * The webshell detector: PHP, JSP and ASP(X) backdoors, script code hidden in images, and server
 * configuration that makes images run as PHP. A finding needs a score of THRESHOLD from several
 * signals (webshell.rules.ts); it names the family when the structure matches one.
 */
import { defineDetector, type Detection, type FileInfo } from '../detector.ts';
import {
  analyzeAsp,
  analyzeHtaccess,
  analyzeImage,
  analyzeJsp,
  analyzePhp,
  combine,
  familyOf,
  type Signal,
} from './webshell.analyze.ts';
import {
  ASP_EXT,
  ASPX_EXT,
  DOUBLE_EXT,
  IMAGE_EXT,
  JSP_EXT,
  PHP_EXT,
  THRESHOLD,
  UPLOAD_DIR,
  type Lang,
} from './webshell.rules.ts';
import { excerptAt, lineLocator } from './text-tools.ts';
import type { PatternRule } from '../../walk/patterns.ts';

/**
 * The literal part of the signals as a pattern set (documentation, and what `npm run bench` gives
 * ripgrep): the scorer itself also tracks taint across statements and decodes literals, which no
 * single regex can.
 */
export const WEBSHELL_PATTERNS: readonly PatternRule[] = [
  {
    id: 'php-eval-input',
    title: 'Code evaluation of a request parameter',
    regex: '(?:eval|assert|create_function)\\s*\\(\\s*@?\\s*\\$_(?:GET|POST|REQUEST|COOKIE|SERVER)',
    flags: 'i',
    keywords: ['eval', 'assert', 'create_function', 'EVAL', 'ASSERT'],
  },
  {
    id: 'php-varfunc-input',
    title: 'Function named by the request',
    regex: '\\$_(?:GET|POST|REQUEST|COOKIE)\\s*\\[[^\\]\\n]{1,60}\\]\\s*\\(',
    keywords: ['$_'],
  },
  {
    id: 'php-decode-chain',
    title: 'Nested decoders',
    regex:
      '(?:base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|strrev|hex2bin)\\s*\\(\\s*@?\\s*(?:base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|strrev|hex2bin)\\s*\\(',
    flags: 'i',
    keywords: ['base64_decode', 'gzinflate', 'gzuncompress', 'gzdecode', 'str_rot13', 'strrev', 'hex2bin'],
  },
  { id: 'php-raw-body', title: 'Raw request body', regex: 'php://input', keywords: ['php://input'] },
  {
    id: 'jsp-exec-classload',
    title: 'Runtime.exec or run-time class definition',
    regex:
      'Runtime\\s*\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*exec\\s*\\(|defineClass\\s*\\(|new\\s+ProcessBuilder\\s*\\(',
    keywords: ['getRuntime', 'defineClass', 'ProcessBuilder'],
  },
  {
    id: 'asp-eval-request',
    title: 'ASP eval/execute of the request',
    regex: '(?:eval|execute|executeglobal)\\s*\\(?\\s*request',
    flags: 'i',
  },
  {
    id: 'image-with-code',
    title: 'Script code in an image',
    regex: '^(?:GIF8[79]a|\\x89PNG|\\xFF\\xD8).*<\\?(?:php|=)',
    flags: 's',
  },
];

export const WEBSHELL_DETECTOR = 'webshell';

/** Images bigger than this are only scanned when their first bytes already hold code. */
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
const MAX_SCRIPT_BYTES = 8 * 1024 * 1024;
/** Folders where users' files land; a script there is never expected. */
const STRICT_UPLOAD_DIR =
  /\/(?:uploads?|upfiles?|uploadfiles?|attachments?|avatars?|userfiles?|user_upload|data\/attachment)\//i;

export function languageOf(path: string): Lang | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === '.htaccess') return 'htaccess';
  if (name === '.user.ini') return 'userini';
  if (PHP_EXT.test(name) || /\.php\d?\.[a-z0-9]{2,5}$/i.test(name) || /\.phtml\.[a-z0-9]{2,5}$/i.test(name))
    return 'php';
  if (JSP_EXT.test(name) || /\.jsp\.[a-z0-9]{2,5}$/i.test(name)) return 'jsp';
  if (ASPX_EXT.test(name) || /\.aspx\.[a-z0-9]{2,5}$/i.test(name)) return 'aspx';
  if (ASP_EXT.test(name) || /\.asp\.[a-z0-9]{2,5}$/i.test(name)) return 'asp';
  if (IMAGE_EXT.test(name)) return 'image';
  return undefined;
}

function headHasCode(head: Buffer): boolean {
  const s = head.toString('latin1');
  return /<\?php|<\?=|<%/i.test(s);
}

export function wantsWebshell(file: FileInfo, head: Buffer): boolean {
  const lang = languageOf(file.path);
  if (lang === undefined) {
    // No telling extension: a file under a web root that starts like a PHP script.
    return (
      file.webRoot !== null && file.size <= MAX_SCRIPT_BYTES && /^\s*<\?php\s/i.test(head.toString('latin1'))
    );
  }
  if (lang === 'image') {
    const inWeb = file.webRoot !== null || UPLOAD_DIR.test(file.path);
    return inWeb && (file.size <= MAX_IMAGE_BYTES || headHasCode(head));
  }
  return file.size <= MAX_SCRIPT_BYTES;
}

export function signalsFor(text: string, path: string): Signal[] {
  const lang = languageOf(path) ?? 'php';
  const signals: Signal[] = [];
  switch (lang) {
    case 'php':
      signals.push(...analyzePhp(text));
      break;
    case 'jsp':
      signals.push(...analyzeJsp(text));
      break;
    case 'asp':
    case 'aspx':
      signals.push(...analyzeAsp(text));
      break;
    case 'image':
      signals.push(...analyzeImage(text, UPLOAD_DIR.test(path)));
      break;
    case 'htaccess':
    case 'userini':
      signals.push(...analyzeHtaccess(text));
      break;
  }
  if (lang !== 'image' && lang !== 'htaccess' && lang !== 'userini') {
    if (STRICT_UPLOAD_DIR.test(path))
      signals.push({
        id: 'script-in-upload',
        weight: 0.35,
        reason: 'script file inside an upload folder',
        offset: 0,
      });
    if (DOUBLE_EXT.test(path) && !/\.(?:php\d?|phtml|jsp|aspx?)$/i.test(path)) {
      signals.push({
        id: 'double-extension',
        weight: 0.3,
        reason: 'script hidden behind a second extension',
        offset: 0,
      });
    }
  }
  return signals;
}

/** Score a whole text (or one chunk of it): one detection at most. */
export function scanWebshell(text: string, file: FileInfo, firstLine: number): Detection[] {
  const signals = signalsFor(text, file.path);
  if (signals.length === 0) return [];
  const score = combine(signals);
  if (score < THRESHOLD) return [];
  const ranked = [...signals].sort((a, b) => b.weight - a.weight || a.offset - b.offset);
  const reasons = [...new Set(ranked.map((s) => s.reason))].slice(0, 6);
  const top = ranked[0]!;
  const line = firstLine + lineLocator(text)(top.offset) - 1;
  const family = familyOf(signals);
  return [
    {
      detector: WEBSHELL_DETECTOR,
      rule: family ?? 'webshell',
      path: file.path,
      line,
      score: Math.round(score * 100) / 100,
      reasons,
      excerpt: excerptAt(text, top.offset),
    },
  ];
}

export const webshellDetector = defineDetector({
  id: WEBSHELL_DETECTOR,
  patterns: WEBSHELL_PATTERNS,
  wants: wantsWebshell,
  scan: scanWebshell,
});
