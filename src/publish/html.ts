/** HTML for the published pages: escaping, the page frame and its style sheet. */
import { rootHref } from './site-paths.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values: every &, <, >, " and ' escaped. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON for a <script> element: "<", ">" and "&" as \u escapes, so no
 * "</script>" or "<!--" can end or change the element; the JSON means the same.
 */
export function scriptJson(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface Alternate {
  href: string;
  type: string;
  label: string;
}

export interface PageFrame {
  /** Site path of the page folder ("" for the root). */
  path: string;
  title: string;
  /** The IRI the page describes, shown and given as rel=canonical. */
  iri?: string;
  alternates: Alternate[];
  jsonLd?: string;
  body: string;
}

export function page(frame: PageFrame): string {
  const head = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(frame.title)}</title>`,
    `<link rel="stylesheet" href="${esc(rootHref(frame.path, 'assets/style.css'))}">`,
    ...(frame.iri ? [`<link rel="canonical" href="${esc(frame.iri)}">`] : []),
    ...frame.alternates.map((a) => `<link rel="alternate" type="${esc(a.type)}" href="${esc(a.href)}" title="${esc(a.label)}">`),
    ...(frame.jsonLd !== undefined ? [`<script type="application/ld+json">${scriptJson(frame.jsonLd)}</script>`] : []),
    '</head>',
    '<body>',
    `<header class="site"><a href="${esc(rootHref(frame.path, 'index.html'))}">tbkg</a> · <a href="${esc(rootHref(frame.path, 'ontology/index.html'))}">ontology</a> · <a href="${esc(rootHref(frame.path, '.well-known/void'))}">VoID</a></header>`,
    '<main>',
  ];
  const formats = frame.alternates.length
    ? `<p class="formats">This page as data: ${frame.alternates.map((a) => `<a href="${esc(a.href)}" type="${esc(a.type)}">${esc(a.label)}</a>`).join(' · ')}</p>`
    : '';
  return [...head, frame.body, '</main>', `<footer>${formats}</footer>`, '</body>', '</html>', ''].join('\n');
}

export const STYLE = `body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 58rem; margin: 0 auto; padding: 0 1rem 3rem; line-height: 1.5; color: #1d1d1f; }
header.site { padding: .6rem 0; border-bottom: 1px solid #ddd; margin-bottom: 1rem; font-size: .9rem; }
a { color: #0645ad; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #eee; }
h3 { font-size: 1.05rem; margin-top: 1.5rem; }
.iri { font-family: ui-monospace, monospace; font-size: .85rem; color: #555; word-break: break-all; }
.paragraph { border-left: 3px solid #ccd; padding: .2rem 0 .2rem .9rem; margin: 1rem 0; }
.paragraph > .number { font-weight: bold; margin-right: .4rem; }
.part { margin: .5rem 0; }
.part .kind { display: inline-block; font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; padding: 0 .4rem; border-radius: 3px; margin-right: .4rem; }
.concern .kind { background: #fde8e8; color: #8a1c1c; }
.recommendation .kind { background: #e3f1e6; color: #1c5e2c; }
.positive .kind { background: #e6eefb; color: #1c3f8a; }
ol.items { list-style: none; padding-left: 1.2rem; }
ol.items > li { margin: .2rem 0; }
.refs { font-size: .9rem; color: #333; margin: .3rem 0 0 0; padding-left: 1.2rem; }
.tags { font-size: .85rem; color: #444; }
.followup { background: #fff4d6; font-size: .8rem; padding: 0 .4rem; border-radius: 3px; }
table.props { border-collapse: collapse; width: 100%; font-size: .92rem; }
table.props th, table.props td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid #eee; }
table.props th { width: 14rem; font-weight: normal; color: #555; }
.formats { font-size: .85rem; color: #555; border-top: 1px solid #ddd; padding-top: .6rem; }
dl.meta { display: grid; grid-template-columns: 12rem 1fr; gap: .2rem .8rem; }
dl.meta dt { color: #555; }
dl.meta dd { margin: 0; }
textarea { width: 100%; font-family: ui-monospace, monospace; }
`;
