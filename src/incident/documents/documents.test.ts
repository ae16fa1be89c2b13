/**
 * Golden tests of the incident documents: the compromised fixture host's scan report → an incident
 * (incidentFromReport) with a fixed clock → clocks, checklist, liability → each document in zh and en.
 * Refresh deliberately with HEGUI_UPDATE_GOLDEN=1 npx vitest run src/incident/documents, then review the diff.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../core/finding.ts';
import { containmentChecklist } from '../checklist.ts';
import { clocks } from '../clocks.ts';
import { incidentFromReport, parseReport } from '../from-report.ts';
import { liability } from '../liability.ts';
import type { CaptureSummary, Incident } from '../model.ts';
import { renderMarkdown } from './doc.ts';
import { DOCUMENT_KINDS, buildDocument, liabilityDoc, renderDocument, type DocumentInput } from './index.ts';

const HOST = new URL('../../../test/hosts/compromised/', import.meta.url);
const GOLDEN_DIR = new URL('./golden/', import.meta.url);
const update = process.env.HEGUI_UPDATE_GOLDEN === '1';
const NOW = new Date('2026-11-23T11:00:00Z'); // 19:00 Beijing time, 30 minutes after detection

const report: Report = parseReport(readFileSync(new URL('report.golden.json', HOST), 'utf8'), 'golden');

/** The capture manifest of three files the findings name, hashed from the fixture itself. */
function capture(): CaptureSummary {
  const items = ['/etc/passwd', '/etc/cron.d/php-sess', '/etc/ld.so.preload'].map((p) => {
    const bytes = readFileSync(new URL(`root${p}`, HOST));
    return { path: p, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
  });
  return { file: 'web-01-capture.tar.gz', collectedAt: '2026-11-23T10:50:00Z', items };
}

function incident(): Incident {
  return {
    ...incidentFromReport(report, {
      detectedAt: '2026-11-23T18:30:00+08:00',
      grade: '较大',
      operator: 'other',
      now: NOW,
      id: 'inc-20261123-0001',
      crimeSuspected: true,
      personalInfo: [
        {
          kind: '手机号码 / phone numbers',
          records: 1200,
          people: 1100,
          sensitive: false,
          where: 'shop.users',
        },
        { kind: '银行卡号 / bank card numbers', records: 300, sensitive: true, where: 'shop.payments' },
      ],
    }),
    reporter: { unit: '示例科技有限公司 Example Tech Co.', person: '张三 Zhang San' },
  };
}

function input(lang: 'zh' | 'en'): DocumentInput {
  const inc = incident();
  const cl = clocks(inc, NOW, 'Asia/Shanghai', lang);
  return {
    incident: inc,
    clocks: cl,
    checklist: containmentChecklist(report, lang),
    liability: liability(inc, report, lang, { clocks: cl }),
    report,
    capture: capture(),
  };
}

function golden(name: string, actual: string): void {
  const file = new URL(name, GOLDEN_DIR);
  if (update) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `${file.pathname} is missing: run HEGUI_UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('incident documents: goldens', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const kind of DOCUMENT_KINDS) {
      it(`${kind} (${lang}) matches its golden`, async () => {
        const md = await renderDocument(kind, input(lang), { lang, format: 'md', now: NOW });
        expect(typeof md).toBe('string');
        golden(`${kind}.${lang}.golden.md`, md as string);
      });
    }
  }
});

describe('liability analysis document', () => {
  it('matches its golden in zh and en, with statuses and the threshold wording', () => {
    for (const lang of ['zh', 'en'] as const) {
      const i = input(lang);
      const md = renderMarkdown(liabilityDoc(i.incident, i.liability, lang));
      golden(`liability.${lang}.golden.md`, md);
    }
    const en = input('en');
    const md = renderMarkdown(liabilityDoc(en.incident, en.liability, 'en'));
    expect(md).toContain('Network logs kept for at least six months — missed');
    expect(md).toContain('An incident response plan, activated — unknown');
    expect(md).toContain('may meet the threshold of Criminal Law Art. 285 para. 2');
    expect(md).toContain('Personal Information Protection Law Art. 69');
  });
});

describe('incident documents: content', () => {
  const zh = Object.fromEntries(
    DOCUMENT_KINDS.map((k) => [k, renderMarkdown(buildDocument(k, input('zh'), 'zh', NOW))]),
  );
  const en = Object.fromEntries(
    DOCUMENT_KINDS.map((k) => [k, renderMarkdown(buildDocument(k, input('en'), 'en', NOW))]),
  );

  it('the report names the intrusion findings, the grade, the 4-hour deadline and marks blanks', () => {
    expect(zh.report).toContain('存在 root 以外的 UID 0 账户');
    expect(zh.report).toContain('发现已知 rootkit 的文件或目录');
    expect(zh.report).toContain('**事件级别(由运营者确定)**: 较大');
    // other operator, 较大: 4 hours after 18:30 Beijing time
    expect(zh.report).toContain('2026-11-23 22:30:00 北京时间');
    expect(zh.report).toContain('所在地省级网信部门');
    expect(zh.report).toContain('**联系电话**: 【待填写】');
    expect(zh.report).toContain('**报告单位**: 示例科技有限公司 Example Tech Co.');
    expect(en.report).toContain('**Telephone**: [TO BE FILLED]');
    expect(en.report).toContain('A crypto-currency miner is running on the server');
    expect(en.report).toContain('Cybersecurity Incident Reporting Measures Art. 4');
    // the 较大 thresholds are UNVERIFIED: only the marker, never a figure
    expect(en.report).toContain('unverified — not stated as fact');
    // the containment commands are listed, not run
    expect(en.report).toMatch(/kill|passwd|chattr|usermod/);
  });

  it('the notice carries the PIPL Art. 57 items', () => {
    for (const item of ['种类', '原因', '危害', '补救措施', '您可以采取的措施', '联系方式'])
      expect(zh.notice).toContain(item);
    expect(zh.notice).toContain('银行卡号 / bank card numbers(敏感个人信息)');
    expect(zh.notice).toContain('《个人信息保护法》第五十七条');
    expect(en.notice).toContain('Personal Information Protection Law Art. 57');
    expect(en.notice).toContain('**Telephone**: [TO BE FILLED]');
    expect(en.notice).toContain('sensitive personal information');
    // evidence was captured in this fixture, so the notice may say so
    expect(en.notice).toContain('preserved read-only');
  });

  it('the police summary lists the capture hashes and phrases conduct as “may meet the threshold”', () => {
    for (const item of capture().items) expect(zh.police).toContain(item.sha256);
    expect(zh.police).toContain('可能达到《刑法》第二百八十五条第二款规定的入罪标准');
    expect(zh.police).toContain('非法控制计算机信息系统20台以上');
    expect(en.police).toMatch(/may meet the threshold of Criminal Law Art\. 285 para\. 2/);
    expect(en.police).not.toMatch(/\bis a crime\b|\bcommitted (a|an|the) (crime|offence)\b/i);
    expect(zh.police).toContain('2026-11-24 18:30:00 北京时间'); // 24-hour police reports
    // the police-report rule is V-2ND: printed as reported
    expect(zh.police).toContain('据公开解读 向公安机关报案');
    expect(en.police).toContain('**Address**: [TO BE FILLED]');
  });

  it('the plan is drawn from the host: services, logs, chains, roles and drills', () => {
    expect(en.plan).toContain('tcp 0.0.0.0:6379');
    expect(en.plan).toContain('under six months');
    expect(en.plan).toContain('**Backups (what, how often, off-site, restore tested)**: [TO BE FILLED]');
    expect(en.plan).toContain('within 4 hours of detection');
    expect(en.plan).toContain('within 1 hour of detection'); // the CII chain, listed for the other kinds
    expect(en.plan).toContain('within 2 hours of detection');
    expect(en.plan).toContain('PI protection officer'); // PI is involved
    expect(en.plan).toContain('No drill on record yet');
    expect(zh.plan).toContain('《个人信息保护法》第五十一条');
  });

  it('the plan lists recorded drills', () => {
    const i = input('en');
    i.incident.drills = [
      { at: '2026-09-01T10:00:00+08:00', scenario: 'ransomware on web-01', participants: ['ops', 'legal'] },
    ];
    const md = renderMarkdown(buildDocument('plan', i, 'en', NOW));
    expect(md).toContain('ransomware on web-01');
    expect(md).toContain('2026-09-01 10:00:00 Beijing time');
    expect(md).not.toContain('No drill on record yet');
  });

  it('without a capture the police summary says so; without PI the notice warns first', () => {
    const i = input('en');
    delete i.capture;
    i.incident.personalInfo = [];
    const police = renderMarkdown(buildDocument('police', i, 'en', NOW));
    expect(police).toContain('No evidence capture was given');
    const notice = renderMarkdown(buildDocument('notice', i, 'en', NOW));
    expect(notice).toContain('does not yet show personal information involved');
    expect(notice).not.toContain('preserved read-only');
  });
});

describe('incident documents: escaping', () => {
  function hostile(): DocumentInput {
    const i = input('en');
    i.incident.findings = [
      {
        checkId: 'not-a-real-check',
        category: 'webshell',
        severity: 'critical',
        title: '<script>alert(1)</script> | *bold* [link](http://x)',
        evidence: ['/var/www/<img src=x onerror=alert(2)>.php:1'],
        provisions: [],
      },
    ];
    i.incident.title = '</title><script>alert(3)</script>';
    return i;
  }

  it('HTML escapes every untrusted string and stays self-contained', async () => {
    const html = (await renderDocument('report', hostile(), {
      lang: 'en',
      format: 'html',
      now: NOW,
    })) as string;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<[a-z]+[^>]*\s(src|href)=/i);
  });

  it('Markdown escapes raw HTML and table pipes', async () => {
    const md = (await renderDocument('police', hostile(), { lang: 'en', format: 'md', now: NOW })) as string;
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\| \\*bold\\*');
    // every table row keeps its column count
    for (const line of md.split('\n').filter((l) => l.startsWith('| ') && l.includes('not-a-real-check')))
      expect(line.split(/(?<!\\)\|/).length).toBe(6);
  });

  it('a command cannot break out of its code block', async () => {
    const i = hostile();
    i.checklist = [
      {
        kind: 'file',
        target: '/tmp/x',
        why: 'w',
        command: 'echo ```\n</code></pre><script>x</script>',
        fromCheck: 'c',
      },
    ];
    const md = (await renderDocument('report', i, { lang: 'en', format: 'md', now: NOW })) as string;
    expect(md).toContain('````\necho ```\n');
    const html = (await renderDocument('report', i, { lang: 'en', format: 'html', now: NOW })) as string;
    expect(html).toContain('&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;');
  });
});
