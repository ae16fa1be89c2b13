/**
 * Webshell signals as data. Each signal carries a weight in 0..1; a file's score is the noisy-OR of its
 * distinct signals (1 − Π(1 − w)), so no single weak token decides, and a strong one (code evaluation
 * of request input) does. The families are described from public write-ups in our own words:
 *
 * - 中国菜刀 China Chopper: a one-line server part that evaluates one request parameter
 *   (`eval($_POST[x])`, ASP `eval request("x")`, ASPX JScript `eval(Request.Item["x"],"unsafe")`).
 * - 冰蝎 Behinder: reads the raw request body, decrypts it with AES (or XOR when OpenSSL is missing)
 *   under a 16-hex-character key kept in the session, then evaluates it (PHP), loads it as a class
 *   (JSP `defineClass`) or as an assembly (ASPX `Assembly.Load`).
 * - 哥斯拉 Godzilla: XOR/AES-decrypts a base64 parameter (by default named `pass`) with a 16-character
 *   key, stores the first payload in the session and evaluates it on later requests; the response is
 *   framed by the two halves of md5(pass + key).
 * - 蚁剑 AntSword: chopper-compatible server parts, often with its encoders' decoders in front of the
 *   evaluation (base64, rot13, hex, chr lists) and random `_0x…` parameter names.
 */
export const THRESHOLD = 0.7;

export type Lang = 'php' | 'jsp' | 'asp' | 'aspx' | 'image' | 'htaccess' | 'userini';

export const PHP_EXT = /\.(?:php\d?|phtml|pht|phar|inc|phps)$/i;
export const JSP_EXT = /\.(?:jsp|jspx|jspf|jhtml)$/i;
export const ASP_EXT = /\.(?:asp|asa|cer|cdx)$/i;
export const ASPX_EXT = /\.(?:aspx|ashx|asmx|ascx|svc|soap)$/i;
export const IMAGE_EXT = /\.(?:jpe?g|png|gif|bmp|ico|webp|svg|tiff?)$/i;
/** foo.php.jpg and similar: run as PHP by a misconfigured server. */
export const DOUBLE_EXT = /\.(?:php\d?|phtml|jsp|aspx?)\.[a-z0-9]{2,5}$/i;
/** Folders where users put files: a script there is never expected. */
export const UPLOAD_DIR =
  /\/(?:uploads?|upfiles?|uploadfiles?|attachments?|attach|avatars?|userfiles?|user_upload|files|media|images?|img|pic|pictures|photos?|static\/upload|public\/upload|data\/attachment|tmp|temp)\//i;

