import { defineCheck } from '../../../core/check.ts';
import { signalHits } from '../task-hits.ts';

export default defineCheck({
  id: 'cron-encoded-payload-found',
  category: 'malicious-cron',
  severity: 'critical',
  needs: ['scheduled'],
  legal: [
    { provision: 'csl-23', clause: '2' },
    { provision: 'csl-27' },
    { provision: 'cl-285', clause: '2', party: 'intruder' },
  ],
  title: { zh: '计划任务解码并执行编码载荷', en: 'A scheduled task decodes and runs an encoded payload' },
  description: {
    zh: '读取各类计划任务(crontab、cron.d、用户 crontab、周期脚本、at 作业、systemd 定时器),找出先解码再执行的命令:echo … | base64 -d | sh、xxd -r -p | sh、printf 十六进制转义 | sh、python -c "exec(base64.b64decode(…))"、perl/php 的 eval(base64 解码)等。正常运维几乎不会把命令编码后再执行,这种写法是为了躲避人工审查和特征检测;可解出的字面载荷会被继续分析。',
    en: 'Reads every kind of scheduled task (crontab, cron.d, user crontabs, periodic scripts, at jobs, systemd timers) for commands that decode something and run it: echo … | base64 -d | sh, xxd -r -p | sh, printf hex escapes | sh, python -c "exec(base64.b64decode(…))", perl/php eval of a base64 decode, and the like. Routine administration almost never encodes a command before running it; this is done to slip past people and signatures. A literal payload that can be decoded is analysed further.',
  },
  messages: {
    encoded: {
      zh: '{location} 的计划任务(用户 {user},周期 {schedule})解码并执行编码载荷({detail}):{command}',
      en: 'The scheduled task at {location} (user {user}, schedule {schedule}) decodes and runs an encoded payload ({detail}): {command}',
    },
  },
  remediation: {
    zh: '按入侵处置:先保全证据(运行 hegui capture,另存 {path} 的副本并解码载荷留档,不要执行),再移除该任务:{removalZh}。随后结束相关进程,排查载荷中出现的地址与文件,查明入侵途径。',
    en: 'Treat it as an intrusion: preserve evidence first (run hegui capture, keep a copy of {path} and a decoded copy of the payload — never run it), then remove the task: {removalEn}. Then stop the processes it started, follow up the addresses and files named in the payload, and find how the intruder got in.',
  },
  evaluate: ({ scheduled }) => signalHits(scheduled.tasks, 'encodedPayload', 'encoded'),
});
