// `tbkg publish`: the static linked-data site of the seed. Every page's
// Turtle, JSON-LD, N-Triples and HTML (its embedded JSON-LD) carry the same
// graph, links resolve inside the site, output is byte-identical run to
// run, written whole or not at all, and text is escaped everywhere.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { isomorphic } from '../support/isomorphic.js';
import { scratchDir, SEED, tbkg } from '../support/cli.js';
import { parseJsonLd } from '../serialize/parsers.js';

const DOC = 'https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2';
const TB = 'https://w3id.org/tbkg/ontology#';
let site = '';
let seedQuads: ReturnType<Parser['parse']> = [];

function files(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(path));
    else out.push(path);
  }
  return out.sort();
}

function triplesOf(quads: { subject: unknown; predicate: unknown; object: unknown }[]) {
  return quads.map((q) => ({ subject: q.subject, predicate: q.predicate, object: q.object, graph: { termType: 'DefaultGraph', value: '' } })) as never[];
}

function embeddedJsonLd(html: string): string {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(m, 'the page embeds its JSON-LD').not.toBeNull();
  return m![1]!;
}

function unescapeHtml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

beforeAll(() => {
  const scratch = scratchDir();
  site = join(scratch, 'site');
  const r = tbkg(['publish', site, SEED]);
  expect(r.stderr).toMatch(/published 1 document\(s\), \d+ pages, 1853 triples/);
  expect(r.status).toBe(0);
  const dump = join(scratch, 'seed.nq');
  expect(tbkg(['convert', SEED, '-o', dump, '-q']).status).toBe(0);
  seedQuads = new Parser({ format: 'application/n-quads' }).parse(readFileSync(dump, 'utf8'));
}, 120_000);

