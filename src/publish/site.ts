/**
 * `tbkg publish`: a static linked-data site. Read graph by graph twice: the
 * first pass gathers labels, counts and what each non-document page needs
 * (descriptions of States, articles, laws... and links between pages); the
 * second writes the document pages. Then the other pages, the ontology,
 * the dumps, VoID/DCAT, the sitemap and the redirect rules.
 */
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { DataFactory, type Quad } from 'n3';
import type { GraphFile, GraphSet } from '../load/graphs.js';
import { parseLines } from '../rdf/read.js';
import { NS } from '../rdf/vocab.js';
import { mediaTypeOf, serialize, type RdfFormat } from '../serialize/index.js';
import { iriRef } from '../serialize/ntriples.js';
import { sortByCodePoint } from '../serialize/order.js';
import { Description, Labels, RDF_TYPE } from './description.js';
import { replaceDirectory } from './directory.js';
import { esc, page, STYLE, type Alternate } from './html.js';
import { CONTEXT_FILE, ontologyBody, readOntology, SHAPES_FILE, type Ontology } from './ontology.js';
import { documentBody, resourceBody } from './pages.js';
import { Renderer } from './render.js';
import { ONTOLOGY_IRI, ONTOLOGY_PATH, relativeHref, SitePaths } from './site-paths.js';
import { VOID_PATH, voidQuads } from './void.js';

export const SITE_MARKER = '.tbkg-site';
export const DEFAULT_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';
export const DUMP_NQUADS = 'dumps/tbkg.nq.gz';
export const DUMP_TRIG = 'dumps/tbkg.trig';
const TITLE = 'tbkg: concluding observations of the UN human-rights treaty bodies';
const DESCRIPTION =
  'Concluding observations of the UN human-rights treaty bodies as linked data: paragraphs split into concerns and recommendations, the Convention articles they address, the domestic laws, UN documents and earlier recommendations they cite. One named graph per document.';

export interface PublishOptions {
  base: string;
  siteUrl?: string;
  license?: string;
}

export interface PublishResult {
  dir: string;
  documents: number;
  pages: number;
  triples: number;
}

/** The formats every resource page has beside its index.html. */
export const PAGE_FORMATS: { format: RdfFormat; file: string; label: string }[] = [
  { format: 'turtle', file: 'index.ttl', label: 'Turtle' },
  { format: 'jsonld', file: 'index.jsonld', label: 'JSON-LD' },
  { format: 'ntriples', file: 'index.nt', label: 'N-Triples' },
];

interface FirstPass {
  labels: Labels;
  /** Per non-document page: N-Triples lines that describe its nodes or point at them from elsewhere. */
  foreign: Map<string, Set<string>>;
  /** Types of the IRIs that have a page of their own. */
  pageTypes: Map<string, Set<string>>;
  subjects: Set<string>;
  objects: Set<string>;
  properties: Set<string>;
  classes: Set<string>;
  examples: string[];
}

