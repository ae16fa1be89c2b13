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
  HEGUI_E_REPORT_UNREADABLE: {
    exit: 2,
    hint: 'Pass --from a JSON report written by `hegui scan --format json --output FILE`.',
  },
  HEGUI_E_REPORT_SCHEMA: {
    exit: 2,
    hint: 'This report was written by a newer hegui; upgrade hegui or scan again with this version.',
  },
  HEGUI_E_INCIDENT_NOT_FOUND: { exit: 2, hint: 'Run `hegui incident list` to see the incident ids.' },
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
