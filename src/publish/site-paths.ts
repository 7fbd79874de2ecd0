/**
 * Where each IRI lives in a published site. An IRI under the base is a
 * resource whose page is the folder of its path (fragments share the page
 * of their document): `{base}doc/CAT/C/KAZ/CO/2#para_7` is
 * `doc/CAT/C/KAZ/CO/2/index.html#para_7`. Links are relative, so the site
 * works from any root, a file:// URL included.
 */
import { NS } from '../rdf/vocab.js';

/** The ontology's IRI (`tb:` is its namespace with "#"), published under `ontology/` whatever the base. */
export const ONTOLOGY_IRI = NS.tb.replace(/#$/, '');
export const ONTOLOGY_PATH = 'ontology';

/** Top-level names the site itself uses; a resource path may not start with one. */
const RESERVED = new Set(['dumps', 'assets', 'index.html', 'sitemap.xml', '.well-known', '.htaccess', 'w3id.htaccess', 'sparql']);

export class SitePaths {
  constructor(readonly base: string) {}

  /** The page IRI of an IRI (fragment dropped), or undefined when the site has no page for it. */
  pageOf(iri: string): string | undefined {
    const hash = iri.indexOf('#');
    const page = hash < 0 ? iri : iri.slice(0, hash);
    if (page === ONTOLOGY_IRI) return page;
    if (!page.startsWith(this.base) || page.length === this.base.length) return undefined;
    return this.pathOf(page) === undefined ? undefined : page;
  }

  /** The folder of a page, as decoded path segments joined by "/": "doc/CAT/C/KAZ/CO/2". */
  pathOf(page: string): string | undefined {
    if (page === ONTOLOGY_IRI) return ONTOLOGY_PATH;
    if (!page.startsWith(this.base)) return undefined;
    const rest = page.slice(this.base.length);
    if (rest === '' || /[?#]/.test(rest)) return undefined;
    const segments: string[] = [];
    for (const raw of rest.split('/')) {
      let segment: string;
      try {
        segment = decodeURIComponent(raw);
      } catch {
        return undefined;
      }
      if (segment === '' || segment === '.' || segment === '..' || /[/\\\u0000-\u001f]/.test(segment) || segment.length > 200) return undefined;
      segments.push(segment);
    }
    if (RESERVED.has(segments[0]!)) return undefined;
    return segments.join('/');
  }
}

/** How many folders deep a site path is: "doc/CAT/C/KAZ/CO/2" is 6; the root is 0. */
export function depthOf(path: string): number {
  return path === '' ? 0 : path.split('/').length;
}

/** A link from a page at `fromPath` to `toPath` (a folder, or a file with "/" before its name), relative. */
export function relativeHref(fromPath: string, toPath: string, file = 'index.html', fragment?: string): string {
  const up = '../'.repeat(depthOf(fromPath));
  const target = toPath === '' ? file : `${toPath.split('/').map(encodeSegment).join('/')}/${file}`;
  return `${up}${target}${fragment ? `#${encodeURIComponent(fragment).replace(/%2F/gi, '/')}` : ''}`;
}

/** A file at the site root (or below it) from a page: `assets/style.css`. */
export function rootHref(fromPath: string, file: string): string {
  return `${'../'.repeat(depthOf(fromPath))}${file}`;
}

function encodeSegment(segment: string): string {
  return encodeURIComponent(segment);
}