export async function publishSite(set: GraphSet, dir: string, options: PublishOptions): Promise<PublishResult> {
  const base = options.base;
  const paths = new SitePaths(base);
  const ontology = await readOntology();
  const graphIris = new Set(set.graphs.map((g) => g.iri));
  const unpublishable = set.graphs.filter((g) => paths.pageOf(g.iri) !== g.iri);
  if (unpublishable.length > 0) {
    throw new Error(`graph ${unpublishable[0]!.iri} is not under the base ${base} (or has no safe path): give --base the base its IRIs were minted with`);
  }
  const first = await firstPass(set, paths);
  const sitePages = new Set<string>([...graphIris, ...first.foreign.keys(), ONTOLOGY_IRI]);
  let pages = 0;
  const sitemap: string[] = [];

  await replaceDirectory(dir, SITE_MARKER, async (root) => {
    const writePage = async (pagePath: string, iri: string, quads: Quad[], render: (r: Renderer, d: Description) => { title: string; body: string }): Promise<void> => {
      const folder = join(root, ...pagePath.split('/'));
      await mkdir(folder, { recursive: true });
      const renderer = new Renderer(paths, first.labels, ontology.vocabulary, pagePath, sitePages);
      const { title, body } = render(renderer, new Description(quads));
      const alternates: Alternate[] = PAGE_FORMATS.map((f) => ({ href: f.file, type: mediaTypeOf(f.format), label: f.label }));
      for (const f of PAGE_FORMATS) {
        if (pagePath === ONTOLOGY_PATH && f.format === 'turtle') continue; // the ontology's Turtle is its source file
        await writeFile(join(folder, f.file), serialize(quads, f.format, { base }));
      }
      const jsonLd = serialize(quads, 'jsonld', { base });
      await writeFile(join(folder, 'index.html'), page({ path: pagePath, title, iri, alternates, jsonLd, body }));
      sitemap.push(pagePath);
      pages++;
    };

    // Documents, one graph at a time.
    for (const graph of set.graphs) {
      const quads = await graphQuads(set, graph);
      const extra = parseLineSet(first.foreign.get(graph.iri));
      const pagePath = paths.pathOf(graph.iri)!;
      await writePage(pagePath, graph.iri, uniqueQuads([...quads, ...extra]), (r, d) => documentBody(graph.iri, d, r));
    }
    // Every other resource under the base.
    for (const pageIri of sortByCodePoint([...first.foreign.keys()])) {
      if (graphIris.has(pageIri) || pageIri === ONTOLOGY_IRI) continue;
      const pagePath = paths.pathOf(pageIri)!;
      await writePage(pagePath, pageIri, parseLineSet(first.foreign.get(pageIri)), (r, d) => resourceBody(pageIri, d, r));
    }
    // The ontology: its Turtle as written, the rest generated.
    await writePage(ONTOLOGY_PATH, ONTOLOGY_IRI, ontology.quads, (r) => ontologyBody(ontology, r));
    await writeFile(join(root, ONTOLOGY_PATH, 'index.ttl'), ontology.turtle);
    await copyFile(SHAPES_FILE, join(root, ONTOLOGY_PATH, 'shapes.ttl'));
    await copyFile(CONTEXT_FILE, join(root, ONTOLOGY_PATH, 'context.jsonld'));

    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'assets', 'style.css'), STYLE);
    const dumps = await writeDumps(set, root, base);
    const front = { pages: sitePages };

    const facts = {
      base,
      license: options.license ?? DEFAULT_LICENSE,
      triples: set.triples,
      graphs: set.graphs.length,
      entities: [...first.subjects].filter((s) => s.startsWith(base)).length,
      distinctSubjects: first.subjects.size,
      distinctObjects: first.objects.size,
      properties: first.properties.size,
      classes: first.classes.size,
      vocabularies: vocabulariesOf(first.properties, first.classes),
      examples: first.examples,
      dumps,
      title: TITLE,
      description: DESCRIPTION,
    };
    const voidGraph = voidQuads(facts);
    await mkdir(join(root, '.well-known'), { recursive: true });
    await writeFile(join(root, VOID_PATH), serialize(voidGraph, 'turtle', { base }));
    await writeFile(join(root, `${VOID_PATH}.jsonld`), serialize(voidGraph, 'jsonld', { base }));
    await writeFile(join(root, 'index.html'), frontPage(set, first, paths, ontology, facts.triples, voidGraph, front.pages));
    await writeFile(join(root, 'sitemap.xml'), sitemapXml(options.siteUrl ?? base, sitemap));
    await writeFile(join(root, '.htaccess'), siteHtaccess());
    if (options.siteUrl) await writeFile(join(root, 'w3id.htaccess'), w3idHtaccess(base, options.siteUrl));
  });
  return { dir, documents: set.graphs.length, pages: pages + 1, triples: set.triples };
}

async function graphQuads(set: GraphSet, graph: GraphFile): Promise<Quad[]> {
  return parseLines(await set.text(graph), 'ntriples');
}

function parseLineSet(lines: Set<string> | undefined): Quad[] {
  if (!lines || lines.size === 0) return [];
  return parseLines(sortByCodePoint([...lines]).join(''), 'ntriples');
}

