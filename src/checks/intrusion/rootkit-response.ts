/**
 * What every rootkit finding tells the operator to do, in the same order: do not clean in place, preserve,
 * isolate, confirm from trusted tools, rebuild, rotate, report. Each check puts its own confirmation
 * commands in the middle.
 */
import type { LegalRef, Text } from '../../legal/types.ts';

export const ROOTKIT_LEGAL: readonly LegalRef[] = [
  { provision: 'csl-23', clause: '2' },
  { provision: 'csl-27' },
  { provision: 'cl-285', clause: '2', party: 'intruder' },
  { provision: 'cl-286', clause: '2', party: 'intruder' },
];

/** The response around a check's confirmation step (`confirm`, one sentence in each language). */
export function rootkitResponse(confirm: Text): Text {
  return {
    zh:
      '不要在原系统上尝试清除 rootkit:它可能已篡改内核或系统程序,清除后的结果无法信任。' +
      '1) 保全证据:先运行 `hegui capture --output /root/evidence.tar.gz`(对可疑主机,最好从救援系统挂载其磁盘后用 `hegui capture --root /mnt/disk` 采集),并记录发现时间;' +
      '2) 隔离:在上游防火墙或云安全组切断该主机的业务流量,只保留取证通道;' +
      `3) 确认:${confirm.zh}(这些命令本身可能已被替换,请用救援系统或已知干净的静态程序执行);` +
      '4) 用可信的安装介质重装系统,只从入侵之前、已验证的备份恢复数据;' +
      '5) 更换该主机上出现过的全部口令、SSH 密钥、API 与数据库凭据;' +
      '6) 按网络安全事件应急预案处置,并按事件等级向主管部门报告。',
    en:
      'Do not try to clean a rootkit in place: it may have changed the kernel or the system programs, so nothing that remains can be trusted. ' +
      '1) Preserve evidence: run `hegui capture --output /root/evidence.tar.gz` first (for a suspect host, better from a rescue system with its disk mounted: `hegui capture --root /mnt/disk`) and note the time of discovery; ' +
      '2) isolate: cut the host off at the upstream firewall or cloud security group, keeping only a channel for the investigation; ' +
      `3) confirm: ${confirm.en} (these tools may themselves be replaced: run them from a rescue system or a known-good static binary); ` +
      '4) rebuild from trusted installation media and restore data only from verified backups taken before the intrusion; ' +
      '5) rotate every password, SSH key, API and database credential that was used on the host; ' +
      '6) handle it under the incident response plan and report it according to its grade.',
  };
}
