/**
 * The HTML report in a real browser (DESIGN §9.8): Debian's Chromium, headless, every request routed
 * and counted. Skipped, with a message saying so, only when /usr/bin/chromium is not installed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml } from './html.ts';
import { sampleReport } from './sample-report.ts';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!hasChromium)
  console.warn(`html.browser.test: SKIPPED — ${CHROMIUM} is not installed (apt-get install chromium)`);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.skipIf(!hasChromium)(`HTML report in Chromium (${CHROMIUM})`, () => {
  let browser: Browser;
  let tmp: string;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    tmp = mkdtempSync(path.join(tmpdir(), 'hegui-html-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** Open html in a fresh page; every request is aborted and counted. */
  async function open(html: string): Promise<{ page: Page; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    await page.route('**/*', async (route) => {
      requests.push(route.request().url());
      await route.abort();
    });
    await page.setContent(html, { waitUntil: 'load' });
    return { page, requests };
  }

  const report = sampleReport('zh');
  const html = renderHtml(report);

  it('makes no network request, with or without its CSP (the counter itself is proven on a page that does)', async () => {
    const asIs = await open(html);
    expect(asIs.requests).toEqual([]);
    await asIs.page.close();

    const withoutCsp = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(withoutCsp).not.toBe(html);
    const bare = await open(withoutCsp);
    expect(bare.requests).toEqual([]);
    await bare.page.close();

    const control = await open(
      withoutCsp.replace('</main>', '<img src="http://192.0.2.1/pixel.png"></main>'),
    );
    expect(control.requests).toEqual(['http://192.0.2.1/pixel.png']);
    await control.page.close();
  });

  it('renders: a tall screenshot, the titles and Chinese citations visible, CJK glyphs with real width', async () => {
    const { page } = await open(html);
    const shot = path.join(tmp, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    const png = readFileSync(shot);
    const { width, height } = pngSize(png);
    expect(width).toBe(1200);
    expect(height).toBeGreaterThan(2500);
    expect(png.length).toBeGreaterThan(100_000);

    const visible = await page.innerText('body');
    for (const f of report.findings) expect(visible).toContain(f.title);
    expect(visible).toContain('《网络安全法》第二十三条第二项(原第二十一条)');
    expect(visible).toContain(
      '入侵者的行为可能达到《刑法》第二百八十五条第二款规定的入罪标准(由司法机关认定)',
    );
    expect(visible).toContain('义务人: 网络运营者、关键信息基础设施运营者');
    expect(visible).toContain('据公开解读，[2026-01-01 起的行为] 第六十一条(加重情形)');
    expect(visible).toContain('警告:该服务器存在被入侵的迹象');

    // (browser-side code as a string: the project's TypeScript has no DOM library)
    const widths = await page.evaluate<{ cjk: number; empty: number; latin: number }>(`(() => {
      const measure = (text) => {
        const span = document.createElement('span');
        span.textContent = text;
        span.style.fontSize = '20px';
        document.body.append(span);
        const w = span.getBoundingClientRect().width;
        span.remove();
        return w;
      };
      return { cjk: measure('网络安全法'), empty: measure(''), latin: measure('abcde') };
    })()`);
    expect(widths.empty).toBe(0);
    // five full-width glyphs take about 5 em (100px at 20px); zero or a collapsed run would fail
    expect(widths.cjk).toBeGreaterThan(80);
    expect(widths.cjk).toBeLessThan(120);
    expect(widths.cjk).toBeGreaterThan(widths.latin);

    // the glyphs come from a font that has them, not from a fallback box
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const cjkFonts = fonts.filter((f) =>
      /hei|noto|source han|cjk|song|ming|kai|pingfang|yahei|droid/i.test(f.familyName),
    );
    expect(cjkFonts.length, JSON.stringify(fonts)).toBeGreaterThan(0);
    await page.close();
  });

  it('shows attacker-controlled markup as text and runs nothing', async () => {
    const r = sampleReport('zh');
    r.findings[0]!.message = '<script>document.title="pwned"</script><b>bold</b>';
    const { page } = await open(renderHtml(r));
    expect(await page.title()).not.toBe('pwned');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('article b').count()).toBe(0);
    expect(await page.innerText('body')).toContain('<script>document.title="pwned"</script><b>bold</b>');
    expect(escapeHtml('<b>')).toBe('&lt;b&gt;');
    await page.close();
  });

  it('is print-friendly: the contents list is hidden and the findings avoid page breaks', async () => {
    const { page } = await open(html);
    await page.emulateMedia({ media: 'print' });
    const style = await page.evaluate<{ nav: string; article: string }>(`({
      nav: getComputedStyle(document.querySelector('nav')).display,
      article: getComputedStyle(document.querySelector('article')).breakInside,
    })`);
    expect(style).toEqual({ nav: 'none', article: 'avoid' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    await page.close();
  });
});
