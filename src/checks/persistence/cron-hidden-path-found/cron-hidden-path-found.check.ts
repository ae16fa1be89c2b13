import { defineCheck } from '../../../core/check.ts';
import { signalHits } from '../task-hits.ts';

export default defineCheck({
  id: 'cron-hidden-path-found',
  category: 'malicious-cron',
  severity: 'high',
  needs: ['scheduled'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: {
    zh: '计划任务运行隐藏目录或隐藏文件中的程序',
    en: 'A scheduled task runs a program from a hidden file or directory',
  },
  description: {
    zh: '读取各类计划任务(crontab、cron.d、用户 crontab、周期脚本、at 作业、systemd 定时器),找出所运行的程序或脚本路径中含有以“.”开头的目录或文件名的任务,例如 /root/.x/.bin、~/.cache/kdevtmpfsi。ls 默认不显示这些名字,入侵者借此藏匿木马。少数知名工具的固定安装位置(如 ~/.acme.sh/acme.sh、虚拟环境的 .venv/bin)不计;仅作为参数出现的隐藏路径也不计。',
    en: 'Reads every kind of scheduled task (crontab, cron.d, user crontabs, periodic scripts, at jobs, systemd timers) for tasks whose program or script path has a directory or file name starting with ".", such as /root/.x/.bin or ~/.cache/kdevtmpfsi. ls does not show such names by default, which is why intruders hide their binaries there. The fixed install locations of a few well-known tools (~/.acme.sh/acme.sh, a virtualenv\'s .venv/bin) are not counted, nor are hidden paths that are only arguments.',
  },
  messages: {
    hiddenPath: {
      zh: '{location} 的计划任务(用户 {user},周期 {schedule})运行隐藏路径中的 {detail}:{command}',
      en: 'The scheduled task at {location} (user {user}, schedule {schedule}) runs {detail} from a hidden path: {command}',
    },
  },
  remediation: {
    zh: '先保全证据(运行 hegui capture,另存 {path} 及该程序文件的副本并计算哈希),再移除该任务:{removalZh}。确认程序来源;若非本单位部署,按入侵处置:结束其进程、删除整个隐藏目录、查明入侵途径。',
    en: 'Preserve evidence first (run hegui capture, keep copies of {path} and of the program file with their hashes), then remove the task: {removalEn}. Establish where the program came from; if nobody here deployed it, treat it as an intrusion: kill its processes, delete the whole hidden directory, and find how the intruder got in.',
  },
  evaluate: ({ scheduled }) => signalHits(scheduled.tasks, 'hiddenPath', 'hiddenPath'),
});
