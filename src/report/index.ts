/** Report rendering: one renderer per --format (CONTRACT §1, §2). */
import type { Report } from '../core/finding.ts';
import type { Format } from '../cli/options.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderSarif } from './sarif.ts';
import { renderText } from './text.ts';

export interface RenderOptions {
  /** ANSI colour in the text report; ignored by the other formats. */
  color: boolean;
}

export function renderReport(report: Report, format: Format, options: RenderOptions): string {
  switch (format) {
    case 'text':
      return renderText(report, { color: options.color });
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report);
    case 'html':
      return renderHtml(report);
  }
}
