import { describe, expect, it } from 'vitest';
import { SEVERITIES, type Finding, type Report } from '../core/finding.ts';
import { formatWhere } from '../core/where.ts';
import { INTRUSION_CATEGORIES } from './labels.ts';
import { cleanReport, sampleReport, UNVERIFIED_FIGURE } from './sample-report.ts';
import { displayWidth, renderText } from './text.ts';

const plain = (r: Report) => renderText(r, { color: false });
const ANSI = /\x1b\[[0-9;]*m/g;

const ZH_SEVERITY = { critical: '严重', high: '高危', medium: '中危', low: '低危', info: '提示' } as const;
const ZH_LIABILITY = { administrative: '行政责任', civil: '民事责任', criminal: '刑事责任' } as const;
const EN_LIABILITY = {
  administrative: 'administrative liability',
  civil: 'civil liability',
  criminal: 'criminal liability',
} as const;

function withOnly(findings: Finding[], lang: 'zh' | 'en' = 'zh'): Report {
  return { ...sampleReport(lang), findings };
}

/** The lines of the block that starts at the line containing `start`, up to the next "== " heading. */
function section(text: string, start: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(start));
  expect(i, `heading "${start}"`).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(i + 1);
  const j = rest.findIndex((l) => l.startsWith('== '));
  return rest.slice(0, j === -1 ? undefined : j).join('\n');
}

