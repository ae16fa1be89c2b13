import { describe, expect, it } from 'vitest';
import { FORMATS } from '../cli/options.ts';
import { renderHtml } from './html.ts';
import { renderReport } from './index.ts';
import { renderJson } from './json.ts';
import { lawCode, lawName } from './labels.ts';
import { buildView } from './model.ts';
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
    expect(view.byLiability).toEqual([
      { liability: 'administrative', count: 8 },
      { liability: 'civil', count: 1 },
      { liability: 'criminal', count: 3 },
    ]);
    expect(view.totals).toEqual({ pass: 4, fail: 9, 'not-assessed': 1, error: 1 });
  });
});
