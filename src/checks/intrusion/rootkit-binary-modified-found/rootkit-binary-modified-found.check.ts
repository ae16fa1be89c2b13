import { defineCheck } from '../../../core/check.ts';
import { ROOTKIT_LEGAL, rootkitResponse } from '../rootkit-response.ts';

export default defineCheck({
  id: 'rootkit-binary-modified-found',
  category: 'rootkit',
  severity: 'critical',
  needs: ['rootkit'],
  tolerates: ['rootkit.files', 'rootkit.modules'],
  legal: ROOTKIT_LEGAL,
  title: {
    zh: '系统关键程序与软件包记录的校验和不符(疑被篡改)',
    en: 'A security-critical system binary no longer matches its package checksum',
  },
  description: {
    zh: '对一组固定的安全关键文件(ls、ps、top、ss、netstat、find、lsof、login、su、sudo、passwd、sshd、ssh、cron、bash、libc 与动态链接器、libprocps、libkeyutils、pam_unix.so 等)计算 md5,与 dpkg 安装时记录在 /var/lib/dpkg/info/<软件包>.md5sums 中的值比较(考虑 dpkg-divert 转移)。rootkit 三十年来一直替换正是这些程序来隐藏自己、窃取口令;不一致是强烈的入侵迹象。在 Debian/Ubuntu 上,合法的不一致很少见:prelink 已基本不再使用,正常升级会同时更新记录;手工 `make install` 覆盖系统程序或磁盘损坏也会造成不一致。只检查这份固定清单,不遍历所有软件包,因此在线上主机上也很快。注意:细心的入侵者也可能改写 md5sums 文件本身,一致并不能证明干净。',
    en: 'Computes the md5 of a fixed set of security-critical files (ls, ps, top, ss, netstat, find, lsof, login, su, sudo, passwd, sshd, ssh, cron, bash, libc and the dynamic loader, libprocps, libkeyutils, pam_unix.so and a few more) and compares it with the value dpkg recorded at install time in /var/lib/dpkg/info/<package>.md5sums, following dpkg-divert diversions. Rootkits have replaced exactly these programs for thirty years to hide themselves and steal passwords, so a mismatch is a strong sign of intrusion. Legitimate mismatches are rare on Debian and Ubuntu: prelink has all but disappeared and normal upgrades update the record too; a manual `make install` over system programs or disk corruption would also do it. Only this fixed list is hashed, never every package, so the check stays fast on a live host. A careful intruder can rewrite the md5sums file as well, so a match does not prove the file is clean.',
  },
  messages: {
    modified: {
      zh: '{path}(软件包 {package})的 md5 为 {actual},与 dpkg 安装时记录的 {recorded} 不符。',
      en: '{path} (package {package}) has md5 {actual}, not the {recorded} dpkg recorded at install time.',
    },
  },
  remediation: rootkitResponse({
    zh: '`dpkg --verify {package}`、`debsums -c {package}`(需安装 debsums)、`md5sum {path}`;在一台干净的机器上 `apt-get download {package}`,用 `dpkg-deb -x` 解包后比较同一文件,再用 `strings` 或 `cmp` 比较差异;不要在原系统上用 `apt-get install --reinstall` 代替重装,内核或其他层面的后门会继续存在',
    en: '`dpkg --verify {package}`, `debsums -c {package}` (install debsums first), `md5sum {path}`; on a clean machine run `apt-get download {package}`, unpack it with `dpkg-deb -x` and compare the same file (`cmp`, `strings`); do not use `apt-get install --reinstall` on the host instead of a rebuild: a backdoor in the kernel or elsewhere would survive it',
  }),
  evaluate: ({ rootkit }) =>
    rootkit.binaries.checked
      .filter((f) => f.actual !== null && f.actual !== f.recorded)
      .map((f) => ({
        messageId: 'modified',
        data: {
          path: f.readFrom ?? f.path,
          package: f.package,
          recorded: f.recorded,
          actual: f.actual ?? '',
        },
        where: [{ path: f.readFrom ?? f.path }, f.where],
      })),
});
