/**
 * 国家网络安全事件报告管理办法 — Measures for Reporting National Cybersecurity Incidents (S-IRM2025, CAC,
 * 2025-09-11, in force 2025-11-01). Catalogue §6a; Arts. 1–4 V-OFF.
 */
import type { Provision } from '../types.ts';

export const IRM_PROVISIONS: Provision[] = [
  {
    id: 'irm-4',
    law: 'irm',
    title: {
      zh: '国家网络安全事件报告管理办法',
      en: 'Measures for Reporting National Cybersecurity Incidents',
    },
    shortTitle: { zh: '国家网络安全事件报告管理办法', en: 'Cybersecurity Incident Reporting Measures' },
    numbering: [{ article: '4' }],
    clauseUnit: 'paragraph',
    effective: '2025-11-01',
    heading: {
      zh: '较大及以上网络安全事件的报告时限和对象',
      en: 'Who reports relatively major or worse incidents, to whom, how fast',
    },
    summary: {
      zh: '网络运营者按所附分级指南评估事件，达到较大及以上级别的应当报告：涉及关键信息基础设施的，立即并不迟于1小时向保护工作部门和公安机关报告(重大、特别重大事件由保护工作部门在30分钟内上报)；中央和国家机关及其下属单位，2小时内向本部门网信工作机构报告(重大、特别重大事件1小时内上报)；其他网络运营者，不迟于4小时向所在地省级网信部门报告。',
      en: 'Network operators grade each incident with the annexed guide and report those graded relatively major or worse: incidents involving critical information infrastructure at once and no later than 1 hour to the protection department and the police (major and especially major ones are passed up within 30 minutes); central and state organs and their units within 2 hours to their cyber-affairs unit (passed up within 1 hour for major ones); all other operators no later than 4 hours to the provincial CAC where they are located.',
    },
    duties: ['network-operator', 'cii-operator'],
    liability: ['administrative'],
    penalties: [
      {
        under: {
          zh: '本办法的责任规定(据网信部门发布)',
          en: 'the liability rules of the Measures (as announced by the CAC)',
        },
        status: 'V-OFF',
        text: {
          zh: '未按规定报告的，依照有关法律、行政法规处罚；迟报、漏报、谎报、瞒报造成重大危害后果的，对运营者和责任人员从重处罚；已采取合理必要防护措施并按规定报告的，可以从轻、减轻或者免于追究责任。',
          en: 'failing to report is punished under the existing laws and regulations; late, omitted, false or concealed reports that cause major harm bring heavier punishment for the operator and the responsible persons; operators that took reasonable protective measures and reported as required may receive lighter or no liability.',
        },
      },
    ],
    notes: [
      {
        status: 'UNVERIFIED',
        about: {
          zh: '最终分级指南中“较大”“重大”事件的量化标准',
          en: 'the quantitative criteria for relatively major and major incidents in the final grading guide',
        },
        text: {
          zh: '最终分级指南中“较大”“重大”事件的量化门槛未能从最终文本核实，产品不得推测。',
          en: 'The relatively-major and major thresholds of the final grading guide could not be confirmed; the product must not guess them.',
        },
      },
      {
        status: 'V-OFF',
        source: 'S-GRADE2025',
        text: {
          zh: '“一般”事件不属于本条报告范围，但网络安全法、数据安全法、个人信息保护法规定的处置和报告义务仍然适用。',
          en: 'general (一般) incidents fall outside this article, but the handling and reporting duties of the CSL, DSL and PIPL still apply.',
        },
      },
      {
        status: 'V-2ND',
        text: {
          zh: '涉嫌违法犯罪的，还应向公安机关报告。',
          en: 'suspected offences must also be reported to the police.',
        },
      },
    ],
    status: 'V-OFF',
    source: 'S-IRM2025',
    related: ['csl-27', 'dsl-29', 'pipl-57', 'ciir-18'],
  },
];