/** PHP request input: superglobals, the raw body, request headers. */
export const PHP_INPUT =
  /\$_(?:GET|POST|REQUEST|COOKIE|FILES|SERVER\s*\[\s*['"]HTTP_)|\$HTTP_RAW_POST_DATA|php:\/\/input|\bgetallheaders\s*\(|\bapache_request_headers\s*\(|\$GLOBALS\s*\[\s*['"]_(?:GET|POST|REQUEST|COOKIE)|\$\{\s*['"]_(?:GET|POST|REQUEST|COOKIE)/;
/** Framework request helpers (Laravel, ThinkPHP, Symfony): input only for code/command sinks. */
export const PHP_FRAMEWORK_INPUT =
  /\$request->(?:input|get|post|query|all|getContent)\s*\(|\brequest\(\s*\)\s*->|\brequest\(\s*['"]|\binput\(\s*['"](?:post|get|param|request)\.|\bI\(\s*['"](?:post|get|param)\.|\bRequest::(?:get|input|post|param)\s*\(/;
/** Calls whose result is not the raw input any more. */
export const PHP_SANITIZER =
  /^\s*(?:\(\s*(?:int|integer|float|bool|boolean)\s*\)|(?:intval|floatval|boolval|htmlspecialchars|htmlentities|escapeshellarg|escapeshellcmd|strip_tags|basename|is_numeric|isset|empty|md5|sha1|hash|crc32|password_hash|password_verify|strlen|count|in_array|array_key_exists|preg_match|filter_var|ctype_\w+|json_encode|urlencode|rawurlencode|addslashes|mysqli_real_escape_string|esc_\w+|sanitize_\w+|absint|wp_verify_nonce|check_admin_referer)\s*\()/i;

/** Code evaluation: the whole argument is run as PHP. */
export const PHP_CODE_SINKS = ['eval', 'assert', 'create_function'] as const;
/** Callbacks: the argument at `at` (0-based) names a function to call. */
export const PHP_CALLBACK_SINKS: Record<string, number> = {
  call_user_func: 0,
  call_user_func_array: 0,
  forward_static_call: 0,
  forward_static_call_array: 0,
  register_shutdown_function: 0,
  register_tick_function: 0,
  array_map: 0,
  array_filter: 1,
  array_walk: 1,
  array_walk_recursive: 1,
  array_reduce: 1,
  usort: 1,
  uasort: 1,
  uksort: 1,
  iterator_apply: 1,
  ob_start: 0,
  preg_replace_callback: 1,
  set_error_handler: 0,
  set_exception_handler: 0,
  header_register_callback: 0,
};
export const PHP_EXEC_SINKS = [
  'system',
  'exec',
  'shell_exec',
  'passthru',
  'popen',
  'proc_open',
  'pcntl_exec',
] as const;

/** Names that must never come out of a decoded or spliced string. */
export const DANGEROUS_NAMES = new Set<string>([
  'eval',
  'assert',
  'create_function',
  'call_user_func',
  'call_user_func_array',
  'system',
  'exec',
  'shell_exec',
  'passthru',
  'popen',
  'proc_open',
  'pcntl_exec',
  'base64_decode',
  'gzinflate',
  'gzuncompress',
  'str_rot13',
  'preg_replace',
  'array_map',
  'file_put_contents',
  'fwrite',
  'move_uploaded_file',
  '_post',
  '_get',
  '_request',
  '_cookie',
  '_server',
  'php://input',
]);

/** Names of known webshell kits and their UI strings. */
export const KIT_MARKERS: { re: RegExp; family: string; reason: string }[] = [
  {
    re: /FilesMan|wso_version|WSO\s*[0-9.]+|\$default_action\s*=\s*['"]FilesMan/i,
    family: 'wso',
    reason: 'WSO file-manager shell markers',
  },
  { re: /b374k/i, family: 'b374k', reason: 'b374k shell marker' },
  { re: /c99shell|c99_buff|\bc99sh_/i, family: 'c99', reason: 'c99 shell marker' },
  { re: /r57shell|\br57_/i, family: 'r57', reason: 'r57 shell marker' },
  { re: /\bweevely\b/i, family: 'weevely', reason: 'weevely marker' },
  { re: /jspspy|JspSpy/i, family: 'jspspy', reason: 'JspSpy marker' },
  {
    re: /antsword|\bant_\w+|\$_POST\s*\[\s*['"]ant['"]\s*\]/i,
    family: 'antsword',
    reason: 'AntSword marker',
  },
  {
    re: /大马|小马|一句话木马|过狗|免杀/,
    family: 'cn-kit',
    reason: 'Chinese webshell-kit wording (大马/小马/过狗)',
  },
];

/** File-manager / recon traits of full-featured ("big") webshells. */
export const RECON_TRAITS: RegExp[] = [
  /\bphp_uname\s*\(/i,
  /\bposix_getpwuid\s*\(/i,
  /ini_get\s*\(\s*['"](?:disable_functions|open_basedir|safe_mode)['"]/i,
  /\bdisk_free_space\s*\(/i,
  /\bscandir\s*\(|\bopendir\s*\(/i,
  /\bchmod\s*\(|\btouch\s*\(/i,
  /uname\s+-a|\bwhoami\b|\/etc\/passwd/i,
  /\bfsockopen\s*\(.*\$_(?:POST|GET|REQUEST)/i,
];

/** Stealth settings that webshells set first. */
export const STEALTH =
  /@?\berror_reporting\s*\(\s*0\s*\)|@\s*set_time_limit\s*\(\s*0\s*\)|@?\bignore_user_abort\s*\(\s*(?:1|true)\s*\)|@?\bini_set\s*\(\s*['"](?:display_errors|max_execution_time|log_errors)['"]\s*,\s*['"]?0/gi;

// ---- JSP -------------------------------------------------------------------------------------------
export const JSP_INPUT =
  /request\.get(?:Parameter|ParameterValues|ParameterMap|Header|InputStream|Reader|QueryString)\s*\(/;
export const JSP_EXEC =
  /Runtime\s*\.\s*getRuntime\s*\(\s*\)\s*\.\s*exec\s*\(|new\s+ProcessBuilder\s*\(|\bProcessImpl\b|\bUNIXProcess\b|forkAndExec/;
export const JSP_CLASSLOAD =
  /\bdefineClass\s*\(|extends\s+ClassLoader|URLClassLoader|Unsafe\s*\.\s*defineAnonymousClass|MethodHandles\.lookup\(\)\.defineClass/;
export const JSP_SCRIPT = /ScriptEngineManager|getEngineByName\s*\(|ELProcessor|\bExpressionFactory\b/;
export const JSP_CRYPTO = /javax\.crypto|Cipher\s*\.\s*getInstance|SecretKeySpec/;
export const JSP_SESSION = /session\s*\.\s*(?:putValue|setAttribute|getAttribute|getValue)\s*\(/;

// ---- ASP / ASPX ------------------------------------------------------------------------------------
export const ASP_INPUT =
  /\bRequest\s*(?:\(|\.\s*(?:Form|QueryString|Item|Params|Cookies|BinaryRead|InputStream|Headers|ServerVariables)\b|\[)/i;
export const ASP_CODE = /\b(?:eval|execute|executeglobal)\b/i;
export const ASP_SHELL =
  /WScript\.Shell|Shell\.Application|Process\s*\.\s*Start\s*\(|ProcessStartInfo|cmd\.exe/i;
export const ASPX_ASSEMBLY = /Assembly\s*\.\s*Load\s*\(|GetMethod\s*\(\s*"Load"|\.CreateInstance\s*\(/;
export const ASPX_CRYPTO = /RijndaelManaged|AesManaged|CreateDecryptor|TransformFinalBlock/;
