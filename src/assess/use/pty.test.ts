/**
 * The questionnaire through a real pseudo-terminal: `script` gives `hegui assess use` a pty, and we
 * type arrow keys, Space and Enter into it once the first question is on screen. Few and quick.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswersText } from './command.ts';
import { KEY, keystrokesFor } from './keys.ts';
import type { UseView } from './render.ts';

const SCRIPT = '/usr/bin/script';
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

function typeInPty(keys: string[], args: string): Promise<{ code: number | null; screen: string }> {
  return new Promise((resolve, reject) => {
    const cmd = `${process.execPath} src/cli/main.ts assess use ${args}`;
    const child = spawn(SCRIPT, ['-qfec', cmd, '/dev/null'], {
      cwd: ROOT,
      env: { ...process.env, LANG: 'C.UTF-8', TERM: 'xterm' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    let typed = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`pty session timed out; screen so far:\n${screen.slice(-800)}`));
    }, 15_000);
    child.stdout.on('data', (d: Buffer) => {
      screen += d.toString('utf8');
      // type only once raw mode is on, i.e. the first question is drawn
      if (!typed && screen.includes('? [1/')) {
        typed = true;
        child.stdin.write(keys.join(''));
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code, screen: screen.replace(/\r/g, '') });
    });
  });
}

/** The JSON report: from the first line that is just "{" to the end. */
function reportFrom(screen: string): UseView {
  const start = screen.search(/^\{$/m);
  return JSON.parse(screen.slice(start)) as UseView;
}

describe.skipIf(!existsSync(SCRIPT)).concurrent('assess use in a real pseudo-terminal', () => {
  it('answers catalogue §9 row 5 (proxy/VPN for others) with arrow keys and gets "not allowed"', async () => {
    const file = path.join(import.meta.dirname, 'fixtures', 'scenarios', '05-proxy-vpn.yaml');
    const { answers } = parseAnswersText(readFileSync(file, 'utf8'), file);
    const { code, screen } = await typeInPty(keystrokesFor(answers), '--format json --lang en');
    expect(code).toBe(0);
    expect(screen).toContain('❯'); // the arrow-key menu was drawn on the terminal
    const view = reportFrom(screen);
    expect(view.answers).toEqual(answers);
    expect(view.verdict).toBe('not-allowed');
    expect(view.activities[0]?.items.map((i) => i.rule)).toContain('proxy-vpn');
  });

  it('goes back with the left arrow in the terminal', async () => {
    const keys = keystrokesFor({ activities: ['personal-site'], commercial: false, icp: 'filing' });
    // answer "commercial" yes, go back with ←, answer no, then the rest
    const script = [keys[0]!, KEY.up + KEY.enter, KEY.left, KEY.down + KEY.enter, ...keys.slice(2)];
    const { code, screen } = await typeInPty(script, '--format json --lang zh');
    expect(code).toBe(0);
    const view = reportFrom(screen);
    expect(view.answers.commercial).toBe(false);
    expect(view.answers.icp).toBe('filing');
  });
});
