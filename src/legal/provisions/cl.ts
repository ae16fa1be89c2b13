/**
 * 刑法 — Criminal Law (S-CL, consolidated through Amendment XII). Catalogue §4, V-TEXT; thresholds from the
 * two-courts interpretations S-I2011, S-I2017, S-I2019, S-I2005G.
 *
 * House rule: whether conduct is a crime is for a court. Every text here describes what conduct may
 * meet the threshold of an offence and the sentence range the statute attaches to it; nothing states
 * that anyone committed an offence. A server owner is usually the victim: these provisions describe
 * the intruder's exposure, or the exposure of a host that knowingly serves such activity.
 */
import type { Provision } from '../types.ts';

const CL = {
  law: 'cl',
  title: { zh: '中华人民共和国刑法', en: 'Criminal Law of the PRC' },
  shortTitle: { zh: '刑法', en: 'Criminal Law' },
  source: 'S-CL',
  status: 'V-TEXT',
  duties: ['anyone'],
  liability: ['criminal'],
} as const;

const SERIOUS_3_7 = {
  zh: '可能达到“情节严重”入罪标准的，法定刑为三年以下有期徒刑或者拘役，并处或者单处罚金；可能达到“情节特别严重”标准的，为三年以上七年以下有期徒刑，并处罚金。单位亦可被判处罚金，其直接责任人员依上述规定处罚。',
  en: 'where the conduct may meet the threshold of "serious circumstances": up to 3 years of imprisonment or criminal detention, and/or a fine; where it may meet "especially serious circumstances": 3 to 7 years plus a fine. Units may also be fined, their responsible persons punished the same way.',
};

const SERIOUS_3 = {
  zh: '可能达到“情节严重”入罪标准的，法定刑为三年以下有期徒刑或者拘役，并处或者单处罚金；单位亦可被判处罚金。',
  en: 'where the conduct may meet the threshold of "serious circumstances": up to 3 years of imprisonment or criminal detention, and/or a fine; units may also be fined.',
};

