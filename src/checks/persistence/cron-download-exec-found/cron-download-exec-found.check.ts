import { defineCheck } from '../../../core/check.ts';
import { signalHits } from '../task-hits.ts';

export default defineCheck({
  id: 'cron-download-exec-found',
  category: 'malicious-cron',
  severity: 'critical',
  needs: ['scheduled'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: { zh: '计划任务下载并执行远程代码', en: 'A scheduled task downloads and runs remote code' },
  description: {
    zh: '读取 /etc/crontab、/etc/cron.d、用户 crontab、/etc/cron.{hourly,daily,weekly,monthly} 脚本、at 作业和 systemd 定时器,找出把下载内容直接交给 shell 或解释器执行的命令(curl/wget … | sh、下载到文件后再运行、bash -c "$(curl …)"、python/perl 单行代码取回并执行)。这是挖矿木马和僵尸网络最常见的驻留方式:远端内容随时可换,主机等于被他人控制。网络运营者须采取防范入侵的技术措施并处置安全事件。单纯的下载(如健康检查 curl … > /dev/null)不会触发。',
    en: 'Reads /etc/crontab, /etc/cron.d, user crontabs, the /etc/cron.{hourly,daily,weekly,monthly} scripts, at jobs and systemd timers for commands that hand downloaded content straight to a shell or interpreter (curl/wget … | sh, download to a file then run it, bash -c "$(curl …)", python/perl one-liners that fetch and exec). This is the usual way miners and botnets persist: the remote content can change at any time, so the host runs whatever someone else decides. Operators must have anti-intrusion measures and handle incidents. A plain download (a health ping such as curl … > /dev/null) does not trigger it.',
  },
  messages: {
    downloadExec: {
      zh: '{location} 的计划任务(用户 {user},周期 {schedule})会下载远程内容并执行({detail}):{command}',
      en: 'The scheduled task at {location} (user {user}, schedule {schedule}) downloads remote content and runs it ({detail}): {command}',
    },
  },
  remediation: {
    zh: '按入侵处置:先保全证据(运行 hegui capture,并另存 {path} 的副本与下载地址),再移除该任务:{removalZh}。随后结束相关进程,在防火墙上封禁下载地址,排查入侵途径(登录日志、Web 漏洞、弱口令)和同一时间段新建的文件与账户。',
    en: 'Treat it as an intrusion: preserve evidence first (run hegui capture and keep a copy of {path} and the download address), then remove the task: {removalEn}. Then stop the processes it started, block the download address at the firewall, and find how the intruder got in (login logs, web vulnerabilities, weak passwords) and what else was created around the same time.',
  },
  evaluate: ({ scheduled }) => signalHits(scheduled.tasks, 'downloadExec', 'downloadExec'),
});