function uniqueQuads(quads: Quad[]): Quad[] {
  const seen = new Set<string>();
  return quads.filter((q) => {
    const key = `${q.subject.id} ${q.predicate.id} ${q.object.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function firstPass(set: GraphSet, paths: SitePaths): Promise<FirstPass> {
  const result: FirstPass = {
    labels: new Labels(),
    foreign: new Map(),
    pageTypes: new Map(),
    subjects: new Set(),
    objects: new Set(),
    properties: new Set(),
    classes: new Set(),
    examples: [],
  };
  const addForeign = (pageIri: string, line: string): void => {
    let lines = result.foreign.get(pageIri);
    if (!lines) result.foreign.set(pageIri, (lines = new Set()));
    lines.add(line);
  };
  for (const graph of set.graphs) {
    const text = await set.text(graph);
    const lines = text.split('\n');
    const quads = parseLines(text, 'ntriples');
    quads.forEach((q, i) => {
      const line = `${lines[i]}\n`;
      result.labels.add(q);
      result.subjects.add(q.subject.value);
      result.objects.add(q.object.termType === 'Literal' ? `"${q.object.id}` : q.object.value);
      result.properties.add(q.predicate.value);
      if (q.predicate.value === RDF_TYPE) {
        result.classes.add(q.object.value);
        if (!q.subject.value.includes('#') && paths.pageOf(q.subject.value) !== undefined) {
          let types = result.pageTypes.get(q.subject.value);
          if (!types) result.pageTypes.set(q.subject.value, (types = new Set()));
          types.add(q.object.value);
        }
      }
      const subjectPage = paths.pageOf(q.subject.value);
      if (subjectPage !== undefined && subjectPage !== graph.iri) addForeign(subjectPage, line);
      if (q.object.termType === 'NamedNode') {
        const objectPage = paths.pageOf(q.object.value);
        if (objectPage !== undefined && objectPage !== subjectPage && objectPage !== graph.iri) addForeign(objectPage, line);
      }
    });
    if (result.examples.length === 0) result.examples = examplesOf(graph.iri, quads);
  }
  return result;
}

