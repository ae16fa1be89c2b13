/**
 * Shared reading of the sshd section for the ssh checks: when the evidence can be judged at all, how
 * sshd compares values, and where a setting (or its default) lives.
 */
import type { Where } from '../../core/evidence.ts';
import type { SshdMatchBlock, SshdSection, SshdSetting } from '../../collectors/sshd/sshd.types.ts';
import { SSHD_CONFIG } from '../../collectors/sshd/parse-sshd.ts';

/**
 * Only judge a server that exists (config and binary) and whose configuration was read completely.
 * With an unread file the effective values may be wrong either way, so no hit is reported and the
 * recorded gap makes the check not-assessed.
 */
export function sshdJudgeable(sshd: SshdSection): boolean {
  return sshd.present && sshd.installed && sshd.unread.length === 0;
}

/** sshd compares yes/no values case-insensitively. */
export function isYes(value: string | undefined): boolean {
  return value !== undefined && value.trim().toLowerCase() === 'yes';
}

/** The effective global value of a keyword (defaults included). */
export function effectiveValue(sshd: SshdSection, key: string): string | undefined {
  return sshd.effective[key]?.value;
}

/** Where the effective value comes from: its line, or the main config file (no line) for a default. */
export function effectiveWhere(sshd: SshdSection, key: string): Where {
  const where = sshd.effective[key]?.where;
  return where ? { ...where } : { path: SSHD_CONFIG };
}

export function isDefault(sshd: SshdSection, key: string): boolean {
  return (sshd.effective[key]?.where ?? null) === null;
}

/** The first setting of a keyword inside a Match block (first value wins there too). */
export function blockSetting(block: SshdMatchBlock, key: string): SshdSetting | undefined {
  return block.settings.find((s) => s.key === key);
}

export function settingWhere(setting: SshdSetting): Where {
  return { ...setting.where };
}

/**
 * Placeholders for a position: {path}, {line} ("-" when there is none) and {where} ("path:line", or
 * just the path for a default value).
 */
export function positionData(where: Where): { path: string; line: string; where: string } {
  const path = 'path' in where ? where.path : SSHD_CONFIG;
  const line = 'path' in where && where.line !== undefined ? String(where.line) : undefined;
  return { path, line: line ?? '-', where: line === undefined ? path : `${path}:${line}` };
}

/**
 * Whether AuthenticationMethods lets a method be used at all: "any" (the default) allows every method;
 * otherwise some comma-separated list must name it ("keyboard-interactive:pam" names keyboard-interactive).
 */
export function methodAllowed(
  authenticationMethods: string | undefined,
  method: 'password' | 'keyboard-interactive',
): boolean {
  const value = (authenticationMethods ?? 'any').trim();
  if (value === '' || value.toLowerCase() === 'any') return true;
  return value
    .split(/\s+/)
    .some((list) => list.split(',').some((m) => m.split(':', 1)[0]!.toLowerCase() === method));
}

/** AuthenticationMethods as it applies inside a Match block: the block's own value, else the global one. */
export function blockMethods(sshd: SshdSection, block: SshdMatchBlock): string | undefined {
  return blockSetting(block, 'authenticationmethods')?.value ?? effectiveValue(sshd, 'authenticationmethods');
}
