/**
 * Page skeletons of the `heldout2` split, written apart from gen/html.ts so the split does not share its
 * markup: a Bootstrap-5 site, a WordPress theme, and a server-rendered single-page app (Next.js style:
 * little markup, the content also in a JSON blob).
 */
import type { Rng } from './rng.ts';

export interface Parts2 {
  lang: 'zh-CN' | 'en';
  title: string;
  description?: string;
  menu: string[];
  /** Body blocks (HTML). */
  blocks: string[];
  footer: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function bootstrap(rng: Rng, p: Parts2): string {
  const brand = rng.pick(['navbar-dark bg-dark', 'navbar-light bg-light', 'navbar-dark bg-primary']);
  return `<!doctype html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.title)}</title>
${p.description ? `<meta name="description" content="${esc(p.description)}">` : ''}
<link href="/assets/css/bootstrap.min.css?v=5.3.${rng.int(0, 3)}" rel="stylesheet">
</head>
<body class="d-flex flex-column min-vh-100">
<nav class="navbar navbar-expand-lg ${brand}">
  <div class="container-fluid">
    <a class="navbar-brand" href="/">${esc(p.title.split(/[-|｜]/)[0]!.trim())}</a>
    <ul class="navbar-nav me-auto mb-2 mb-lg-0">
${p.menu.map((m, i) => `      <li class="nav-item"><a class="nav-link${i === 0 ? ' active' : ''}" href="/${i === 0 ? '' : `s/${i}`}">${m}</a></li>`).join('\n')}
    </ul>
  </div>
</nav>
<main class="container my-4">
${p.blocks.map((b) => `  <div class="row g-3 mb-3"><div class="col-12">${b}</div></div>`).join('\n')}
</main>
<footer class="mt-auto py-3 bg-body-tertiary"><div class="container small text-muted">${p.footer}</div></footer>
<script src="/assets/js/bootstrap.bundle.min.js" defer></script>
</body>
</html>
`;
}

function wordpress(rng: Rng, p: Parts2): string {
  const theme = rng.pick(['astra', 'generatepress', 'twentytwentyfour', 'flatsome']);
  return `<!DOCTYPE html>
<html lang="${p.lang}" class="no-js">
<head>
<meta charset="UTF-8">
<title>${esc(p.title)}</title>
<link rel='stylesheet' id='${theme}-style-css' href='/wp-content/themes/${theme}/style.css?ver=${rng.int(1, 4)}.${rng.int(0, 9)}' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="home page-template-default page wp-custom-logo">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">${esc(p.title)}</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
${p.menu.map((m, i) => `<li id="menu-item-${100 + i}" class="menu-item menu-item-type-custom"><a href="/?page_id=${10 + i}">${m}</a></li>`).join('\n')}
</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-${rng.int(10, 9000)}" class="post type-post status-publish"><div class="entry-content">
${p.blocks.join('\n')}
</div></article>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">${p.lang === 'en' ? 'Recent Posts' : '近期文章'}</h2></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">${p.footer}</div></footer>
</div>
</body>
</html>
`;
}

function spa(rng: Rng, p: Parts2): string {
  const data = {
    props: { pageProps: { title: p.title, menu: p.menu, footer: p.footer } },
    page: '/',
    buildId: rng.hex(12),
  };
  return `<!DOCTYPE html><html lang="${p.lang}"><head><meta charSet="utf-8"/><title>${esc(p.title)}</title><meta name="viewport" content="width=device-width"/><link rel="preload" href="/_next/static/css/${rng.hex(16)}.css" as="style"/></head><body><div id="__next"><div class="min-h-screen bg-neutral-950 text-neutral-100"><header class="flex items-center justify-between px-6 py-4"><span class="text-xl font-bold">${esc(p.title.split(/[-|｜]/)[0]!.trim())}</span><nav class="flex gap-4 text-sm">${p.menu.map((m) => `<a class="hover:underline" href="#">${m}</a>`).join('')}</nav></header><main class="mx-auto max-w-6xl px-6">${p.blocks.map((b) => `<section class="py-6">${b}</section>`).join('')}</main><footer class="px-6 py-8 text-xs text-neutral-400">${p.footer}</footer></div></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script><script src="/_next/static/chunks/main-${rng.hex(16)}.js" defer=""></script></body></html>
`;
}

/** One of the three skeletons, chosen per sample. */
export function render2(rng: Rng, p: Parts2, style?: 0 | 1 | 2): string {
  const s = style ?? rng.int(0, 2);
  return s === 0 ? bootstrap(rng, p) : s === 1 ? wordpress(rng, p) : spa(rng, p);
}

/** A few sentences picked from a pool, shuffled. */
export function para(rng: Rng, pool: readonly string[], n: number): string {
  return `<p>${rng.some(pool, n).join(' ')}</p>`;
}

export function ul(items: readonly string[], cls = 'list-unstyled'): string {
  return `<ul class="${cls}">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

export function money(rng: Rng, min: number, max: number): string {
  return String(rng.int(min, max));
}
