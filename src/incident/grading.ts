/**
 * The grading criteria hegui can show (catalogue §6b, S-GRADE2025): the user grades, hegui never does.
 * Only the 特别重大 indicators and the 一般 trigger were read (V-OFF); the 重大 and 较大 thresholds were
 * not, and are shown as unverified, never as fact.
 */
import type { Grade } from './model.ts';

type Lang = 'zh' | 'en';

interface Text {
  zh: string;
  en: string;
}

export interface GradeCriteria {
  grade: Grade;
  status: 'V-OFF' | 'UNVERIFIED';
  /** For V-OFF: the indicators, any one of which is enough. For UNVERIFIED: what could not be confirmed. */
  lines: Text[];
}

export const GRADE_CRITERIA: readonly GradeCriteria[] = [
  {
    grade: '特别重大',
    status: 'V-OFF',
    lines: [
      {
        zh: '省级党政门户网站或中央重点新闻网站因攻击或故障无法访问达24小时以上',
        en: 'a provincial party or government portal, or a central key news site, unreachable for 24 hours or more through attack or fault',
      },
      {
        zh: '关键信息基础设施整体中断6小时以上，或主要功能中断24小时以上',
        en: 'critical information infrastructure fully down for 6 hours or more, or its main functions down for 24 hours or more',
      },
      {
        zh: '影响一个或多个省份50%以上人口，或1000万人以上的水、电、气、油、暖、交通、医疗、购物等生活',
        en: 'affects 50% or more of the population of one or more provinces, or 10 million people or more in their water, power, gas, fuel, heating, transport, medical care or shopping',
      },
      {
        zh: '核心数据或重要数据泄露、被窃取或篡改，造成特别严重威胁',
        en: 'core or important data leaked, stolen or altered, with an especially serious threat',
      },
      { zh: '1亿人以上的个人信息泄露', en: 'personal information of 100 million people or more leaked' },
      {
        zh: '省级门户、中央新闻网站或超大型平台被篡改并造成特大规模传播(首页6小时以上或其他页面24小时以上；转发10万次以上或浏览、点击100万次以上)',
        en: 'defacement of a provincial portal, central news site or very large platform spreading on an extra-large scale (home page 6 hours or more, other pages 24 hours or more; 100,000 shares or 1 million views or clicks)',
      },
      { zh: '直接经济损失1亿元以上', en: 'direct economic loss of 100 million yuan or more' },
    ],
  },
  {
    grade: '重大',
    status: 'UNVERIFIED',
    lines: [
      {
        zh: '“重大”事件的量化标准未能从最终分级指南文本核实；请对照官方发布的分级指南自行判断。',
        en: 'The quantitative criteria for 重大 (major) could not be confirmed from the final grading guide; judge against the official guide yourself.',
      },
    ],
  },
  {
    grade: '较大',
    status: 'UNVERIFIED',
    lines: [
      {
        zh: '“较大”事件的量化标准未能从最终分级指南文本核实；它是报告义务的起点，hegui 不作推测，请对照官方发布的分级指南自行判断。',
        en: 'The quantitative criteria for 较大 (relatively major) could not be confirmed from the final grading guide; it is the reporting trigger, so hegui does not guess it: judge against the official guide yourself.',
      },
    ],
  },
  {
    grade: '一般',
    status: 'V-OFF',
    lines: [
      {
        zh: '低于“较大”的事件；不适用《国家网络安全事件报告管理办法》第四条的报告时限，但网络安全法、数据安全法、个人信息保护法规定的处置和报告义务仍然适用。',
        en: 'Below 较大; outside the reporting deadlines of Art. 4 of the Incident Reporting Measures, though the handling and reporting duties of the CSL, DSL and PIPL still apply.',
      },
    ],
  },
];

const STATUS_LABEL: Record<GradeCriteria['status'], Text> = {
  'V-OFF': { zh: '已核实(官方发布)', en: 'verified (official release)' },
  UNVERIFIED: { zh: '未经核实，不作为事实引用', en: 'unverified, not stated as fact' },
};

/** The criteria as text lines, with the grade the user chose marked. */
export function gradingCriteriaText(chosen: Grade, lang: Lang): string[] {
  const out = [
    lang === 'zh'
      ? `事件定级由您确定(已选：${chosen})；hegui 不会自动定级。《网络安全事件分级指南》(国家网络安全事件报告管理办法附件)：`
      : `You grade the incident (chosen: ${chosen}); hegui never grades it. The grading guide annexed to the Incident Reporting Measures:`,
  ];
  for (const c of GRADE_CRITERIA) {
    const mark = c.grade === chosen ? '▶' : ' ';
    const head =
      lang === 'zh'
        ? `${c.grade}(${STATUS_LABEL[c.status].zh})`
        : `${c.grade} (${STATUS_LABEL[c.status].en})`;
    out.push(
      `${mark} ${head}${c.status === 'V-OFF' && c.grade === '特别重大' ? (lang === 'zh' ? '：符合任一项即可' : ': any one of') : ''}`,
    );
    for (const l of c.lines) out.push(`    - ${l[lang]}`);
  }
  return out;
}
