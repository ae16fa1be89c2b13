/**
 * Fixture hosts for tests: `<case>/root/…` is the host's file tree, `<case>/exec/<command>.txt` the
 * recorded output of an allowlisted command (e.g. `exec/iptables-save.txt`).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ALLOWED_COMMANDS, recordedExec, type AllowedCommand, type HostExec } from '../host/exec.ts';

export async function fixtureExec(caseDir: string): Promise<HostExec | undefined> {
  let names: string[];
  try {
    names = await readdir(path.join(caseDir, 'exec'));
  } catch {
    return undefined;
  }
  const recordings: Partial<Record<AllowedCommand, string>> = {};
  for (const name of names) {
    const command = name.replace(/\.txt$/, '');
    if (!(command in ALLOWED_COMMANDS))
      throw new Error(`${caseDir}/exec/${name}: not an allowlisted command`);
    recordings[command as AllowedCommand] = await readFile(path.join(caseDir, 'exec', name), 'utf8');
  }
  return recordedExec(recordings);
}
