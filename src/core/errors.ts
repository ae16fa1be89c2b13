/**
 * One catalogue of coded errors (DESIGN §7, Fastify's error catalogue is the model).
 * Exit status 2 = the command could not do its job (CONTRACT §1).
 */
export const ERRORS = {
  HEGUI_E_USAGE: { exit: 2, hint: 'Run `hegui --help` for usage.' },
  HEGUI_E_ROOT_NOT_FOUND: {
    exit: 2,
    hint: 'Pass --root the directory where the image or snapshot is mounted.',
  },
  HEGUI_E_ROOT_NOT_DIR: { exit: 2, hint: 'Pass --root a directory, not a file.' },
  HEGUI_E_BUNDLE_UNREADABLE: { exit: 2, hint: 'Create a bundle with `hegui collect --output FILE`.' },
  HEGUI_E_BUNDLE_SCHEMA: {
    exit: 2,
    hint: 'This bundle was written by another hegui version; collect it again.',
  },
  HEGUI_E_CONFIG: { exit: 2, hint: 'Fix the config file or the HEGUI_* environment variable named above.' },
  HEGUI_E_UNKNOWN_CHECK: { exit: 2, hint: 'Run `hegui checks` to list the check ids.' },
  HEGUI_E_UNKNOWN_PROVISION: { exit: 2, hint: 'Run `hegui law list` to list the provision ids.' },
  HEGUI_E_INTERNAL: { exit: 2, hint: 'This is a bug in hegui; please report it with the command you ran.' },
  HEGUI_E_OUTPUT: { exit: 2, hint: 'Check that the output directory exists and is writable.' },
  HEGUI_E_CAPTURE_NOT_FOUND: {
    exit: 2,
    hint: 'Pass the path of a capture made by `hegui capture --output FILE`.',
  },
  HEGUI_E_CAPTURE_CORRUPT: {
    exit: 2,
    hint: 'The file is not a complete gzip-compressed tar capture; use another copy of the evidence.',
  },
  HEGUI_E_CAPTURE_SCHEMA: {
    exit: 2,
    hint: 'This capture was written by a newer hegui; verify it with that version.',
  },
  HEGUI_E_CAPTURE_EXISTS: { exit: 2, hint: 'Choose another output file, or pass --force to replace it.' },
  HEGUI_E_REPORT_UNREADABLE: {
    exit: 2,
    hint: 'Pass --from a JSON report written by `hegui scan --format json --output FILE`.',
  },
  HEGUI_E_REPORT_SCHEMA: {
    exit: 2,
    hint: 'This report was written by a newer hegui; upgrade hegui or scan again with this version.',
  },
  HEGUI_E_INCIDENT_NOT_FOUND: { exit: 2, hint: 'Run `hegui incident list` to see the incident ids.' },
  HEGUI_E_INVENTORY_UNREADABLE: {
    exit: 2,
    hint: 'Pass --pi a JSON inventory written by `hegui pii inventory --format json --output FILE` with this hegui.',
  },
  HEGUI_E_TIME_INVALID: {
    exit: 2,
    hint: 'Give the time as ISO 8601 with a date, a time and an offset, e.g. 2026-11-23T09:30:00+08:00.',
  },
  HEGUI_E_TIME_IN_FUTURE: {
    exit: 2,
    hint: 'A detection or report time cannot be later than now; check the time and its offset.',
  },
  HEGUI_E_STORE: {
    exit: 2,
    hint: 'Check the data directory (HEGUI_DATA_DIR) or the --db connection string, and that it is writable.',
  },
  HEGUI_E_PII_DB: {
    exit: 2,
    hint: 'Check the --db URL (postgres://user@host:5432/db or mysql://user@host:3306/db), that the server is reachable and that the user may read information_schema and the tables.',
  },
  HEGUI_E_PII_INPUT: {
    exit: 2,
    hint: 'Pass --path an existing file or directory under --root (or the live root).',
  },
  HEGUI_E_ASSESS_INPUT: {
    exit: 2,
    hint: 'Give volumes as whole numbers of people (0 or more) and only the choices `--help` lists.',
  },
  HEGUI_E_ASSESS_CONTRADICTION: {
    exit: 2,
    hint: 'Two answers contradict each other; correct one of them and run the assessment again.',
  },
  HEGUI_E_ASSESS_ANSWERS: {
    exit: 2,
    hint: 'Fix the key or value named above in the answers file; `hegui assess use --help` lists them.',
  },
  HEGUI_E_AGREEMENT: {
    exit: 2,
    hint: 'Give the agreement as a readable .txt, .md, .docx or .pdf file of at most 32 MiB.',
  },
  HEGUI_E_ASSESS_FILE: {
    exit: 2,
    hint: 'Check that the file exists, is readable, and is the JSON or YAML hegui expects.',
  },
  HEGUI_E_REDACT_INPUT: {
    exit: 2,
    hint: 'Give `hegui redact` a readable text, CSV/TSV, JSON/NDJSON or .gz file (not a directory or a binary).',
  },
  HEGUI_E_REDACT_OUTPUT_EXISTS: {
    exit: 2,
    hint: 'Choose another --output, pass --force to replace it, or --in-place to rewrite the input with a backup.',
  },
  HEGUI_E_REDACT_KEY: {
    exit: 2,
    hint: 'Pass --key-file a file of at least 16 random bytes, e.g. `head -c 32 /dev/urandom > redact.key && chmod 600 redact.key`.',
  },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class HeguiError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'HeguiError';
  }
  get exitCode(): number {
    return ERRORS[this.code].exit;
  }
  get hint(): string {
    return ERRORS[this.code].hint;
  }
}
