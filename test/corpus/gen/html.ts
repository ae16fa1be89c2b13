/**
 * Page skeletons. Each archetype supplies a title, navigation, body sections and a footer; the
 * skeleton decides the markup style (so a category is not tied to one layout).
 */
import type { Rng } from './rng.ts';

export interface PageParts {
  lang: 'zh-CN' | 'zh-TW' | 'en';
  title: string;
  keywords?: string;
  description?: string;
  nav: string[];
  sections: string[];
  footer: string;
  /** Extra markup inside <head> (scripts, styles). */
  head?: string;
}

const CSS = [
  'body{margin:0;font-family:"Microsoft YaHei",Arial,sans-serif;background:#f5f5f5}',
  'body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}',
  '*{box-sizing:border-box}body{background:#111;color:#eee}',
  'body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}',
  'html,body{height:100%}.wrap{width:1000px;margin:0 auto}',
];

function navHtml(rng: Rng, nav: string[], style: number): string {
  const links = nav.map(
    (n, i) => `<a href="${rng.pick(['/', '/#', '/list/', '/page/', '?c='])}${i + 1}">${n}</a>`,
  );
  switch (style) {
    case 0:
      return `<nav class="navbar"><ul>${links.map((l) => `<li>${l}</li>`).join('')}</ul></nav>`;
    case 1:
      return `<div class="menu">${links.join(' | ')}</div>`;
    case 2:
      return `<table class="nav" width="100%"><tr>${links.map((l) => `<td>${l}</td>`).join('')}</tr></table>`;
    case 3:
      return `<header class="top-bar"><div class="logo"></div><div class="links">${links.join('\n')}</div></header>`;
    default:
      return `<div id="nav">\n${links.map((l) => `  <span class="nav-item">${l}</span>`).join('\n')}\n</div>`;
  }
}

export function renderPage(rng: Rng, p: PageParts): string {
  const style = rng.int(0, 4);
  const meta = [
    '<meta charset="utf-8">',
    rng.chance(0.7) ? '<meta name="viewport" content="width=device-width, initial-scale=1">' : '',
    p.keywords ? `<meta name="keywords" content="${p.keywords}">` : '',
    p.description ? `<meta name="description" content="${p.description}">` : '',
  ]
    .filter((x) => x !== '')
    .join('\n');
  const body = p.sections.map((s) =>
    rng.chance(0.5)
      ? `<section>\n${s}\n</section>`
      : `<div class="${rng.pick(['box', 'block', 'mod', 'panel', 'row'])}">\n${s}\n</div>`,
  );
  const doctype = rng.chance(0.85) ? '<!DOCTYPE html>\n' : '';
  return `${doctype}<html lang="${p.lang}">
<head>
${meta}
<title>${p.title}</title>
<style>${rng.pick(CSS)}</style>
${p.head ?? ''}
</head>
<body>
${navHtml(rng, p.nav, style)}
<main class="${rng.pick(['main', 'content', 'container', 'wrap'])}">
${body.join('\n')}
</main>
<footer>${p.footer}</footer>
${rng.chance(0.4) ? `<script src="/static/js/app.${rng.hex(8)}.js"></script>` : ''}
</body>
</html>
`;
}

export function list(rng: Rng, items: string[], ordered = false): string {
  const tag = ordered ? 'ol' : rng.pick(['ul', 'ul', 'div']);
  if (tag === 'div') return items.map((i) => `<p>${i}</p>`).join('\n');
  return `<${tag}>${items.map((i) => `<li>${i}</li>`).join('')}</${tag}>`;
}

export function paragraphs(items: string[]): string {
  return items.map((i) => `<p>${i}</p>`).join('\n');
}
