import { describe, expect, it } from 'vitest';
import { maskSecrets } from './mask.ts';

describe('maskSecrets: -p passwords of the MySQL clients only', () => {
  it.each([
    ['mysql -uroot -pS3cret shop', 'mysql -uroot -p**** shop'],
    ['mysqldump -h db -pS3cret --all-databases > x.sql', 'mysqldump -h db -p**** --all-databases > x.sql'],
    ['/usr/bin/mariadb -u app -pS3cret', '/usr/bin/mariadb -u app -p****'],
  ])('%s', (input, output) => {
    expect(maskSecrets(input)).toBe(output);
  });

  it.each([
    'find / -xdev -name "*.csv" -path "*backup*"',
    'cp -preserve a b',
    'ssh -p2222 admin@host',
    'mkdir -p /root/quarantine',
  ])('leaves other -p options alone: %s', (input) => {
    expect(maskSecrets(input)).toBe(input);
  });
});
