import { defineCheck } from '../../../core/check.ts';
import { signalHits } from '../task-hits.ts';

export default defineCheck({
  id: 'cron-temp-path-found',
  category: 'malicious-cron',
  severity: 'high',
  needs: ['scheduled'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: {
    zh: '计划任务运行临时目录中的程序',
    en: 'A scheduled task runs a program from a temporary directory',
  },
  description: {
    zh: '读取各类计划任务(crontab、cron.d、用户 crontab、周期脚本、at 作业、systemd 定时器),找出所运行的程序或脚本位于 /tmp、/var/tmp 或 /dev/shm 的任务(包括 cd /tmp && ./x、sh /tmp/x.sh、sh -c 内的命令)。这些目录任何用户都可写,正规软件不会安装在这里,却是入侵者落地木马的首选位置。仅把临时目录当参数的命令(如 find /tmp -mtime +7 -delete、日志重定向到 /tmp)不会触发。',
    en: 'Reads every kind of scheduled task (crontab, cron.d, user crontabs, periodic scripts, at jobs, systemd timers) for tasks whose program or script lives in /tmp, /var/tmp or /dev/shm (including cd /tmp && ./x, sh /tmp/x.sh and commands inside sh -c). Anyone can write there and no packaged software is installed there, but it is where intruders drop their binaries first. A command that only takes a temporary directory as an argument (find /tmp -mtime +7 -delete, output redirected to /tmp) does not trigger it.',
  },
  messages: {
    tempPath: {
      zh: '{location} 的计划任务(用户 {user},周期 {schedule})运行临时目录中的 {detail}:{command}',
      en: 'The scheduled task at {location} (user {user}, schedule {schedule}) runs {detail} from a temporary directory: {command}',
    },
  },
  remediation: {
    zh: '先保全证据(运行 hegui capture,另存 {path} 及该程序文件的副本并计算哈希),再移除该任务:{removalZh}。确认程序来源;若非本单位部署,按入侵处置:结束其进程、删除程序文件、查明入侵途径。合法的脚本应移到 /usr/local/bin 等只有 root 可写的目录。',
    en: 'Preserve evidence first (run hegui capture, keep copies of {path} and of the program file with their hashes), then remove the task: {removalEn}. Establish where the program came from; if nobody here deployed it, treat it as an intrusion: kill its processes, delete the file, and find how the intruder got in. A legitimate script belongs in a root-only directory such as /usr/local/bin.',
  },
  evaluate: ({ scheduled }) => signalHits(scheduled.tasks, 'tempPath', 'tempPath'),
});
