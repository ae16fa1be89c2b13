/**
 * A summary for the police (报案材料): the facts, the times, the evidence (with the capture's SHA-256
 * when a capture manifest is given) and the suspected conduct, phrased "may meet the threshold of …"
 * from the liability analysis; whether it is a crime is for the police and the courts.
 */
import { contactBlock, clockHead, clockRows, findingHead, findingRows, fmtTime } from './common.ts';
import type { Block, Doc, Lang } from './doc.ts';
import { findingTitle, intrusionFindings } from './report.ts';
import type { DocumentInput } from './types.ts';

const POLICE_DUTIES = new Set(['police-report', 'cisr-police-24h', 'intlsec-police-24h']);

export function buildPolice(input: DocumentInput, lang: Lang, now: Date): Doc {
  const { incident, clocks, liability, capture, report } = input;
  const zh = lang === 'zh';
  const day = now.toISOString();
  const suspected = liability.filter((p) => p.party === 'intruder' || p.party === 'insider');
  const intrusion = intrusionFindings(incident.findings);

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: zh ? '一、报案单位' : '1. Who reports' },
    contactBlock(incident, lang, ['unit', 'person', 'phone', 'address']),
    { kind: 'heading', level: 1, text: zh ? '二、基本事实' : '2. The facts' },
    {
      kind: 'fields',
      rows: [
        { label: zh ? '受害系统' : 'System attacked', value: incident.host.hostname },
        { label: zh ? '操作系统' : 'Operating system', value: report?.host.os ?? undefined },
        {
          label: zh ? '其他受影响系统' : 'Other systems affected',
          value: incident.affectedSystems.filter((s) => s !== incident.host.hostname).join(zh ? '、' : ', '),
        },
        { label: zh ? '发现时间' : 'Detected at', value: fmtTime(incident.detectedAt, lang) },
        { label: zh ? '检查时间' : 'Examined at', value: fmtTime(incident.host.scannedAt, lang) },
        { label: zh ? '首次入侵时间' : 'First intrusion at', value: undefined },
        { label: zh ? '攻击来源(IP 等)' : 'Source of the attack (IP etc.)', value: undefined },
        { label: zh ? '经济损失(含恢复费用)' : 'Economic loss (incl. recovery costs)', value: undefined },
      ],
    },
    {
      kind: 'para',
      text: zh
        ? `对该服务器的只读检查发现以下入侵迹象(共 ${intrusion.length} 类)：`
        : `A read-only examination of the server found these signs of intrusion (${intrusion.length} kind(s)):`,
    },
    { kind: 'list', items: intrusion.map((f) => findingTitle(f, lang)) },
    { kind: 'heading', level: 1, text: zh ? '三、时间经过' : '3. Timeline' },
    {
      kind: 'table',
      head: zh ? ['时间', '事项'] : ['Time', 'Event'],
      rows: incident.timeline.map((t) => [fmtTime(t.at, lang), t.text]),
    },
    { kind: 'heading', level: 1, text: zh ? '四、证据' : '4. Evidence' },
  ];
  if (capture !== undefined) {
    blocks.push(
      {
        kind: 'para',
        text: zh
          ? `证据已用 hegui capture 只读固定${capture.file ? `(文件 ${capture.file})` : ''}，固定时间 ${fmtTime(capture.collectedAt, lang) ?? '—'}；每项均记录 SHA-256，可用 hegui capture verify 校验。`
          : `The evidence was preserved read-only with hegui capture${capture.file ? ` (file ${capture.file})` : ''} at ${fmtTime(capture.collectedAt, lang) ?? '—'}; every item carries its SHA-256, which hegui capture verify checks.`,
      },
      {
        kind: 'table',
        head: zh ? ['证据项', 'SHA-256', '字节数'] : ['Item', 'SHA-256', 'Bytes'],
        rows: capture.items.map((i) => [i.path, i.sha256, i.size === undefined ? undefined : String(i.size)]),
      },
    );
  } else {
    blocks.push({
      kind: 'note',
      text: zh
        ? '尚未提供证据固定包。请在处置前用 hegui capture 只读固定证据(含每项的 SHA-256)，并附上清单。'
        : 'No evidence capture was given. Preserve the evidence read-only with hegui capture (SHA-256 of every item) before cleaning up, and attach its list.',
    });
  }
  blocks.push(
    {
      kind: 'para',
      text: zh ? '检查发现及其在服务器上的位置：' : 'Findings and where they are on the server:',
    },
    { kind: 'table', head: findingHead(lang), rows: findingRows(incident, lang, findingTitle) },
    { kind: 'heading', level: 1, text: zh ? '五、涉嫌的违法犯罪行为' : '5. Suspected conduct' },
  );
  if (suspected.length === 0) {
    blocks.push({
      kind: 'fields',
      rows: [{ label: zh ? '涉嫌行为' : 'Suspected conduct', value: undefined }],
    });
  }
  for (const p of suspected) {
    blocks.push(
      { kind: 'heading', level: 2, text: p.duty },
      { kind: 'list', items: p.statements ?? [] },
      { kind: 'para', text: p.basis },
      { kind: 'list', items: p.penalties ?? [] },
    );
  }
  blocks.push(
    {
      kind: 'note',
      text: zh
        ? '以上仅说明行为可能达到的入罪标准，是否构成犯罪由公安、司法机关依法认定。'
        : 'The above only says which thresholds the conduct may meet; whether any offence was committed is for the police and the courts.',
    },
    { kind: 'heading', level: 1, text: zh ? '六、报案时限' : '6. Reporting deadlines' },
    {
      kind: 'table',
      head: clockHead(lang),
      rows: clockRows(
        clocks.filter((c) => POLICE_DUTIES.has(c.duty)),
        lang,
        day,
      ),
    },
  );
  return {
    lang,
    title: zh ? '网络安全案件报案材料(案情摘要)' : 'Summary for the Police',
    subtitle: zh
      ? `hegui 根据事件记录 ${incident.id} 生成；【待填写】处请补全。`
      : `Generated by hegui from incident ${incident.id}; fill every [TO BE FILLED].`,
    blocks,
  };
}