function examplesOf(doc: string, quads: Quad[]): string[] {
  const pick = (predicate: string): string | undefined => {
    const values = quads.filter((q) => q.predicate.value === predicate && q.object.termType === 'NamedNode').map((q) => q.object.value);
    return values.length ? sortByCodePoint(values)[0] : undefined;
  };
  const recommendation = sortByCodePoint(quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${NS.tb}Recommendation`).map((q) => q.subject.value))[0];
  return [doc, recommendation, pick(`${NS.tb}stateParty`), pick(`${NS.tb}addressesArticle`), pick(`${NS.tb}citesLaw`)].filter((x): x is string => x !== undefined);
}

function vocabulariesOf(properties: Set<string>, classes: Set<string>): string[] {
  const namespaces = new Set<string>();
  for (const iri of [...properties, ...classes]) {
    for (const ns of Object.values(NS)) if (iri.startsWith(ns) && iri.length > ns.length) namespaces.add(ns);
  }
  return sortByCodePoint([...namespaces]);
}

async function writeDumps(set: GraphSet, root: string, base: string): Promise<{ path: string; mediaType: string; bytes: number; compressed?: string }[]> {
  await mkdir(join(root, 'dumps'), { recursive: true });
  async function* nquads(): AsyncGenerator<string> {
    for (const graph of set.graphs) {
      const suffix = ` ${iriRef(graph.iri)} .\n`;
      const text = await set.text(graph);
      let start = 0;
      const out: string[] = [];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        out.push(`${text.slice(start, i - 2)}${suffix}`);
        start = i + 1;
      }
      yield out.join('');
    }
  }
  await pipeline(Readable.from(nquads()), createGzip({ level: 9 }), createWriteStream(join(root, DUMP_NQUADS)));
  async function* trig(): AsyncGenerator<string> {
    for (const graph of set.graphs) {
      const name = DataFactory.namedNode(graph.iri);
      const quads = (await graphQuads(set, graph)).map((q) => DataFactory.quad(q.subject, q.predicate, q.object, name));
      yield serialize(quads, 'trig', { base });
    }
  }
  await pipeline(Readable.from(trig()), createWriteStream(join(root, DUMP_TRIG)));
  return [
    { path: DUMP_NQUADS, mediaType: mediaTypeOf('nquads'), bytes: (await stat(join(root, DUMP_NQUADS))).size, compressed: 'application/gzip' },
    { path: DUMP_TRIG, mediaType: mediaTypeOf('trig'), bytes: (await stat(join(root, DUMP_TRIG))).size },
  ];
}

const FRONT_LISTS: [string, string][] = [
  [`${NS.tb}StateParty`, 'States parties'],
  [`${NS.tb}TreatyBody`, 'Treaty bodies'],
  [`${NS.tb}Treaty`, 'Treaties'],
  [`${NS.tb}InternationalInstrument`, 'International instruments'],
];

function frontPage(set: GraphSet, first: FirstPass, paths: SitePaths, ontology: Ontology, triples: number, voidGraph: Quad[], pages: ReadonlySet<string>): string {
  const r = new Renderer(paths, first.labels, ontology.vocabulary, '', pages);
  const out = [`<h1>${esc(TITLE)}</h1>`, `<p>${esc(DESCRIPTION)}</p>`];
  out.push(`<p>${set.graphs.length} document${set.graphs.length === 1 ? '' : 's'}, ${triples} triples.</p>`);
  out.push('<h2>Concluding observations</h2>\n<ul>');
  for (const graph of set.graphs) {
    out.push(`<li>${r.link(graph.iri)}</li>`);
  }
  out.push('</ul>');
  for (const [type, heading] of FRONT_LISTS) {
    const members = sortByCodePoint([...first.pageTypes].filter(([, types]) => types.has(type)).map(([iri]) => iri));
    if (members.length === 0) continue;
    out.push(`<h2>${esc(heading)}</h2>\n<ul>\n${members.map((m) => `<li>${r.link(m)}</li>`).join('\n')}\n</ul>`);
  }
  const laws = sortByCodePoint([...first.pageTypes].filter(([, types]) => types.has(`${NS.eli}LegalResource`) && !types.has(`${NS.tb}Treaty`)).map(([iri]) => iri));
  if (laws.length) out.push(`<h2>Domestic laws</h2>\n<ul>\n${laws.map((m) => `<li>${r.link(m)}</li>`).join('\n')}\n</ul>`);
  out.push(
    [
      '<h2>Data</h2>',
      '<ul>',
      `<li><a href="${esc(DUMP_NQUADS)}">${esc(DUMP_NQUADS)}</a>: every graph as N-Quads (gzip)</li>`,
      `<li><a href="${esc(DUMP_TRIG)}">${esc(DUMP_TRIG)}</a>: every graph as TriG</li>`,
      `<li><a href="${esc(VOID_PATH)}">${esc(VOID_PATH)}</a>: VoID and DCAT description (Turtle; <a href="${esc(VOID_PATH)}.jsonld">JSON-LD</a>)</li>`,
      `<li><a href="${esc(relativeHref('', ONTOLOGY_PATH))}">the ontology</a></li>`,
      '<li><a href="sitemap.xml">sitemap.xml</a></li>',
      '</ul>',
    ].join('\n'),
  );
  const jsonLd = serialize(voidGraph, 'jsonld', { base: paths.base });
  return page({ path: '', title: TITLE, iri: paths.base, alternates: [{ href: VOID_PATH, type: 'text/turtle', label: 'VoID (Turtle)' }, { href: `${VOID_PATH}.jsonld`, type: 'application/ld+json', label: 'VoID (JSON-LD)' }], jsonLd, body: out.join('\n') });
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function sitemapXml(siteUrl: string, pagePaths: string[]): string {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const urls = [root, ...sortByCodePoint([...pagePaths]).map((p) => `${root}${p.split('/').map(encodeURIComponent).join('/')}/`)];
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls.map((u) => `  <url><loc>${xmlEscape(u)}</loc></url>`), '</urlset>', ''].join('\n');
}

/** Content negotiation for Apache (mod_rewrite): a resource's URL answers 303 to the file its Accept header asks for. */
export function siteHtaccess(): string {
  const rule = (accept: string, file: string): string[] => [
    'RewriteCond %{REQUEST_FILENAME} -d',
    'RewriteCond %{REQUEST_FILENAME}/index.html -f',
    `RewriteCond %{HTTP_ACCEPT} ${accept}`,
    'RewriteCond %{REQUEST_URI} ^(.*?)/?$',
    `RewriteRule ^ %1/${file} [R=303,L]`,
    '',
  ];
  return [
    '# tbkg: linked data by content negotiation (Apache 2.4 with mod_rewrite and mod_mime).',
    '# A resource is a folder with index.html, index.ttl, index.jsonld and index.nt: its URL',
    '# (without a trailing slash) answers 303 See Other to the format the Accept header asks',
    '# for, HTML when it asks for none of them. The rules use only paths relative to this',
    '# file, so the site works at any depth of a server and behind a w3id.org-style base.',
    'Options -MultiViews -Indexes',
    'DirectoryIndex index.html',
    'DirectorySlash Off',
    'AddType text/turtle .ttl',
    'AddType application/ld+json .jsonld',
    'AddType application/n-triples .nt',
    'AddType application/trig .trig',
    'AddType application/n-quads .nq',
    'AddCharset utf-8 .html .ttl .jsonld .nt .trig .nq',
    '<Files "void">',
    '  ForceType text/turtle',
    '</Files>',
    '<IfModule mod_headers.c>',
    '  Header append Vary Accept',
    '</IfModule>',
    '',
    'RewriteEngine On',
    '',
    ...rule('text/html', 'index.html'),
    ...rule('application/xhtml\\+xml', 'index.html'),
    ...rule('text/turtle', 'index.ttl'),
    ...rule('application/ld\\+json', 'index.jsonld'),
    ...rule('application/json', 'index.jsonld'),
    ...rule('application/n-triples', 'index.nt'),
    ...rule('.', 'index.html').slice(0, 2),
    'RewriteCond %{REQUEST_URI} ^(.*?)/?$',
    'RewriteRule ^ %1/index.html [R=303,L]',
    '',
  ].join('\n');
}

/** The rules for the w3id.org repository (its folder of this base): the base's paths to the site, by Accept. */
export function w3idHtaccess(base: string, siteUrl: string): string {
  const site = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const resources = '^((?:doc|state|body|treaty|law|instrument|ontology)(?:/.*?)?)/?$';
  return [
    `# tbkg: redirects of ${base} to the site at ${site}, for the w3id.org repository`,
    '# (https://github.com/perma-id/w3id.org: this file is the .htaccess of the base\'s folder).',
    '# Resources go straight to the file the Accept header asks for; everything else to the',
    '# same path on the site, whose own .htaccess then negotiates.',
    'Options +FollowSymLinks',
    'RewriteEngine on',
    '',
    'RewriteCond %{HTTP_ACCEPT} text/turtle',
    'RewriteCond %{HTTP_ACCEPT} !text/html',
    `RewriteRule ${resources} ${site}$1/index.ttl [R=303,L]`,
    '',
    'RewriteCond %{HTTP_ACCEPT} application/ld\\+json',
    'RewriteCond %{HTTP_ACCEPT} !text/html',
    `RewriteRule ${resources} ${site}$1/index.jsonld [R=303,L]`,
    '',
    'RewriteCond %{HTTP_ACCEPT} application/n-triples',
    'RewriteCond %{HTTP_ACCEPT} !text/html',
    `RewriteRule ${resources} ${site}$1/index.nt [R=303,L]`,
    '',
    `RewriteRule ${resources} ${site}$1/index.html [R=303,L]`,
    '',
    `RewriteRule ^(.*)$ ${site}$1 [R=302,L]`,
    '',
  ].join('\n');
}
