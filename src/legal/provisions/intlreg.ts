/**
 * 计算机信息网络国际联网管理暂行规定 — Interim Provisions (S-INTLREG; 1996, revised 1997; in force
 * 1996-02-01). Catalogue §8c, V-TEXT.
 */
import type { Penalty, Provision } from '../types.ts';

const INTLREG = {
  law: 'intlreg',
  title: {
    zh: '中华人民共和国计算机信息网络国际联网管理暂行规定',
    en: 'Interim Provisions on the Administration of International Networking of Computer Information Networks',
  },
  shortTitle: { zh: '计算机信息网络国际联网管理暂行规定', en: 'International Networking Interim Provisions' },
  effective: '1996-02-01',
  source: 'S-INTLREG',
  status: 'V-TEXT',
  liability: ['administrative'],
} as const;

const ART_14: Penalty = {
  under: { zh: '第十四条', en: 'Art. 14' },
  status: 'V-TEXT',
  text: {
    zh: '由公安机关责令停止联网，给予警告，可以并处1.5万元以下罚款；有违法所得的，没收违法所得。',
    en: 'police order to stop the connection and a warning, possibly with a fine of up to RMB 15,000; illegal gains are confiscated.',
  },
};

export const INTLREG_PROVISIONS: Provision[] = [
  {
    ...INTLREG,
    id: 'intlreg-6',
    numbering: [{ article: '6' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '国际联网须经国家公用电信网的国际出入口信道',
      en: 'International connections only through the national gateway channels',
    },
    summary: {
      zh: '计算机信息网络直接进行国际联网，必须使用国家公用电信网提供的国际出入口信道；任何单位和个人不得自行建立或者使用其他信道进行国际联网。自建跨境隧道或向他人提供跨境代理通道，可能涉及本条。',
      en: 'Direct international connections must use the international gateway channels of the national public telecom network; no one may build or use any other channel for international networking. Self-built cross-border tunnels, or cross-border proxy channels offered to others, may fall under this article.',
    },
    clauses: {
      '1': {
        summary: {
          zh: '直接国际联网须使用国家公用电信网的出入口信道。',
          en: 'Direct connections use the national gateway channels.',
        },
      },
      '2': { summary: { zh: '不得自行建立或使用其他信道。', en: 'No self-built or other channels.' } },
    },
    duties: ['anyone'],
    penalties: [ART_14],
    related: ['intlreg-14', 'telecom-7', 'cl-225'],
  },
  {
    ...INTLREG,
    id: 'intlreg-14',
    numbering: [{ article: '14' }],
    clauseUnit: 'paragraph',
    heading: {
      zh: '违反联网信道、接入规定的处罚',
      en: 'Penalties for breaching the channel and access rules',
    },
    summary: {
      zh: '违反第六条、第八条、第十条(国际出入口信道、接入网络许可、用户接入)规定的，由公安机关责令停止联网并警告，可以罚款，没收违法所得。',
      en: 'Penalties for breaching Arts. 6, 8 and 10 (gateway channels, licensed access networks, user access): police order to stop the connection and a warning, a possible fine and confiscation of gains.',
    },
    duties: ['anyone'],
    penalties: [ART_14],
    related: ['intlreg-6'],
  },
];
