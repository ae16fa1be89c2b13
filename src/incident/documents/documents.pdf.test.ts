/**
 * The documents as PDF through Debian's Chromium, text extracted with unpdf and checked. Skipped, with a
 * message saying so, only when /usr/bin/chromium is not installed.
 */
import { existsSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { Incident } from '../model.ts';
import { renderDocument, type DocumentInput } from './index.ts';
import { CHROMIUM, htmlToPdf } from './pdf.ts';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`documents.pdf.test: SKIPPED — ${CHROMIUM} is not installed`);

const NOW = new Date('2026-11-23T11:00:00Z');

function input(): DocumentInput {
  const incident: Incident = {
    id: 'inc-pdf',
    title: 'web-02 入侵事件',
    createdAt: '2026-11-23T11:00:00Z',
    detectedAt: '2026-11-23T18:30:00+08:00',
    grade: '较大',
    operator: 'other',
    status: 'open',
    host: { hostname: 'web-02' },
    affectedSystems: ['web-02'],
    findings: [
      {
        checkId: 'rootkit-known-file-found',
        category: 'rootkit',
        severity: 'critical',
        title: 'rootkit',
        evidence: ['/usr/lib/x86_64-linux-gnu/libprocesshider.so'],
        provisions: ['csl-23', 'cl-285'],
      },
    ],
    crimeSuspected: false,
    attestations: {},
    timeline: [],
    reports: [],
    drills: [],
  };
  return {
    incident,
    clocks: [
      {
        duty: 'irm-report',
        recipient: '所在地省级网信部门',
        deadline: '2026-11-23T22:30:00+08:00',
        provision: 'irm-4',
        state: 'running',
      },
    ],
    checklist: [],
    liability: [],
  };
}

function bytes(out: string | Uint8Array): Uint8Array {
  if (typeof out === 'string') throw new Error('expected PDF bytes');
  return out;
}

async function text(pdf: Uint8Array): Promise<string> {
  const doc = await getDocumentProxy(pdf);
  const { text } = await extractText(doc, { mergePages: true });
  return text;
}

describe.skipIf(!hasChromium)('incident documents as PDF (Chromium)', () => {
  it('renders the Chinese incident report with its fields, deadline and blanks', async () => {
    const pdf = bytes(await renderDocument('report', input(), { lang: 'zh', format: 'pdf', now: NOW }));
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const t = (await text(pdf)).replace(/\s+/g, '');
    expect(t).toContain('网络安全事件报告');
    expect(t).toContain('待填写');
    expect(t).toContain('2026-11-2322:30:00');
    expect(t).toContain('发现已知rootkit的文件或目录');
  }, 30_000);

  it('renders the English plan, and escaped markup stays text', async () => {
    const i = input();
    i.incident.affectedSystems = ['<b>web-02</b>'];
    const pdf = bytes(await renderDocument('plan', i, { lang: 'en', format: 'pdf', now: NOW }));
    const t = await text(pdf);
    expect(t).toContain('Cybersecurity Incident Response Plan');
    expect(t).toContain('<b>web-02</b>');
    expect(t).toContain('TO BE FILLED');
  }, 30_000);

  it('refuses clearly when Chromium is missing', async () => {
    await expect(htmlToPdf('<p>x</p>', '/nonexistent/chromium')).rejects.toThrow(/Chromium/);
  });
});
