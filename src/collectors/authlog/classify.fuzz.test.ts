import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTH_EVENT_CLASSES } from './authlog.types.ts';
import { classifyLine } from './classify.ts';
import { historySignals, parseHistory } from './history.ts';

const REF = { year: 2026, month: 11 };
const HEADS = [
  'Nov  3 10:00:01 h sshd[1]: ',
  '2026-11-03T10:00:01+08:00 h sudo: ',
  'Nov  3 10:00:01 h su[1]: ',
  'Nov  3 10:00:01 h useradd[1]: ',
  'Nov  3 10:00:01 h login[1]: ',
  'Nov  3 10:00:01 h CRON[1]: ',
];
const BODIES = [
  'Disconnecting authenticating user ',
  'Invalid user ',
  'Failed password for ',
  'Failed none for invalid user ',
  'Accepted publickey for ',
  'User ',
  'error: PAM: authentication error for illegal user ',
  'Connection closed by ',
  'FAILED LOGIN ',
  "change user '",
  "add '",
  'pam_unix(sshd:auth): authentication failure; ',
  '   bob : ',
  "Bad password attempt for '",
  '(to ',
  'Received disconnect from ',
  "Bad protocol version identification '",
  'new user: name=',
];
const FILLERS = [
  'a ',
  ' from 1.2.3.4 ',
  ' port 1',
  'x=',
  "' to '",
  ' ; ',
  ' FOR ',
  ':',
  ' from ',
  'a',
  '(uid=0)',
];

describe('classifyLine never throws and stays linear', () => {
  it('on arbitrary text, and on arbitrary text after a real header', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', ...HEADS),
        fc.constantFrom('', ...BODIES),
        fc.string({ maxLength: 400 }),
        (head, body, tail) => {
          const event = classifyLine(head + body + tail, { ref: REF });
          if (event) expect(AUTH_EVENT_CLASSES).toContain(event.class);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('classifies a 16 KiB adversarial line in well under a second', () => {
    let worst = 0;
    for (const head of HEADS)
      for (const body of BODIES)
        for (const filler of FILLERS) {
          const line = head + body + filler.repeat(Math.floor(16_000 / filler.length));
          const started = performance.now();
          classifyLine(line, { ref: REF });
          worst = Math.max(worst, performance.now() - started);
        }
    expect(worst).toBeLessThan(250);
  });
});

describe('historySignals never throws', () => {
  it('on arbitrary histories', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 80 }),
            fc.constantFrom(
              'cd /tmp',
              'wget http://x/y',
              './y',
              'history -c',
              'chmod +x y',
              '#1780000000',
              ': 1780000000:0;ls\\',
            ),
          ),
          { maxLength: 30 },
        ),
        (lines) => {
          const hits = historySignals(parseHistory(lines.join('\n')), '/root/.bash_history', 'root');
          for (const h of hits) expect(h.where.path).toBe('/root/.bash_history');
        },
      ),
      { numRuns: 500 },
    );
  });
});