describe('text report (zh)', () => {
  const report = sampleReport('zh');
  const text = plain(report);

  it('prints each finding with its title, message, locations, citations with liability, and remediation', () => {
    for (const f of report.findings) {
      const start = text.indexOf(f.title);
      expect(start, f.title).toBeGreaterThan(-1);
      const block = text.slice(start, text.indexOf('\n\n', start));
      expect(block).toContain(f.checkId);
      expect(block).toContain(f.message);
      for (const w of f.where) expect(block).toContain(formatWhere(w));
      for (const l of f.legal) {
        const line = block.split('\n').find((x) => x.includes(l.citation));
        expect(line, l.citation).toBeDefined();
        if (l.party === 'operator') for (const k of l.liability) expect(line).toContain(ZH_LIABILITY[k]);
        else expect(line!.trim()).toBe(l.statement);
      }
      for (const part of f.remediation.split('\n')) expect(block).toContain(part);
    }
  });

  it("prints an intruder citation as conduct that may meet the threshold, never as the operator's criminal liability", () => {
    const f = report.findings.find((x) => x.checkId === 'accounts-uid0-found')!;
    const start = text.indexOf(f.title);
    const block = text.slice(start, text.indexOf('\n\n', start));
    expect(block).toContain(
      '如系他人入侵所为，入侵者的行为可能达到《刑法》第二百八十五条第二款规定的入罪标准(由司法机关认定)',
    );
    expect(block).toMatch(/《网络安全法》第二十三条第二项\(原第二十一条\) —— 行政责任$/m);
    expect(block).not.toContain('刑事责任');
    // no finding of the sample puts criminal liability on the operator
    expect(text.slice(0, text.indexOf('== 法律风险汇总'))).not.toContain('刑事责任');
    // nor prints the intruder citation's thresholds under the finding
    for (const l of f.legal.filter((x) => x.party === 'intruder'))
      for (const p of l.penalties) expect(text).not.toContain(p);
  });

  it('groups findings by severity, critical first, each finding under its own severity heading', () => {
    const headings = SEVERITIES.map((s) => text.indexOf(`== ${ZH_SEVERITY[s]} (`));
    expect(headings.every((h) => h > 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    for (const f of report.findings) {
      const at = text.indexOf(f.title);
      const own = SEVERITIES.indexOf(f.severity);
      expect(at).toBeGreaterThan(headings[own]!);
      if (own + 1 < headings.length) expect(at).toBeLessThan(headings[own + 1]!);
    }
    expect(text).toContain('== 严重 (2) ');
    expect(text).toContain('== 高危 (3) ');
  });

  it('numbers findings in report order', () => {
    const numbers = [...text.matchAll(/^\[(\d+)\] /gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(report.findings.map((_, i) => i + 1));
  });

  it('puts the intrusion banner at the very top, pointing to capture and the incident workflow', () => {
    const top = text.split('\n').slice(0, 10).join('\n');
    expect(text.split('\n')[1]).toContain('该服务器存在被入侵的迹象');
    expect(top).toContain('hegui capture');
    expect(top).toContain('hegui incident open --from report.json');
    expect(top).toContain('恶意计划任务');
    expect(top).toContain('挖矿程序');
    expect(text.indexOf('被入侵')).toBeLessThan(text.indexOf('hegui 合规检查报告'));
  });

  it.each(INTRUSION_CATEGORIES)('shows the banner for a %s finding alone', (category) => {
    const f = { ...sampleReport('zh').findings[0]!, category };
    expect(plain(withOnly([f]))).toMatch(/^!+\n!! 警告:该服务器存在被入侵的迹象/);
  });

  it('shows no banner when no finding is a sign of intrusion', () => {
    const benign = report.findings.filter(
      (f) => !(INTRUSION_CATEGORIES as readonly string[]).includes(f.category),
    );
    expect(benign.length).toBeGreaterThan(3);
    const out = plain(withOnly(benign));
    expect(out).not.toContain('被入侵');
    expect(out).not.toContain('hegui incident open');
    expect(out.startsWith('hegui 合规检查报告\n')).toBe(true);
  });

  it('prints the header: host, OS, root, time', () => {
    const header = section(`== x\n${text}`, '== x').split('hegui 合规检查报告')[1]!;
    expect(header).toMatch(/主机\s+web-01/);
    expect(header).toMatch(/系统\s+Debian GNU\/Linux 12 \(bookworm\)/);
    expect(header).toMatch(/检查根目录\s+\//);
    expect(header).toContain('2026-11-23T10:00:00.000Z – 2026-11-23T10:00:01.200Z');
    expect(header).toContain('严重 2 · 高危 3 · 中危 2 · 低危 1 · 提示 1 · 未评估 1');
  });

  it('says "unknown" for a host without hostname or OS', () => {
    const r = sampleReport('zh');
    r.host = { hostname: null, os: null, root: '/mnt/img' };
    const out = plain(r);
    expect(out).toMatch(/主机\s+未知/);
    expect(out).toContain('hegui capture --root /mnt/img --output evidence.tar.gz');
  });

  it('lists the checks not assessed (and in error) with their reasons', () => {
    const block = section(text, '== 未能评估的检查 (2)');
    expect(block).toMatch(/log-journald-disabled\s+未评估\s+\/var\/log\/journal: permission-denied/);
    expect(block).toMatch(/webshell-php-found\s+出错\s+TypeError: cannot read properties of undefined/);
    expect(block).not.toContain('firewall-policy-missing');
  });

  it('lists the gaps with translated reasons', () => {
    const block = section(text, '== 证据缺口');
    expect(block).toMatch(/\/var\/log\/journal\s+无读取权限\s+\[logging\]/);
    expect(block).toMatch(/\/proc\/4242\/exe\s+读取出错\s+\[processes\]\s+EACCES/);
  });

  it('sums up exposure by law and by liability type, counted from the findings', () => {
    const block = section(text, '== 法律风险汇总');
    const countLaw = (prefix: string) =>
      report.findings.filter((f) => f.legal.some((l) => l.provision.split('-')[0] === prefix)).length;
    // the operator's own liability: intruder citations do not count
    const countLiability = (k: 'administrative' | 'civil' | 'criminal') =>
      report.findings.filter((f) => f.legal.some((l) => l.party === 'operator' && l.liability.includes(k)))
        .length;
    expect(block).toMatch(
      new RegExp(`《网络安全法》\\s+${countLaw('csl')} 项发现\\s+csl-23, csl-27, csl-61`),
    );
    expect(block).toMatch(new RegExp(`《刑法》\\s+${countLaw('cl')} 项发现\\s+cl-285, cl-286`));
    expect(block).toMatch(new RegExp(`《个人信息保护法》\\s+${countLaw('pipl')} 项发现`));
    expect(block).toMatch(/《关于整治虚拟货币"挖矿"活动的通知》\s+1 项发现\s+mining2021/);
    for (const k of ['administrative', 'civil'] as const)
      expect(block).toMatch(new RegExp(`${ZH_LIABILITY[k]}\\s+${countLiability(k)} 项发现`));
    expect([countLiability('administrative'), countLiability('civil'), countLiability('criminal')]).toEqual([
      8, 1, 0,
    ]);
    expect(block).not.toMatch(/刑事责任\s+\d+ 项发现/);
    const intruder = report.findings.filter((f) => f.legal.some((l) => l.party === 'intruder')).length;
    expect(intruder).toBe(3);
    expect(block).toContain(
      `  另有 ${intruder} 项发现指向入侵迹象:如系他人入侵所为,入侵者可能承担刑事责任(由司法机关认定),这不是运营者的责任。`,
    );
    expect(block.indexOf('按责任类型')).toBeLessThan(block.indexOf('另有 3 项发现'));
    expect(countLaw('csl')).toBe(6);
    // the law cited most comes first
    expect(block.indexOf('《网络安全法》')).toBeLessThan(block.indexOf('《刑法》'));
    expect(block).toContain('检查合计  通过 4 · 未通过 9 · 未评估 1 · 出错 1');
  });

  it('counts a finding once per law even when it cites two provisions of that law', () => {
    const f = report.findings.find((x) => x.checkId === 'log-retention-too-short')!;
    expect(f.legal.map((l) => l.provision)).toEqual(['csl-23', 'csl-61']);
    const out = plain(withOnly([f]));
    expect(section(out, '== 法律风险汇总')).toMatch(/《网络安全法》\s+1 项发现\s+csl-23, csl-61/);
    expect(section(out, '== 法律风险汇总')).toMatch(/行政责任\s+1 项发现/);
  });

  it('counts intruder citations apart, and says nothing of intruders when there are none', () => {
    const uid0 = report.findings.find((f) => f.checkId === 'accounts-uid0-found')!;
    const one = section(plain(withOnly([uid0])), '== 法律风险汇总');
    expect(one).toMatch(/行政责任\s+1 项发现/);
    expect(one).not.toMatch(/刑事责任\s+\d+ 项发现/);
    expect(one).toContain('另有 1 项发现指向入侵迹象');
    const operatorOnly = report.findings.filter((f) => f.legal.every((l) => l.party === 'operator'));
    expect(operatorOnly).toHaveLength(6);
    const none = section(plain(withOnly(operatorOnly)), '== 法律风险汇总');
    expect(none).not.toContain('入侵');
    expect(none).not.toContain('刑事责任');
  });

  it('lists each operator provision once with its duty holders and penalties as their status allows', () => {
    const block = section(text, '== 法律风险汇总');
    const title = '所涉条款的义务人与罚则(按扫描日适用的规定;未经核实的不作为事实引用)';
    expect(block).toContain(`  ${title}`);
    const listed = block.slice(block.indexOf(title), block.indexOf('检查合计'));
    const citations = listed
      .split('\n')
      .filter((l) => /^ {4}\S/.test(l))
      .map((l) => l.trim());
    expect(citations).toEqual([
      '《网络安全法》第二十三条(原第二十一条)',
      '《网络安全法》第二十七条(原第二十五条)',
      '《网络安全法》第六十一条(原第五十九条)',
      '《个人信息保护法》第五十一条',
      '《个人信息保护法》第六十九条',
      '《网络数据安全管理条例》第九条',
      '《关于整治虚拟货币"挖矿"活动的通知》(发改运行〔2021〕1283号)',
    ]);
    // csl-23 is cited by five findings under two clauses, and listed once
    expect(report.findings.filter((f) => f.legal.some((l) => l.provision === 'csl-23'))).toHaveLength(5);
    expect(listed).not.toContain('《刑法》');
    expect(listed).not.toContain('入侵者');
    expect(listed).not.toContain('情节严重');
    const entry = (c: string) => {
      const lines = listed.split('\n');
      const i = lines.findIndex((l) => l.trim() === c);
      const j = lines.findIndex((l, k) => k > i && /^ {4}\S/.test(l));
      return lines.slice(i + 1, j === -1 ? undefined : j).join('\n');
    };
    const csl61 = entry('《网络安全法》第六十一条(原第五十九条)');
    expect(csl61).toContain('      义务人: 网络运营者、关键信息基础设施运营者');
    expect(csl61).toContain(
      '      - [2026-01-01 起的行为] 第六十一条第一款：责令改正并警告,可并处1万元至5万元罚款。',
    );
    expect(csl61).toContain(
      '      - 据公开解读，[2026-01-01 起的行为] 第六十一条(加重情形)：造成大量数据泄露',
    );
    expect(csl61).toContain(
      '      - [2026-01-01 起的行为] 加重档次是否适用于非关键信息基础设施运营者：未经核实,不作为事实引用',
    );
    expect(text).not.toContain(UNVERIFIED_FIGURE);
    expect(entry('《个人信息保护法》第五十一条')).toBe('      义务人: 个人信息处理者');
    expect(entry('《个人信息保护法》第六十九条')).toMatch(/^ {6}义务人: 个人信息处理者\n {6}- 第六十九条：/);
  });

  it('prints a clean report without banner, findings or exposure', () => {
    const out = plain(cleanReport('zh'));
    expect(out).toContain('未发现问题。');
    expect(out).toContain('所有检查均已完成评估。');
    expect(out).toContain('本次检查未发现涉及法律责任的问题。');
    expect(out).toContain('通过 15 · 未通过 0 · 未评估 0 · 出错 0');
    expect(out).not.toContain('被入侵');
    expect(out).not.toContain('入侵者');
    expect(out).not.toContain('所涉条款的义务人与罚则');
  });
});

describe('text report (en)', () => {
  const report = sampleReport('en');
  const text = plain(report);

  it('uses English for every fixed string', () => {
    for (const s of [
      'hegui compliance report',
      'WARNING: this server shows signs of intrusion',
      '== Critical (2) ',
      '== Info (1) ',
      'Legal basis',
      'Remediation',
      'Where',
      '== Checks not assessed (2)',
      '== Evidence gaps',
      '== Legal exposure',
      'By law',
      'By liability type',
      'Checks  passed 4 · failed 9 · not assessed 1 · error 1',
    ])
      expect(text).toContain(s);
    for (const zh of [
      '法律依据',
      '整改建议',
      '位置',
      '未评估',
      '严重',
      '行政责任',
      '主机',
      '证据缺口',
      '按法律',
    ])
      expect(text).not.toContain(zh);
    // the only Chinese left is data: the incident grades (CLI values) and a file name from the host
    const cjkLines = text.split('\n').filter((l) => /[\u4e00-\u9fff]/.test(l));
    expect(cjkLines).toEqual([
      expect.stringContaining('--grade <特别重大|重大|较大|一般>'),
      '    Where        /var/www/app/export/用户 名单.csv:2',
    ]);
  });

  it('prints English citations with English liability types, intruder citations as a hedged sentence', () => {
    let intruder = 0;
    for (const f of report.findings)
      for (const l of f.legal) {
        const line = text.split('\n').find((x) => x.includes(l.citation))!;
        if (l.party === 'operator') for (const k of l.liability) expect(line).toContain(EN_LIABILITY[k]);
        else {
          intruder++;
          expect(line.trim()).toBe(
            `If someone broke in to do this, the intruder's conduct may meet the threshold of ${l.citation} (for a court to decide)`,
          );
          expect(line).not.toContain('criminal liability');
        }
      }
    expect(intruder).toBe(3);
    expect(text).not.toMatch(/criminal liability\s+\d+ finding/);
    expect(text).toContain(
      "  3 finding(s) point to intrusion: if someone broke in, that person may face criminal liability (for a court to decide); this is not the operator's liability.",
    );
    expect(text).toMatch(/Cybersecurity Law\s+6 findings\s+csl-23, csl-27, csl-61/);
    expect(text).toMatch(/civil liability\s+1 finding\b/);
  });

  it('lists the penalties in English, reported ones marked and unverified figures never printed', () => {
    const listed = text.slice(
      text.indexOf('Duty holders and penalties of the cited provisions'),
      text.indexOf('Checks  passed'),
    );
    expect(listed.match(/^ {4}Cybersecurity Law Art\. 23 \(formerly Art\. 21\)$/gm)).toHaveLength(1);
    expect(listed).not.toContain('Art. 23(2)');
    expect(listed).not.toContain('Criminal Law');
    expect(listed).toContain(
      '      Duty holders: network operators, critical information infrastructure operators',
    );
    expect(listed).toContain(
      '      - Reported: [conduct from 2026-01-01] Art. 61 (aggravated cases): where large-scale',
    );
    expect(listed).toContain(
      '      - [conduct from 2026-01-01] whether the aggravated tiers reach non-CIIOs: unverified — not stated as fact',
    );
    expect(listed.match(/^ {6}- Reported: /gm)).toHaveLength(3);
    expect(text).not.toContain(UNVERIFIED_FIGURE);
  });

  it('differs from the Chinese report only by language, not by content', () => {
    const zh = plain(sampleReport('zh'));
    const ids = (s: string) => [...s.matchAll(/\(([a-z0-9]+(?:-[a-z0-9]+)+)\)$/gm)].map((m) => m[1]);
    expect(ids(text)).toEqual(ids(zh));
    expect(ids(text)).toHaveLength(9);
  });
});

describe('colour', () => {
  const report = sampleReport('zh');

  it('uses ANSI codes only when asked', () => {
    const coloured = renderText(report, { color: true });
    const uncoloured = renderText(report, { color: false });
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain('\x1b[1;31m[1]\x1b[0m');
    expect(uncoloured).not.toContain('\x1b');
    expect(coloured.replace(ANSI, '')).toBe(uncoloured);
  });
});

describe('hostile strings', () => {
  it('cannot drive the terminal or forge report lines', () => {
    const r = sampleReport('zh');
    const f = r.findings[1]!;
    f.message = 'x\x1b[2J\x1b]0;pwned\x07\n[99] 伪造的一行\r\u202eevil';
    f.where = [{ pid: 66, command: 'sh -c \x1b[31mred\ttab' }];
    r.gaps[0]!.path = '/tmp/\x1b[1Kname';
    for (const color of [false, true]) {
      const out = renderText(r, { color }).replace(ANSI, '');
      expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u202e]/);
      expect(out).toContain('x\\x1b[2J\\x1b]0;pwned\\x07\\n[99] 伪造的一行\\r\\u202eevil');
      expect(out).toContain('pid 66 (sh -c \\x1b[31mred tab)');
      expect(out).toContain('/tmp/\\x1b[1Kname');
      expect(out).not.toMatch(/^\[99\]/m);
    }
  });
});

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['网络安全法', 10],
    ['位置 /etc', 9],
    ['《刑法》', 8],
    ['ｆｕｌｌ', 8],
  ])('%j is %i columns', (s, w) => {
    expect(displayWidth(s)).toBe(w);
  });
});

describe('operator-party criminal citations', () => {
  it('print the threshold statement, never a flat "criminal liability"', async () => {
    const { legalForFinding } = await import('../legal/render.ts');
    const { renderHtml } = await import('./html.ts');
    for (const lang of ['zh', 'en'] as const) {
      const report = cleanReport(lang);
      const legal = legalForFinding(
        { provision: 'cl-303', clause: '2', party: 'operator' },
        lang,
        '2026-11-23',
      );
      report.findings = [
        { ...sampleReport(lang).findings[0]!, category: 'gambling-content', legal: [legal] },
      ];
      const text = renderText(report, { color: false });
      const html = renderHtml(report);
      const threshold =
        lang === 'zh' ? '如达到入罪标准可能承担刑事责任' : 'criminal liability if the threshold is met';
      expect(text).toContain(threshold);
      expect(html).toContain(threshold);
      expect(text).not.toMatch(lang === 'zh' ? /—— 刑事责任/ : / - criminal liability/);
    }
  });
});
