/**
 * 著作权法 — Copyright Law (S-COPY, 2020 revision; in force 1991-06-01, revision in force 2021-06-01).
 * Catalogue §8h, V-TEXT.
 */
import type { Provision } from '../types.ts';

const COPYRIGHT = {
  law: 'copyright',
  title: { zh: '中华人民共和国著作权法', en: 'Copyright Law of the PRC' },
  shortTitle: { zh: '著作权法', en: 'Copyright Law' },
  effective: '1991-06-01',
  amended: { adopted: '2020-11-11', effective: '2021-06-01' },
  source: 'S-COPY',
  status: 'V-TEXT',
} as const;

export const COPYRIGHT_PROVISIONS: Provision[] = [
  {
    ...COPYRIGHT,
    id: 'copyright-53',
    numbering: [{ article: '53' }],
    clauseUnit: 'item',
    heading: {
      zh: '侵权行为的民事、行政和刑事责任',
      en: 'Infringements carrying civil, administrative and criminal liability',
    },
    summary: {
      zh: '未经许可复制、发行、通过信息网络向公众传播作品、录音录像、表演，故意避开或破坏技术保护措施，删除或改变权利管理信息等侵权行为，应当承担民事责任；同时损害公共利益的，由著作权主管部门给予行政处罚；行为可能达到刑法入罪标准的，另见《刑法》第二百一十七条。',
      en: 'Copying, distributing or making available online works, recordings or performances without permission, circumventing technical protection measures, removing rights-management information and similar infringements carry civil liability; where the public interest is also harmed, the copyright authority imposes administrative penalties; where the conduct may meet a criminal threshold, see Criminal Law Art. 217.',
    },
    clauses: {
      '1': {
        summary: {
          zh: '未经许可复制、发行、表演、放映、广播、汇编、通过信息网络传播作品。',
          en: 'Copying, distributing, performing, broadcasting, compiling or making works available online without permission.',
        },
      },
    },
    duties: ['anyone'],
    liability: ['civil', 'administrative', 'criminal'],
    penalties: [
      {
        under: { zh: '第五十三条', en: 'Art. 53' },
        status: 'V-TEXT',
        text: {
          zh: '承担停止侵害、赔偿损失等民事责任；同时损害公共利益的，由著作权主管部门责令停止侵权、警告、没收违法所得、没收并销毁侵权复制品，违法经营额5万元以上的处违法经营额1至5倍罚款，没有经营额、难以计算或不足5万元的处25万元以下罚款。',
          en: 'civil liability (stop the infringement, pay damages); where the public interest is also harmed, the copyright authority orders the infringement stopped, warns, confiscates gains and infringing copies, and fines 1–5 times the illegal turnover if it is RMB 50,000 or more, otherwise up to RMB 250,000.',
        },
      },
    ],
    related: ['copyright-54', 'cl-217'],
  },
  {
    ...COPYRIGHT,
    id: 'copyright-54',
    numbering: [{ article: '54' }],
    clauseUnit: 'paragraph',
    heading: { zh: '侵犯著作权的赔偿数额', en: 'Damages for copyright infringement' },
    summary: {
      zh: '侵犯著作权的赔偿按权利人的实际损失或侵权人的违法所得计算，难以计算的参照许可使用费；故意侵权情节严重的，可以按上述数额的一至五倍赔偿；都难以确定的，由法院在法定幅度内判决；赔偿还包括制止侵权的合理开支。',
      en: 'Damages follow the right holder’s actual loss or the infringer’s gains, or else a reasonable licence fee; wilful infringement in serious cases can be punished with 1–5 times that amount; where none can be determined the court awards statutory damages; reasonable costs of stopping the infringement are added.',
    },
    duties: ['anyone'],
    liability: ['civil'],
    penalties: [
      {
        under: { zh: '第五十四条', en: 'Art. 54' },
        status: 'V-TEXT',
        text: {
          zh: '故意侵权、情节严重的，可按计算数额的1至5倍赔偿；难以确定时法定赔偿为500元至500万元；另加合理开支。',
          en: 'wilful, serious infringement: 1–5 times the computed amount; statutory damages of RMB 500 to RMB 5,000,000 where no amount can be determined; plus reasonable costs.',
        },
      },
    ],
    related: ['copyright-53'],
  },
];
