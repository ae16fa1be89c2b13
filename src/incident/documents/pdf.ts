/**
 * HTML → PDF through Debian's Chromium (headless, every network request aborted: the documents are
 * self-contained). One browser per call; documents are rendered rarely.
 */
import { existsSync } from 'node:fs';
import { HeguiError } from '../../core/errors.ts';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function htmlToPdf(html: string, executablePath = CHROMIUM): Promise<Uint8Array> {
  if (!existsSync(executablePath)) {
    throw new HeguiError(
      'HEGUI_E_USAGE',
      `PDF needs Chromium at ${executablePath} (apt-get install chromium); use --format md or html instead`,
    );
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