describe('the published site of the seed', () => {
  it('has the pages, per-resource formats, ontology, dumps, VoID, sitemap and redirect rules', () => {
    for (const path of [
      'index.html',
      'doc/CAT/C/KAZ/CO/2/index.html',
      'doc/CAT/C/KAZ/CO/2/index.ttl',
      'doc/CAT/C/KAZ/CO/2/index.jsonld',
      'doc/CAT/C/KAZ/CO/2/index.nt',
      'state/KAZ/index.html',
      'treaty/CAT/art_2/index.html',
      'law/KAZ/criminal-code/art_347-1__part_1/index.html',
      'ontology/index.html',
      'ontology/index.ttl',
      'ontology/shapes.ttl',
      'ontology/context.jsonld',
      'dumps/tbkg.nq.gz',
      'dumps/tbkg.trig',
      '.well-known/void',
      'sitemap.xml',
      '.htaccess',
      'assets/style.css',
    ]) {
      expect(existsSync(join(site, path)), path).toBe(true);
    }
    expect(readFileSync(join(site, 'ontology/index.ttl'), 'utf8')).toBe(readFileSync(new URL('../../ontology/tb.ttl', import.meta.url), 'utf8'));
  });

  it("the document's Turtle, JSON-LD, N-Triples and HTML carry the same graph: the seed's", async () => {
    const folder = join(site, 'doc/CAT/C/KAZ/CO/2');
    const html = readFileSync(join(folder, 'index.html'), 'utf8');
    const turtle = new Parser({ format: 'text/turtle' }).parse(readFileSync(join(folder, 'index.ttl'), 'utf8'));
    const ntriples = new Parser({ format: 'application/n-triples' }).parse(readFileSync(join(folder, 'index.nt'), 'utf8'));
    const jsonld = await parseJsonLd(readFileSync(join(folder, 'index.jsonld'), 'utf8'));
    const embedded = await parseJsonLd(embeddedJsonLd(html));
    const expected = triplesOf(seedQuads);
    expect(turtle).toHaveLength(1853);
    expect(await isomorphic(triplesOf(turtle), expected)).toBe(true);
    expect(await isomorphic(triplesOf(ntriples), expected)).toBe(true);
    expect(await isomorphic(triplesOf(jsonld), expected)).toBe(true);
    expect(await isomorphic(triplesOf(embedded), expected)).toBe(true);
  });

  it('the HTML shows every paragraph with its parts, items, tags, laws and reiterations as links', () => {
    const html = readFileSync(join(site, 'doc/CAT/C/KAZ/CO/2/index.html'), 'utf8');
    const text = unescapeHtml(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
    const paragraphs = seedQuads.filter((q) => q.predicate.value === `${TB}number` && q.subject.value.startsWith(`${DOC}#para_`));
    expect(paragraphs).toHaveLength(37);
    for (const p of paragraphs) expect(html).toContain(`id="${p.subject.value.slice(DOC.length + 1)}"`);
    // Every text of an item, and of a part or paragraph without items or parts, is on the page as written.
    // (A paragraph with parts is shown as its parts: its own text is theirs joined.)
    const withItems = new Set(seedQuads.filter((q) => q.predicate.value === `${TB}hasItem` || q.predicate.value === `${TB}hasPart`).map((q) => q.subject.value));
    for (const q of seedQuads.filter((q) => q.predicate.value === `${TB}text`)) {
      if (!withItems.has(q.subject.value)) expect(text).toContain(q.object.value.replace(/\s+/g, ' '));
    }
    expect(html).toMatch(/class="part concern" id="para_7__concern"/);
    expect(html).toMatch(/class="part recommendation" id="para_7__rec"/);
    expect(html).toContain('href="../../../../../../treaty/CAT/art_2/index.html"');
    expect(html).toContain('href="../../../../../../law/KAZ/criminal-code/art_347-1__part_1/index.html"');
    expect(html).toContain('href="../../../../../../doc/A/56/44/index.html#para_129__item_e"');
    expect(html).toMatch(/<link rel="alternate" type="text\/turtle" href="index.ttl"/);
    expect(html).toMatch(/<link rel="alternate" type="application\/ld\+json" href="index.jsonld"/);
    expect(html).toMatch(/<link rel="alternate" type="application\/n-triples" href="index.nt"/);
    expect(html).toContain('<span class="followup">follow-up within 1 year</span>');
  });

  it('every relative link of every page leads to a file of the site, and every fragment to an element', () => {
    const pages = files(site).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string): Set<string> => {
      let set = ids.get(file);
      if (!set) ids.set(file, (set = new Set([...readFileSync(file, 'utf8').matchAll(/ id="([^"]+)"/g)].map((m) => unescapeHtml(m[1]!)))));
      return set;
    };
    let checked = 0;
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const m of html.matchAll(/ href="([^"]+)"/g)) {
        const href = unescapeHtml(m[1]!);
        if (/^[a-z]+:/.test(href)) continue;
        const [path, fragment] = href.split('#') as [string, string | undefined];
        const target = path === '' ? page : resolve(dirname(page), decodeURIComponent(path));
        expect(relative(site, target).startsWith('..'), `${relative(site, page)} links out of the site: ${href}`).toBe(false);
        expect(existsSync(target), `${relative(site, page)} -> ${href}`).toBe(true);
        if (fragment && target.endsWith('.html')) expect(idsOf(target).has(decodeURIComponent(fragment)), `${relative(site, page)} -> ${href}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('pages of States, articles and provisions list what cites them', () => {
    const state = readFileSync(join(site, 'state/KAZ/index.html'), 'utf8');
    expect(state).toContain('Concluding observations on this State');
    expect(state).toContain('href="../../doc/CAT/C/KAZ/CO/2/index.html"');
    const article = readFileSync(join(site, 'treaty/CAT/art_2/index.html'), 'utf8');
    expect(article).toContain('Paragraphs that address this article');
    expect(article).toContain('href="../../../doc/CAT/C/KAZ/CO/2/index.html#para_7"');
    const provision = readFileSync(join(site, 'law/KAZ/criminal-code/art_347-1__part_1/index.html'), 'utf8');
    expect(provision).toContain('Parts that cite this provision');
    expect(provision).toContain('index.html#para_17__rec"');
    const provisionTurtle = new Parser({ format: 'text/turtle' }).parse(readFileSync(join(site, 'law/KAZ/criminal-code/art_347-1__part_1/index.ttl'), 'utf8'));
    expect(provisionTurtle.some((q) => q.subject.value === `${DOC}#para_17__rec` && q.predicate.value === `${TB}citesLaw`)).toBe(true);
  });

  it('the dumps hold every quad of every named graph', async () => {
    const nquads = new Parser({ format: 'application/n-quads' }).parse(gunzipSync(readFileSync(join(site, 'dumps/tbkg.nq.gz'))).toString('utf8'));
    const trig = new Parser({ format: 'application/trig' }).parse(readFileSync(join(site, 'dumps/tbkg.trig'), 'utf8'));
    expect(nquads.every((q) => q.graph.value === DOC)).toBe(true);
    expect(await isomorphic(nquads as never[], seedQuads as never[])).toBe(true);
    expect(await isomorphic(trig as never[], seedQuads as never[])).toBe(true);
  });

  it('VoID and DCAT describe the dataset: licence, dumps with sizes, examples, counts', () => {
    const voidQuads = new Parser({ format: 'text/turtle', baseIRI: 'https://w3id.org/tbkg/.well-known/void' }).parse(readFileSync(join(site, '.well-known/void'), 'utf8'));
    const value = (p: string) => voidQuads.filter((q) => q.predicate.value === p).map((q) => q.object.value);
    const VOID = 'http://rdfs.org/ns/void#';
    expect(value(`${VOID}triples`)).toEqual(['1853']);
    expect(value(`${VOID}documents`)).toEqual(['1']);
    expect(value(`${VOID}dataDump`)).toEqual(['https://w3id.org/tbkg/dumps/tbkg.nq.gz', 'https://w3id.org/tbkg/dumps/tbkg.trig']);
    expect(value('http://purl.org/dc/terms/license')[0]).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(value(`${VOID}exampleResource`)).toContain(DOC);
    expect(value(`${VOID}uriSpace`)).toEqual(['https://w3id.org/tbkg/']);
    const sizes = value('http://www.w3.org/ns/dcat#byteSize').map(Number).sort((a, b) => a - b);
    expect(sizes).toEqual([statSync(join(site, 'dumps/tbkg.nq.gz')).size, statSync(join(site, 'dumps/tbkg.trig')).size].sort((a, b) => a - b));
    expect(Number(value(`${VOID}distinctSubjects`)[0])).toBeGreaterThan(300);
    expect(value(`${VOID}vocabulary`)).toContain(TB);
  });

  it('the sitemap lists every page, and .htaccess answers resources with 303 by Accept', () => {
    const sitemap = readFileSync(join(site, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2/</loc>');
    expect(sitemap).toContain('<loc>https://w3id.org/tbkg/state/KAZ/</loc>');
    const pages = files(site).filter((f) => f.endsWith('/index.html')).length;
    expect(sitemap.match(/<loc>/g)).toHaveLength(pages);
    const htaccess = readFileSync(join(site, '.htaccess'), 'utf8');
    expect(htaccess).toMatch(/RewriteCond %\{HTTP_ACCEPT\} text\/turtle\nRewriteCond %\{REQUEST_URI\} \^\(\.\*\?\)\/\?\$\nRewriteRule \^ %1\/index\.ttl \[R=303,L\]/);
    expect(htaccess).toMatch(/index\.jsonld \[R=303,L\]/);
    expect(htaccess).toMatch(/index\.nt \[R=303,L\]/);
    expect(htaccess).toContain('AddType text/turtle .ttl');
  });

  it('writes w3id.org redirect rules for --site-url', () => {
    const out = join(scratchDir(), 'site');
    expect(tbkg(['publish', out, SEED, '--site-url', 'https://example.org/kg/', '-q']).status).toBe(0);
    const rules = readFileSync(join(out, 'w3id.htaccess'), 'utf8');
    expect(rules).toContain('RewriteRule ^((?:doc|state|body|treaty|law|instrument|ontology)(?:/.*?)?)/?$ https://example.org/kg/$1/index.ttl [R=303,L]');
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain('<loc>https://example.org/kg/doc/CAT/C/KAZ/CO/2/</loc>');
  });
});

describe('publishing, run after run', () => {
  it('gives the same bytes for the same input', () => {
    const a = join(scratchDir(), 'a');
    const b = join(scratchDir(), 'b');
    expect(tbkg(['publish', a, SEED, '-q']).status).toBe(0);
    expect(tbkg(['publish', b, SEED, '-q']).status).toBe(0);
    const hash = (dir: string) => files(dir).map((f) => `${relative(dir, f)} ${createHash('sha256').update(readFileSync(f)).digest('hex')}`);
    expect(hash(a)).toEqual(hash(b));
  });

  it('replaces an earlier site whole, and leaves it as it was when the new run fails', () => {
    const out = join(scratchDir(), 'site');
    expect(tbkg(['publish', out, SEED, '-q']).status).toBe(0);
    writeFileSync(join(out, 'stale.html'), 'old');
    expect(tbkg(['publish', out, SEED, '-q']).status).toBe(0);
    expect(existsSync(join(out, 'stale.html'))).toBe(false);
    writeFileSync(join(out, 'stale.html'), 'old');
    const bad = join(scratchDir(), 'empty.txt');
    writeFileSync(bad, '');
    const failed = tbkg(['publish', out, bad]);
    expect(failed.status).toBe(2);
    expect(readFileSync(join(out, 'stale.html'), 'utf8')).toBe('old');
    expect(readdirSync(dirname(out)).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('never replaces a folder that tbkg did not write', () => {
    const mine = join(scratchDir(), 'notes');
    mkdirSync(mine);
    writeFileSync(join(mine, 'thesis.md'), 'precious');
    const r = tbkg(['publish', mine, SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/did not write/);
    expect(readFileSync(join(mine, 'thesis.md'), 'utf8')).toBe('precious');
  });

  it('escapes text everywhere: in pages, attributes and the embedded JSON-LD', async () => {
    const dir = scratchDir();
    const evil = '</script><script>alert("x")</script> & <b onmouseover=\'1\'>';
    const graph = 'https://w3id.org/tbkg/doc/X/1';
    writeFileSync(
      join(dir, 'evil.nq'),
      [
        `<${graph}> <http://purl.org/dc/terms/title> ${JSON.stringify(evil)} <${graph}> .`,
        `<${graph}#para_1> <${TB}number> "1"^^<http://www.w3.org/2001/XMLSchema#integer> <${graph}> .`,
        `<${graph}#para_1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${TB}Paragraph> <${graph}> .`,
        `<${graph}#para_1> <http://purl.org/dc/terms/isPartOf> <${graph}> <${graph}> .`,
        `<${graph}#para_1> <${TB}text> ${JSON.stringify(evil)}@en <${graph}> .`,
        `<${graph}#para_1> <${TB}citesLaw> <https://w3id.org/tbkg/law/X/a%22b> <${graph}> .`,
        '',
      ].join('\n'),
    );
    const out = join(dir, 'site');
    const r = tbkg(['publish', out, join(dir, 'evil.nq')]);
    expect(r.stderr).toBe(r.status === 0 ? r.stderr : '');
    expect(r.status).toBe(0);
    const html = readFileSync(join(out, 'doc/X/1/index.html'), 'utf8');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b onmouseover');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b onmouseover=&#39;1&#39;&gt;');
    expect(html.match(/<script/g)).toHaveLength(1);
    const embedded = await parseJsonLd(embeddedJsonLd(html));
    expect(embedded.filter((q) => q.object.value === evil)).toHaveLength(2);
  });
});
