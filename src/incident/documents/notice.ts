/**
 * The notice to the people whose personal information was involved (PIPL Art. 57: the kinds of
 * information, the cause and possible harm, the remedies taken, what individuals can do, a contact).
 */
import { findProvision } from '../../legal/provisions.ts';
import { citation } from '../../legal/render.ts';
import { personalInfoInvolved } from '../clocks.ts';
import { contactBlock, fmtTime } from './common.ts';
import type { Block, Doc, Lang } from './doc.ts';
import { findingTitle, intrusionFindings } from './report.ts';
import type { DocumentInput } from './types.ts';

export function buildNotice(input: DocumentInput, lang: Lang, now: Date): Doc {
  const { incident, checklist } = input;
  const zh = lang === 'zh';
  const day = now.toISOString();
  const pi = incident.personalInfo ?? [];
  const sensitive = pi.some((p) => p.sensitive);
  const pipl57 = findProvision('pipl-57');
  const cited = pipl57 ? citation(pipl57, undefined, lang, day) : 'pipl-57';
  const intrusion = intrusionFindings(incident.findings);
  const contained = incident.timeline.filter((t) => t.kind === 'contained');
  const kinds = [...new Set(checklist.map((c) => c.kind))];

  const blocks: Block[] = [];
  if (!personalInfoInvolved(incident)) {
    blocks.push({
      kind: 'note',
      text: zh
        ? `事件记录尚未确认涉及个人信息。只有在个人信息发生或者可能发生泄露、篡改、丢失时，${cited}才要求通知个人；发出前请先确认。`
        : `The incident record does not yet show personal information involved. ${cited} requires notice to individuals only when personal information is, or may be, leaked, altered or lost; confirm before sending.`,
    });
  }
  blocks.push(
    {
      kind: 'para',
      text: zh
        ? `尊敬的用户：我们于 ${fmtTime(incident.detectedAt, lang)} 发现，我们运营的服务器 ${incident.host.hostname} 遭到未经授权的访问。依照${cited}，现将有关情况告知如下。`
        : `Dear user, on ${fmtTime(incident.detectedAt, lang)} we found that a server we run, ${incident.host.hostname}, had been accessed without authorisation. As ${cited} requires, we tell you the following.`,
    },
    {
      kind: 'heading',
      level: 1,
      text: zh ? '一、涉及的个人信息种类' : '1. The kinds of personal information involved',
    },
    pi.length > 0
      ? {
          kind: 'list',
          items: pi.map((p) =>
            zh
              ? `${p.kind}${p.sensitive ? '(敏感个人信息)' : ''}`
              : `${p.kind}${p.sensitive ? ' (sensitive personal information)' : ''}`,
          ),
        }
      : { kind: 'fields', rows: [{ label: zh ? '个人信息种类' : 'Kinds', value: undefined }] },
    { kind: 'heading', level: 1, text: zh ? '二、事件原因' : '2. What caused it' },
    {
      kind: 'para',
      text: zh
        ? `我们的检查发现服务器有 ${intrusion.length} 类入侵迹象(如：${intrusion
            .slice(0, 3)
            .map((f) => findingTitle(f, lang))
            .join('；')})。`
        : `Our checks found ${intrusion.length} kind(s) of sign that the server was broken into (for example: ${intrusion
            .slice(0, 3)
            .map((f) => findingTitle(f, lang))
            .join('; ')}).`,
    },
    { kind: 'fields', rows: [{ label: zh ? '经调查确认的原因' : 'Cause as established', value: undefined }] },
    { kind: 'heading', level: 1, text: zh ? '三、可能造成的危害' : '3. The harm it may cause' },
    {
      kind: 'para',
      text: sensitive
        ? zh
          ? '涉及的信息中包含敏感个人信息，一旦泄露或被滥用，容易危害您的人格尊严或人身、财产安全。'
          : 'The information includes sensitive personal information, whose leak or misuse can easily harm your dignity, your safety or your property.'
        : zh
          ? '泄露的信息可能被他人用于冒充、诈骗或骚扰。'
          : 'Leaked information may be used by others to impersonate you, to defraud or to harass you.',
    },
    { kind: 'fields', rows: [{ label: zh ? '具体危害评估' : 'Assessment of the harm', value: undefined }] },
    { kind: 'heading', level: 1, text: zh ? '四、我们已采取的补救措施' : '4. What we have done' },
    {
      kind: 'list',
      items: [
        ...(input.capture
          ? [
              zh
                ? '已只读固定证据，供调查使用。'
                : 'The evidence has been preserved read-only for the investigation.',
            ]
          : []),
        zh
          ? `制定了处置清单，共 ${checklist.length} 项(涉及：${kinds.join('、') || '—'})。`
          : `A containment checklist was drawn up: ${checklist.length} item(s) (${kinds.join(', ') || '—'}).`,
        ...contained.map((t) => `${fmtTime(t.at, lang)}${zh ? '：' : ': '}${t.text}`),
      ],
    },
    { kind: 'fields', rows: [{ label: zh ? '其他补救措施' : 'Other measures', value: undefined }] },
    { kind: 'heading', level: 1, text: zh ? '五、您可以采取的措施' : '5. What you can do' },
    {
      kind: 'list',
      items: zh
        ? [
            '如您在我们的服务中使用的密码也用于其他网站，请尽快在其他网站修改密码。',
            '警惕自称我方或其他机构、能说出您个人信息的电话、短信和邮件；不要点击其中的链接，不要透露验证码。',
            '留意您的账户和交易记录，发现异常及时联系相关机构。',
          ]
        : [
            'If you use the same password elsewhere, change it there as soon as you can.',
            'Be wary of calls, texts and e-mails that claim to come from us or others and quote your details; do not click their links or give out verification codes.',
            'Watch your accounts and transactions and report anything unusual to the institution concerned.',
          ],
    },
    { kind: 'heading', level: 1, text: zh ? '六、联系方式' : '6. How to reach us' },
    contactBlock(incident, lang, ['unit', 'person', 'phone', 'email', 'address']),
    {
      kind: 'note',
      text: zh
        ? `依据：${cited}。${pipl57?.summary.zh ?? ''}`
        : `Basis: ${cited}. ${pipl57?.summary.en ?? ''}`,
    },
  );
  return {
    lang,
    title: zh ? '个人信息安全事件告知书' : 'Notice of a Personal-Information Security Incident',
    subtitle: zh
      ? `hegui 根据事件记录 ${incident.id} 生成的草稿；发出前请补全【待填写】处并核对内容。`
      : `Draft generated by hegui from incident ${incident.id}; fill every [TO BE FILLED] and check before sending.`,
    blocks,
  };
}
