/**
 * HostExec: the only way a scan runs a command (DESIGN §1). execFile without a shell, a fixed
 * allowlist of programs and argument vectors, absolute binaries from fixed system directories (never
 * $PATH), a timeout and an output cap. Used only when scanning the live root "/".
 */
import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';

/** Every command hegui may run, with its exact arguments. Nothing else can be executed. */
export const ALLOWED_COMMANDS = {
  'nft list ruleset': ['nft', ['list', 'ruleset']],
  'iptables-save': ['iptables-save', []],
  'ip6tables-save': ['ip6tables-save', []],
} as const satisfies Record<string, readonly [string, readonly string[]]>;

export type AllowedCommand = keyof typeof ALLOWED_COMMANDS;

const SYSTEM_DIRS = ['/usr/sbin', '/sbin', '/usr/bin', '/bin'];
export const EXEC_TIMEOUT_MS = 5000;
export const EXEC_MAX_BYTES = 4 * 1024 * 1024;

export type ExecOutcome =
  | { ok: true; stdout: string }
  /** The program is not installed: a fact about the host, not a gap. */
  | { ok: false; notInstalled: true }
  | { ok: false; notInstalled: false; reason: 'command-failed' | 'timeout'; detail: string };

export interface HostExec {
  run(command: AllowedCommand): Promise<ExecOutcome>;
}

async function findProgram(name: string): Promise<string | undefined> {
  for (const dir of SYSTEM_DIRS) {
    const candidate = `${dir}/${name}`;
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next directory
    }
  }
  return undefined;
}

export function liveExec(): HostExec {
  return {
    async run(command) {
      // Defence in depth: the type already forbids other commands, but callers may pass data through casts.
      if (!Object.hasOwn(ALLOWED_COMMANDS, command)) {
        return {
          ok: false,
          notInstalled: false,
          reason: 'command-failed',
          detail: `not allowlisted: ${command}`,
        };
      }
      const [program, args] = ALLOWED_COMMANDS[command];
      const binary = await findProgram(program);
      if (!binary) return { ok: false, notInstalled: true };
      return new Promise((resolve) => {
        execFile(
          binary,
          [...args],
          {
            shell: false,
            timeout: EXEC_TIMEOUT_MS,
            maxBuffer: EXEC_MAX_BYTES,
            env: { LC_ALL: 'C', PATH: SYSTEM_DIRS.join(':') },
            encoding: 'utf8',
            windowsHide: true,
          },
          (error, stdout, stderr) => {
            if (!error) return resolve({ ok: true, stdout });
            const timedOut = error.killed === true || (error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
            resolve({
              ok: false,
              notInstalled: false,
              reason: timedOut ? 'timeout' : 'command-failed',
              detail: (stderr || error.message).trim().split('\n')[0] ?? '',
            });
          },
        );
      });
    },
  };
}

/** Replays recorded outputs (fixtures and tests). A command without a recording counts as not installed. */
export function recordedExec(recordings: Partial<Record<AllowedCommand, string | ExecOutcome>>): HostExec {
  return {
    run(command) {
      const recorded = recordings[command];
      if (recorded === undefined) return Promise.resolve({ ok: false, notInstalled: true });
      if (typeof recorded === 'string') return Promise.resolve({ ok: true, stdout: recorded });
      return Promise.resolve(recorded);
    },
  };
}
