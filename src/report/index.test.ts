import { describe, expect, it } from 'vitest';
import { FORMATS } from '../cli/options.ts';
import { renderHtml } from './html.ts';
import { renderReport } from './index.ts';
import { renderJson } from './json.ts';
import { lawCode, lawName } from './labels.ts';
import { buildView, findingLiabilities } from './model.ts';
import { sampleReport } from './sample-report.ts';
import { renderSarif } from './sarif.ts';
import { renderText } from './text.ts';

describe('renderReport', () => {
  const report = sampleReport('zh');

  it('dispatches every --format to its renderer', () => {
    const expected = {
      text: renderText(report, { color: false }),
      json: renderJson(report),
      sarif: renderSarif(report),
      html: renderHtml(report),
    };
    for (const format of FORMATS)
      expect(renderReport(report, format, { color: false })).toBe(expected[format]);
    expect(new Set(Object.values(expected)).size).toBe(4);
  });

  it('passes colour to the text renderer only', () => {
    expect(renderReport(report, 'text', { color: true })).toContain('\x1b[');
    for (const format of ['json', 'sarif', 'html'] as const)
      expect(renderReport(report, format, { color: true })).toBe(
        renderReport(report, format, { color: false }),
      );
  });
});

describe('law of a provision', () => {
  it.each([
    ['csl-23', 'csl', '网络安全法'],
    ['cl-286-1', 'cl', '刑法'],
    ['pipl-28', 'pipl', '个人信息保护法'],
    ['mining2021', 'mining2021', '关于整治虚拟货币"挖矿"活动的通知'],
    ['intlsec-10', 'intlsec', '计算机信息网络国际联网安全保护管理办法'],
    ['zzz-1', 'zzz', 'zzz'],
  ])('%s → %s (%s)', (id, code, name) => {
    expect(lawCode(id)).toBe(code);
    expect(lawName(code, 'zh')).toBe(name);
  });
});

describe('buildView', () => {
  it('derives intrusion signs, groups, not-assessed checks, exposure and totals from the report', () => {
    const view = buildView(sampleReport('en'));
    expect(view.intrusion).toEqual(['rogue-root-account', 'malicious-cron', 'mining']);
    expect(view.intrusionFindings).toBe(3);
    expect(view.groups.map((g) => [g.severity, g.findings.length])).toEqual([
      ['critical', 2],
      ['high', 3],
      ['medium', 2],
      ['low', 1],
      ['info', 1],
    ]);
    expect(view.notAssessed.map((c) => c.checkId)).toEqual(['log-journald-disabled', 'webshell-php-found']);
    expect(view.byLaw.map((l) => [l.code, l.count])).toEqual([
      ['csl', 6],
      ['cl', 3],
      ['pipl', 1],
      ['ndsr', 1],
      ['mining2021', 1],
    ]);
    // the Criminal Law citations are an intruder's possible exposure, not a liability of the operator
    expect(view.byLiability).toEqual([
      { liability: 'administrative', count: 8 },
      { liability: 'civil', count: 1 },
    ]);
    expect(view.intruderExposure).toBe(3);
    expect(view.totals).toEqual({ pass: 4, fail: 9, 'not-assessed': 1, error: 1 });
  });

  it('lists each operator-duty provision once, without its clause, with holders and penalties', () => {
    const view = buildView(sampleReport('en'));
    expect(view.penalties.map((p) => p.citation)).toEqual([
      'Cybersecurity Law Art. 23 (formerly Art. 21)',
      'Cybersecurity Law Art. 27 (formerly Art. 25)',
      'Cybersecurity Law Art. 61 (formerly Art. 59)',
      'Personal Information Protection Law Art. 51',
      'Personal Information Protection Law Art. 69',
      'Network Data Security Management Regulations Art. 9',
      'NDRC Notice on Rectifying Virtual-Currency Mining (Fa Gai Yun Xing [2021] No. 1283)',
    ]);
    const zh = buildView(sampleReport('zh'));
    expect(zh.penalties.slice(0, 3).map((p) => p.citation)).toEqual([
      '《网络安全法》第二十三条(原第二十一条)',
      '《网络安全法》第二十七条(原第二十五条)',
      '《网络安全法》第六十一条(原第五十九条)',
    ]);
    const csl61 = view.penalties[2]!;
    expect(csl61.holders).toEqual(['network operators', 'critical information infrastructure operators']);
    expect(csl61.penalties).toHaveLength(3);
    expect(csl61.penalties[1]).toMatch(/^Reported: /);
    expect(view.penalties[3]).toEqual({
      citation: 'Personal Information Protection Law Art. 51',
      holders: ['personal information handlers'],
      penalties: [],
    });
    // nothing of the intruder citations: neither the Criminal Law nor its thresholds
    const all = JSON.stringify(view.penalties);
    expect(all).not.toContain('Criminal Law');
    expect(all).not.toContain('the intruder');
    expect(all).not.toContain('serious circumstances');
  });

  it("counts only the operator's liability, and a finding once among the intruder citations", () => {
    const r = sampleReport('zh');
    const uid0 = r.findings.find((f) => f.checkId === 'accounts-uid0-found')!;
    expect(findingLiabilities(uid0)).toEqual(['administrative']);
    // an intruder-only finding carries no liability of the operator, but one intruder exposure
    const intruderOnly = { ...uid0, legal: uid0.legal.filter((l) => l.party === 'intruder') };
    expect(intruderOnly.legal).toHaveLength(1);
    expect(findingLiabilities(intruderOnly)).toEqual([]);
    const twice = { ...uid0, legal: [...intruderOnly.legal, ...intruderOnly.legal] };
    const view = buildView({ ...r, findings: [intruderOnly, twice] });
    expect(view.byLiability).toEqual([]);
    expect(view.intruderExposure).toBe(2);
    expect(view.penalties).toEqual([]);
    expect(view.byLaw.map((l) => [l.code, l.count])).toEqual([['cl', 2]]);
    // the same criminal liability, when a provision puts it on the operator, is counted
    const operatorCriminal = {
      ...uid0,
      legal: [{ ...intruderOnly.legal[0]!, provision: 'dsl-45', party: 'operator' as const }],
    };
    expect(findingLiabilities(operatorCriminal)).toEqual(['criminal']);
    expect(buildView({ ...r, findings: [operatorCriminal] })).toMatchObject({
      byLiability: [{ liability: 'criminal', count: 1 }],
      intruderExposure: 0,
    });
    expect(
      buildView({ ...r, findings: r.findings.filter((f) => f.legal.every((l) => l.party === 'operator')) })
        .intruderExposure,
    ).toBe(0);
  });
});
