// PLACEHOLDER dispatch; the reports work adds text, sarif and html renderers.
import type { Report } from '../core/finding.ts';
import type { Format } from '../cli/options.ts';

export interface RenderOptions {
  color: boolean;
}

export function renderReport(report: Report, format: Format, _options: RenderOptions): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    default:
      return `${JSON.stringify(report, null, 2)}\n`;
  }
}