export const CL_PROVISIONS: Provision[] = [
  {
    ...CL,
    id: 'cl-253-1',
    numbering: [{ article: '253-1' }],
    clauseUnit: 'paragraph',
    effective: '2009-02-28',
    heading: { zh: '侵犯公民个人信息罪', en: 'Offence of infringing citizens’ personal information' },
    summary: {
      zh: '违反国家规定向他人出售或者提供公民个人信息，或者窃取、以其他方法非法获取公民个人信息，可能达到本罪的入罪标准；在履行职责或提供服务中获得的信息被出售或提供的，从重处罚。单纯存储个人信息本身不是本罪的行为，本罪需要出售、提供或非法获取。',
      en: 'Selling or providing citizens’ personal information in breach of state rules, or stealing or otherwise illegally obtaining it, may meet the threshold of this offence; heavier punishment applies where the data was obtained while performing duties or providing services. Merely storing personal information is not the conduct described: the offence needs selling, providing or unlawful obtaining.',
    },
    clauses: {
      '1': {
        summary: { zh: '出售或者提供公民个人信息。', en: 'Selling or providing personal information.' },
      },
      '2': {
        summary: {
          zh: '将履职或服务中获得的信息出售或提供，从重处罚。',
          en: 'Data obtained in duties or services: heavier punishment.',
        },
      },
      '3': {
        summary: { zh: '窃取或者以其他方法非法获取。', en: 'Stealing or otherwise illegally obtaining.' },
      },
    },
    penalties: [
      { under: { zh: '第二百五十三条之一', en: 'Art. 253-1' }, status: 'V-TEXT', text: SERIOUS_3_7 },
      {
        under: {
          zh: '两高2017年个人信息刑事案件解释第五条',
          en: '2017 two-courts interpretation on personal-information crimes, Art. 5',
        },
        status: 'V-TEXT',
        source: 'S-I2017',
        text: {
          zh: '可能达到“情节严重”标准的数量包括：行踪轨迹、通信内容、征信、财产信息50条以上；住宿信息、通信记录、健康生理、交易信息等500条以上；其他个人信息5000条以上；或违法所得5000元以上。履职或提供服务中获得的信息按上述数量的一半计算；达到上述数量十倍的，可能达到“情节特别严重”标准。',
          en: 'quantities at which the conduct may meet "serious circumstances": 50 or more items of whereabouts, communication content, credit or property data; 500 or more items of accommodation, communication records, health or transaction data; 5,000 or more items of other personal information; or gains of RMB 5,000 or more. Data obtained in duties or services counts at half these numbers; ten times these numbers may meet "especially serious circumstances".',
        },
      },
    ],
    related: ['pipl-28', 'cl-286-1'],
  },
  {
    ...CL,
    id: 'cl-285',
    numbering: [{ article: '285' }],
    clauseUnit: 'paragraph',
    effective: '1997-10-01',
    heading: {
      zh: '非法侵入计算机信息系统；非法获取数据、非法控制计算机信息系统；提供侵入、控制工具',
      en: 'Illegal intrusion; illegally obtaining data from or controlling computer systems; providing intrusion tools',
    },
    summary: {
      zh: '本条涉及三类行为，各自可能达到相应犯罪的入罪标准：侵入国家事务、国防建设、尖端科学技术领域的计算机信息系统；侵入其他计算机信息系统或以其他技术手段获取其中存储、处理、传输的数据，或对系统实施非法控制；提供专门用于侵入、非法控制的程序和工具，或明知他人实施此类行为而为其提供程序和工具。服务器被入侵或被控制时，本条描述的是入侵者可能面临的刑事风险。',
      en: 'Three kinds of conduct that may meet the threshold of the respective offences: intruding into state-affairs, defence or cutting-edge-science systems; intruding into other systems, or using other technical means, to take the data they store, process or transmit, or to take control of them; and providing programs or tools made for intrusion or control, or knowingly supplying them to someone doing it. When a server is intruded or hijacked, this article describes the intruder’s exposure.',
    },
    clauses: {
      '1': {
        summary: {
          zh: '侵入国家事务、国防建设、尖端科学技术领域的系统。',
          en: 'Intrusion into state-affairs, defence or cutting-edge-science systems.',
        },
      },
      '2': {
        summary: {
          zh: '非法获取系统数据、非法控制系统。',
          en: 'Illegally obtaining data from, or controlling, other systems.',
        },
      },
      '3': {
        summary: {
          zh: '提供专门用于侵入、非法控制的程序、工具。',
          en: 'Providing programs or tools made for intrusion or control.',
        },
      },
    },
    penalties: [
      {
        under: { zh: '第二百八十五条第一款', en: 'Art. 285 para. 1' },
        status: 'V-TEXT',
        text: {
          zh: '侵入上述特定领域系统的行为可能达到本款入罪标准(本款不以情节严重为要件)，法定刑为三年以下有期徒刑或者拘役。',
          en: 'intrusion into those protected systems may meet the threshold of this paragraph without any seriousness requirement; the range is up to 3 years of imprisonment or criminal detention.',
        },
      },
      {
        under: { zh: '第二百八十五条第二款、第三款', en: 'Art. 285 paras. 2 and 3' },
        status: 'V-TEXT',
        text: SERIOUS_3_7,
      },
      {
        under: {
          zh: '两高2011年计算机犯罪解释第一条、第三条',
          en: '2011 two-courts interpretation on computer crimes, Arts. 1 and 3',
        },
        status: 'V-TEXT',
        source: 'S-I2011',
        text: {
          zh: '可能达到第二款“情节严重”标准的情形包括：非法控制计算机信息系统20台以上；获取网络金融服务身份认证信息10组以上或其他身份认证信息500组以上；违法所得5000元以上或造成经济损失1万元以上。可能达到第三款“情节严重”标准的情形包括：提供专门用于窃取金融身份认证信息的工具5人次以上、其他侵入或控制工具20人次以上。上述数量五倍以上的，可能达到“情节特别严重”标准。',
          en: 'conduct under para. 2 may meet "serious circumstances" at, for example: control of 20 or more computer systems; 10 or more sets of online-finance credentials or 500 or more other credentials; gains of RMB 5,000 or losses of RMB 10,000 or more. Conduct under para. 3 may meet it at 5 or more provisions of tools for stealing financial credentials, or 20 or more of other intrusion or control tools. Five times these numbers may meet "especially serious circumstances".',
        },
      },
    ],
    related: ['csl-29', 'cl-286'],
  },
  {
    ...CL,
    id: 'cl-286',
    numbering: [{ article: '286' }],
    clauseUnit: 'paragraph',
    effective: '1997-10-01',
    heading: { zh: '破坏计算机信息系统罪', en: 'Offence of sabotaging computer information systems' },
    summary: {
      zh: '删除、修改、增加、干扰计算机信息系统功能致使系统不能正常运行；删除、修改、增加系统中存储、处理、传输的数据和应用程序；或者故意制作、传播计算机病毒等破坏性程序，影响系统正常运行，后果严重的，可能达到本罪的入罪标准。被用作DDoS攻击源或被植入破坏性程序的服务器，本条描述的是攻击者可能面临的刑事风险。',
      en: 'Deleting, altering, adding to or interfering with system functions so that a system cannot run normally; deleting, altering or adding stored, processed or transmitted data and programs; or deliberately making or spreading viruses and other destructive programs, with serious consequences, may meet the threshold of this offence. For a server used as a DDoS source or planted with destructive code, this article describes the attacker’s exposure.',
    },
    clauses: {
      '1': { summary: { zh: '破坏系统功能。', en: 'Sabotaging system functions.' } },
      '2': { summary: { zh: '破坏数据和应用程序。', en: 'Sabotaging data and programs.' } },
      '3': { summary: { zh: '制作、传播破坏性程序。', en: 'Making or spreading destructive programs.' } },
    },
    penalties: [
      {
        under: { zh: '第二百八十六条', en: 'Art. 286' },
        status: 'V-TEXT',
        text: {
          zh: '可能达到“后果严重”入罪标准的，法定刑为五年以下有期徒刑或者拘役；可能达到“后果特别严重”标准的，为五年以上有期徒刑。单位亦可被判处罚金。',
          en: 'where the conduct may meet the threshold of "serious consequences": up to 5 years of imprisonment or criminal detention; where it may meet "especially serious consequences": 5 years or more. Units may also be fined.',
        },
      },
      {
        under: {
          zh: '两高2011年计算机犯罪解释第四条至第六条',
          en: '2011 two-courts interpretation on computer crimes, Arts. 4–6',
        },
        status: 'V-TEXT',
        source: 'S-I2011',
        text: {
          zh: '可能达到“后果严重”标准的情形包括：10台以上系统的主要软件或硬件不能正常运行；20台以上系统中的数据被删除、修改或增加；违法所得5000元以上或造成经济损失1万元以上；为100台以上系统提供域名解析、身份认证、计费等基础服务或为1万以上用户服务的系统累计1小时以上不能正常运行；传播自我复制的恶意程序，或向20台以上系统植入其他破坏性程序。数量或金额五倍以上的，可能达到“后果特别严重”标准。',
          en: 'the conduct may meet "serious consequences" at, for example: main software or hardware of 10 or more systems stopped; data in 20 or more systems deleted, altered or added; gains of RMB 5,000 or losses of RMB 10,000 or more; a system providing DNS, authentication, billing or similar basic services to 100 or more systems, or serving 10,000 or more users, down for 1 hour or more in total; spreading self-replicating malware, or planting other destructive programs on 20 or more systems. Five times the counts or amounts may meet "especially serious consequences".',
        },
      },
    ],
    related: ['csl-29', 'cl-285'],
  },
  {
    ...CL,
    id: 'cl-286-1',
    numbering: [{ article: '286-1' }],
    clauseUnit: 'item',
    effective: '2015-11-01',
    heading: {
      zh: '拒不履行信息网络安全管理义务罪',
      en: 'Offence of refusing to perform network-security management duties',
    },
    summary: {
      zh: '网络服务提供者不履行法律、行政法规规定的信息网络安全管理义务，经监管部门责令采取改正措施而拒不改正，致使违法信息大量传播、用户信息泄露造成严重后果、刑事案件证据灭失情节严重，或有其他严重情节的，可能达到本罪的入罪标准。前提是监管部门已经书面责令改正而服务提供者拒不改正。',
      en: 'A network service provider that fails its statutory network-security management duties and refuses to correct after a regulator’s order may meet the threshold of this offence where illegal information spreads widely, leaked user data causes serious consequences, criminal evidence is lost in serious circumstances, or other serious circumstances arise. A written correction order that the provider refused is a precondition.',
    },
    clauses: {
      '1': { summary: { zh: '致使违法信息大量传播。', en: 'Illegal information spreads widely.' } },
      '2': {
        summary: { zh: '致使用户信息泄露，造成严重后果。', en: 'User data leaks with serious consequences.' },
      },
      '3': {
        summary: {
          zh: '致使刑事案件证据灭失，情节严重。',
          en: 'Criminal evidence is lost, in serious circumstances.',
        },
      },
      '4': { summary: { zh: '有其他严重情节。', en: 'Other serious circumstances.' } },
    },
    duties: ['service-provider'],
    penalties: [
      {
        under: { zh: '第二百八十六条之一', en: 'Art. 286-1' },
        status: 'V-TEXT',
        text: {
          zh: '行为可能达到本罪入罪标准的，法定刑为三年以下有期徒刑、拘役或者管制，并处或者单处罚金；单位亦可被判处罚金。',
          en: 'where the conduct may meet the threshold of this offence: up to 3 years of imprisonment, criminal detention or public surveillance, and/or a fine; units may also be fined.',
        },
      },
      {
        under: {
          zh: '两高2019年解释第三条、第四条、第六条',
          en: '2019 two-courts interpretation, Arts. 3, 4 and 6',
        },
        status: 'V-TEXT',
        source: 'S-I2019',
        text: {
          zh: '在拒不改正的前提下，可能达到入罪标准的情形包括：传播违法视频200个以上或其他违法信息2000条以上；泄露行踪轨迹、通信内容、征信、财产信息500条以上，或住宿、通信记录、健康生理、交易信息5000条以上，或其他个人信息5万条以上；对绝大多数用户日志未留存或者未落实真实身份信息认证义务；服务或设施被用于网络攻击，严重影响生产、生活。',
          en: 'given a refused correction order, the conduct may meet the threshold at, for example: 200 or more illegal videos or 2,000 or more other illegal items spread; 500 or more items of whereabouts, communication content, credit or property data, 5,000 or more items of accommodation, communication records, health or transaction data, or 50,000 or more other items leaked; logs not kept for the great majority of users, or real-name verification not carried out; the service or facilities used for network attacks that seriously affect production or daily life.',
        },
      },
    ],
    related: ['csl-23', 'csl-26', 'csl-49'],
  },
  {
    ...CL,
    id: 'cl-287-1',
    numbering: [{ article: '287-1' }],
    clauseUnit: 'item',
    effective: '2015-11-01',
    heading: { zh: '非法利用信息网络罪', en: 'Offence of illegally using information networks' },
    summary: {
      zh: '利用信息网络设立用于诈骗、传授犯罪方法、制作或销售违禁物品等违法犯罪活动的网站或通讯群组，发布有关制作、销售毒品、枪支、淫秽物品等违禁物品或其他违法犯罪的信息，或为实施诈骗等活动发布信息，情节严重的，可能达到本罪的入罪标准。',
      en: 'Using networks to set up websites or groups for fraud, teaching crime methods, making or selling contraband or other unlawful activity; publishing information about making or selling drugs, guns, obscene goods or other unlawful acts; or publishing information in order to commit fraud, may meet the threshold of this offence in serious circumstances.',
    },
    clauses: {
      '1': {
        summary: {
          zh: '设立用于违法犯罪活动的网站、通讯群组。',
          en: 'Setting up websites or groups for unlawful activity.',
        },
      },
      '2': {
        summary: {
          zh: '发布违禁物品或其他违法犯罪信息。',
          en: 'Publishing information about contraband or other unlawful acts.',
        },
      },
      '3': {
        summary: {
          zh: '为实施诈骗等活动发布信息。',
          en: 'Publishing information in order to commit fraud or similar acts.',
        },
      },
    },
    penalties: [
      { under: { zh: '第二百八十七条之一', en: 'Art. 287-1' }, status: 'V-TEXT', text: SERIOUS_3 },
      {
        under: { zh: '两高2019年解释第八条至第十条', en: '2019 two-courts interpretation, Arts. 8–10' },
        status: 'V-TEXT',
        source: 'S-I2019',
        text: {
          zh: '可能达到“情节严重”标准的情形包括：假冒国家机关、金融机构名义设立网站；设立网站3个以上或注册账号累计2000个以上；设立通讯群组5个以上或群组成员累计1000人以上；发布信息100条以上；违法所得1万元以上；二年内曾受行政处罚又实施。',
          en: 'the conduct may meet "serious circumstances" at, for example: websites impersonating state bodies or financial institutions; 3 or more websites or 2,000 or more registered accounts; 5 or more groups or 1,000 or more members; 100 or more posts; gains of RMB 10,000 or more; a repeat within 2 years of an administrative penalty.',
        },
      },
    ],
    related: ['csl-48', 'cl-287-2'],
  },
  {
    ...CL,
    id: 'cl-287-2',
    numbering: [{ article: '287-2' }],
    clauseUnit: 'paragraph',
    effective: '2015-11-01',
    heading: {
      zh: '帮助信息网络犯罪活动罪',
      en: 'Offence of assisting criminal activity on information networks',
    },
    summary: {
      zh: '明知他人利用信息网络实施犯罪，仍为其提供互联网接入、服务器托管、网络存储、通讯传输等技术支持，或提供广告推广、支付结算等帮助，情节严重的，可能达到本罪的入罪标准。对托管和云服务而言，关键在于“明知”。',
      en: 'Knowing that others use networks to commit crimes and still providing them internet access, server hosting, network storage, transmission or other technical support, or advertising or payment help, may meet the threshold of this offence in serious circumstances. For hosting and cloud services, knowledge is the key element.',
    },
    penalties: [
      { under: { zh: '第二百八十七条之二', en: 'Art. 287-2' }, status: 'V-TEXT', text: SERIOUS_3 },
      {
        under: {
          zh: '两高2019年解释第十一条、第十二条',
          en: '2019 two-courts interpretation, Arts. 11 and 12',
        },
        status: 'V-TEXT',
        source: 'S-I2019',
        text: {
          zh: '“明知”可以从以下情形推定：经监管部门告知后仍提供服务、接到举报后不履行义务、交易价格或方式明显异常、频繁采用隐蔽接入、加密通信、销毁数据或虚假身份逃避监管。可能达到“情节严重”标准的情形包括：为3个以上对象提供帮助；支付结算20万元以上；广告投放5万元以上；违法所得1万元以上；二年内曾受行政处罚又实施。',
          en: 'knowledge may be inferred when the provider kept serving after a regulator’s warning, ignored reports, accepted abnormal prices or methods, or often used hidden access, encryption, data destruction or false identities to evade supervision. The conduct may meet "serious circumstances" at, for example: helping 3 or more targets; payment settlement of RMB 200,000 or more; advertising of RMB 50,000 or more; gains of RMB 10,000 or more; a repeat within 2 years of an administrative penalty.',
        },
      },
    ],
    related: ['csl-29', 'cl-287-1', 'cl-303'],
  },
  {
    ...CL,
    id: 'cl-303',
    numbering: [{ article: '303' }],
    clauseUnit: 'paragraph',
    effective: '1997-10-01',
    heading: { zh: '赌博罪；开设赌场罪', en: 'Offences of gambling and of running a casino' },
    summary: {
      zh: '以营利为目的聚众赌博或者以赌博为业，以及开设赌场，可能达到相应犯罪的入罪标准。依两高2005年赌博解释，建立赌博网站并接受投注，或为赌博网站担任代理并接受投注，属于开设赌场；明知他人实施赌博犯罪而为其提供计算机网络、通讯、费用结算等帮助的，以共犯论处。',
      en: 'Gambling for profit by gathering people or as a business, and running a casino, may meet the threshold of the respective offences. Under the 2005 two-courts interpretation, setting up a gambling website that accepts bets, or acting as its agent and accepting bets, counts as running a casino; knowingly providing computer networks, communications or payment settlement to such activity is treated as complicity.',
    },
    clauses: {
      '1': {
        summary: {
          zh: '聚众赌博或以赌博为业。',
          en: 'Gathering people to gamble, or gambling as a business.',
        },
      },
      '2': {
        summary: {
          zh: '开设赌场(含接受投注的赌博网站)。',
          en: 'Running a casino (including a betting website).',
        },
      },
    },
    penalties: [
      {
        under: { zh: '第三百零三条第一款', en: 'Art. 303 para. 1' },
        status: 'V-TEXT',
        text: {
          zh: '行为可能达到赌博罪入罪标准的，法定刑为三年以下有期徒刑、拘役或者管制，并处罚金。',
          en: 'where the conduct may meet the threshold of the gambling offence: up to 3 years of imprisonment, criminal detention or public surveillance, plus a fine.',
        },
      },
      {
        under: { zh: '第三百零三条第二款', en: 'Art. 303 para. 2' },
        status: 'V-TEXT',
        text: {
          zh: '行为可能达到开设赌场罪入罪标准的，法定刑为五年以下有期徒刑、拘役或者管制，并处罚金；可能达到“情节严重”标准的，为五年以上十年以下有期徒刑，并处罚金。',
          en: 'where the conduct may meet the threshold of running a casino: up to 5 years of imprisonment, criminal detention or public surveillance, plus a fine; where it may meet "serious circumstances": 5 to 10 years plus a fine.',
        },
      },
      {
        under: {
          zh: '2010年网络赌博意见中的数额、人数标准',
          en: 'the amount and headcount thresholds of the 2010 online-gambling opinion',
        },
        status: 'UNVERIFIED',
        text: {
          zh: '网络赌博案件的具体数额和人数门槛。',
          en: 'Specific amount and headcount thresholds for online-gambling cases.',
        },
      },
    ],
    notes: [
      {
        status: 'V-TEXT',
        source: 'S-I2005G',
        text: {
          zh: '两高2005年赌博解释第二条、第四条：接受投注的赌博网站属于开设赌场；明知而提供网络等帮助的，以共犯论处。',
          en: '2005 two-courts gambling interpretation, Arts. 2 and 4: a betting website that takes bets counts as a casino; knowingly providing networks or similar help is treated as complicity.',
        },
      },
    ],
    related: ['cl-287-2', 'iism-15', 'intlsec-5'],
  },
  {
    ...CL,
    id: 'cl-217',
    numbering: [{ article: '217' }],
    clauseUnit: 'item',
    effective: '1997-10-01',
    heading: { zh: '侵犯著作权罪', en: 'Offence of copyright infringement' },
    summary: {
      zh: '以营利为目的，未经著作权人或相关权利人许可，复制发行或者通过信息网络向公众传播其作品、录音录像、表演，或故意避开、破坏技术保护措施等，违法所得数额较大或有其他严重情节的，可能达到本罪的入罪标准。',
      en: 'For profit and without the right holder’s permission, copying and distributing, or making available online to the public, works, recordings or performances, or deliberately circumventing technical protection measures, may meet the threshold of this offence where the illegal gains are large or there are other serious circumstances.',
    },
    penalties: [
      {
        under: { zh: '第二百一十七条', en: 'Art. 217' },
        status: 'V-TEXT',
        text: {
          zh: '可能达到“违法所得数额较大或者有其他严重情节”入罪标准的，法定刑为三年以下有期徒刑，并处或者单处罚金；可能达到“数额巨大或者有其他特别严重情节”标准的，为三年以上十年以下有期徒刑，并处罚金。单位亦可被判处罚金(第二百二十条)。',
          en: 'where the conduct may meet the threshold of "large gains or other serious circumstances": up to 3 years of imprisonment and/or a fine; where it may meet "huge gains or other especially serious circumstances": 3 to 10 years plus a fine. Units may also be fined (Art. 220).',
        },
      },
      {
        under: {
          zh: '2025年知识产权刑事解释中的本罪数额标准',
          en: 'the Art. 217 thresholds of the 2025 IP-crime interpretation',
        },
        status: 'UNVERIFIED',
        text: {
          zh: '现行司法解释下的违法所得和复制品数量门槛。',
          en: 'The gains and copy-count thresholds under the current interpretation.',
        },
      },
    ],
    notes: [
      {
        status: 'V-2ND',
        source: 'S-IP2025',
        text: {
          zh: '2004年、2007年、2020年的知识产权刑事解释已被2025年解释(2025-04-26施行)取代，旧数额标准不再作为现行标准引用。',
          en: 'the 2004, 2007 and 2020 IP-crime interpretations were replaced by the 2025 interpretation (in force 2025-04-26); their old thresholds are not quoted as current.',
        },
      },
    ],
    related: ['copyright-53', 'copyright-54'],
  },
  {
    ...CL,
    id: 'cl-225',
    numbering: [{ article: '225' }],
    clauseUnit: 'item',
    effective: '1997-10-01',
    heading: { zh: '非法经营罪', en: 'Offence of illegal business operations' },
    summary: {
      zh: '违反国家规定，未经许可经营专营、专卖或限制买卖的物品，非法从事资金支付结算业务，或从事其他严重扰乱市场秩序的非法经营行为，情节严重的，可能达到本罪的入罪标准。',
      en: 'In breach of state rules, operating restricted businesses without a licence, running payment-settlement business illegally, or other illegal business that seriously disrupts market order, may meet the threshold of this offence in serious circumstances.',
    },
    penalties: [
      {
        under: { zh: '第二百二十五条', en: 'Art. 225' },
        status: 'V-TEXT',
        text: {
          zh: '可能达到“情节严重”入罪标准的，法定刑为五年以下有期徒刑或者拘役，并处或者单处违法所得一倍以上五倍以下罚金；可能达到“情节特别严重”标准的，为五年以上有期徒刑，并处违法所得一倍以上五倍以下罚金或者没收财产。单位亦可被判处罚金(第二百三十一条)。',
          en: 'where the conduct may meet the threshold of "serious circumstances": up to 5 years of imprisonment or criminal detention, with or without a fine of 1–5 times the illegal gains; where it may meet "especially serious circumstances": 5 years or more, plus a fine of 1–5 times the gains or confiscation of property. Units may also be fined (Art. 231).',
        },
      },
      {
        under: {
          zh: '本条对未经许可的VPN、“翻墙”服务的适用',
          en: 'the use of this article against unlicensed VPN services',
        },
        status: 'UNVERIFIED',
        text: {
          zh: '以本罪追诉未经许可经营VPN服务的司法实践。',
          en: 'Charging practice against unlicensed VPN resellers under this article.',
        },
      },
    ],
    related: ['telecom-7', 'intlreg-6'],
  },
  {
    ...CL,
    id: 'cl-363',
    numbering: [{ article: '363' }],
    clauseUnit: 'paragraph',
    effective: '1997-10-01',
    heading: {
      zh: '制作、复制、出版、贩卖、传播淫秽物品牟利罪',
      en: 'Offence of producing or spreading obscene material for profit',
    },
    summary: {
      zh: '以牟利为目的，制作、复制、出版、贩卖、传播淫秽物品，可能达到本罪的入罪标准；不以牟利为目的传播淫秽物品、情节严重的，另见第三百六十四条。',
      en: 'Producing, copying, publishing, selling or spreading obscene material for profit may meet the threshold of this offence; spreading it without a profit motive in serious cases falls under Art. 364.',
    },
    penalties: [
      {
        under: { zh: '第三百六十三条', en: 'Art. 363' },
        status: 'V-TEXT',
        text: {
          zh: '行为可能达到本罪入罪标准的，法定刑档次为：三年以下有期徒刑、拘役或者管制；可能达到“情节严重”标准的，三年以上十年以下有期徒刑；可能达到“情节特别严重”标准的，十年以上有期徒刑或者无期徒刑。单位亦可被判处罚金(第三百六十六条)。',
          en: 'where the conduct may meet the threshold of this offence, the ranges are: up to 3 years of imprisonment, criminal detention or public surveillance; where it may meet "serious circumstances", 3 to 10 years; where it may meet "especially serious circumstances", 10 years or more, or life. Units may also be fined (Art. 366).',
        },
      },
    ],
    related: ['iism-15', 'intlsec-5', 'cl-286-1'],
  },
];
