import { describe, expect, it } from 'vitest';
import { parseIptablesSave } from './parse-iptables.ts';
import { parseKeyValues, ufwRulesets } from './parse-ufw.ts';

const USER_RULES = `*filter
:ufw-user-input - [0:0]
:ufw-user-output - [0:0]
:ufw-user-limit - [0:0]
:ufw-user-limit-accept - [0:0]
### RULES ###

### tuple ### allow tcp 22 0.0.0.0/0 any 0.0.0.0/0 in
-A ufw-user-input -p tcp --dport 22 -j ACCEPT

### tuple ### allow tcp 3306 0.0.0.0/0 any 10.0.0.0/8 in
-A ufw-user-input -p tcp --dport 3306 -s 10.0.0.0/8 -j ACCEPT

### tuple ### limit tcp 2222 0.0.0.0/0 any 0.0.0.0/0 in
-A ufw-user-input -p tcp --dport 2222 -m conntrack --ctstate NEW -m recent --set
-A ufw-user-input -p tcp --dport 2222 -m conntrack --ctstate NEW -m recent --update --seconds 30 --hitcount 6 -j ufw-user-limit
-A ufw-user-input -p tcp --dport 2222 -j ufw-user-limit-accept

### END RULES ###
-A ufw-user-limit -m limit --limit 3/minute -j LOG --log-prefix "[UFW LIMIT BLOCK] "
-A ufw-user-limit -j REJECT
-A ufw-user-limit-accept -j ACCEPT
COMMIT
`;

describe('parseKeyValues', () => {
  it('reads KEY=value with quotes, comments and lines', () => {
    const vars = parseKeyValues(
      '# ufw\nENABLED=yes\nDEFAULT_INPUT_POLICY="DROP"\nIPV6=no # off\n  export X=\'a b\'\nnot a var\n',
      '/etc/default/ufw',
    );
    expect(Object.fromEntries([...vars].map(([k, v]) => [k, [v.value, v.where.line]]))).toEqual({
      ENABLED: ['yes', 2],
      DEFAULT_INPUT_POLICY: ['DROP', 3],
      IPV6: ['no', 4],
      X: ['a b', 5],
    });
  });
});

describe('ufwRulesets', () => {
  const conf = (enabled: string) => ({
    path: '/etc/ufw/ufw.conf',
    vars: parseKeyValues(`ENABLED=${enabled}\nLOGLEVEL=low\n`, '/etc/ufw/ufw.conf'),
  });

  it('an enabled ufw with a drop default: the user chain gives the open ports', () => {
    const r = ufwRulesets({
      conf: conf('yes'),
      defaults: parseKeyValues('IPV6=yes\nDEFAULT_INPUT_POLICY="DROP"\n', '/etc/default/ufw'),
      rules4: parseIptablesSave(USER_RULES, '/etc/ufw/user.rules'),
      rules6: parseIptablesSave(USER_RULES.replaceAll('ufw-user', 'ufw6-user'), '/etc/ufw/user6.rules'),
    });
    expect(r.map((x) => [x.name, x.family, x.activation, x.inputPolicy, x.ruleCount])).toEqual([
      ['ufw', 'ipv4', 'enabled', 'drop', 8], // 5 user rules + 3 in the limit chains they jump to
      ['ufw (IPv6)', 'ipv6', 'enabled', 'drop', 8],
    ]);
    expect(r[0]!.where).toEqual({ path: '/etc/ufw/ufw.conf', line: 1 });
    expect(r[0]!.openPorts.map((p) => [p.port, p.where.line])).toEqual([
      [22, 9],
      [2222, 17],
    ]);
    expect(r[1]!.openPorts[0]!.where.path).toBe('/etc/ufw/user6.rules');
  });

  it('ENABLED=no is not enabled; IPV6=no gives no IPv6 ruleset; a missing defaults file leaves the policy unknown', () => {
    const r = ufwRulesets({
      conf: conf('no'),
      defaults: parseKeyValues('IPV6=no\n', '/etc/default/ufw'),
      rules4: parseIptablesSave(USER_RULES, '/etc/ufw/user.rules'),
    });
    expect(r.map((x) => [x.activation, x.family, x.inputPolicy])).toEqual([
      ['not-enabled', 'ipv4', 'unknown'],
    ]);
  });

  it('no user rules: zero rules, the default policy still applies', () => {
    const r = ufwRulesets({
      conf: conf('yes'),
      defaults: parseKeyValues('DEFAULT_INPUT_POLICY="ACCEPT"\n', '/etc/default/ufw'),
    });
    expect(r.map((x) => [x.family, x.inputPolicy, x.ruleCount, x.firstRule])).toEqual([
      ['ipv4', 'accept', 0, undefined],
      ['ipv6', 'accept', 0, undefined],
    ]);
  });
});
