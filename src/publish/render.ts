/** Terms as HTML on one page: links relative to that page, labels from the data. */
import type { Term } from 'n3';
import { NS } from '../rdf/vocab.js';
import { projectPrefixes } from '../serialize/index.js';
import { compareCodePoints } from '../serialize/order.js';
import type { Description, Labels } from './description.js';
import { esc } from './html.js';
import { ONTOLOGY_IRI, relativeHref, type SitePaths } from './site-paths.js';

export interface Vocabulary {
  /** rdfs:label of the ontology's terms (and of the reused ones it declares). */
  labels: Map<string, string>;
}

export class Renderer {
  private readonly prefixes: [string, string][];

  constructor(
    readonly paths: SitePaths,
    readonly labels: Labels,
    readonly vocabulary: Vocabulary,
    /** Site path of the page being written. */
    readonly from: string,
    /** The pages the site has: an IRI under the base without one is shown, not linked. */
    readonly pages: ReadonlySet<string>,
  ) {
    this.prefixes = Object.entries(projectPrefixes(paths.base)).sort((a, b) => b[1].length - a[1].length || compareCodePoints(a[0], b[0]));
  }

  /** The href of an IRI: relative when the site has its page, the IRI itself when it is on the web, none otherwise. */
  href(iri: string): string | undefined {
    const page = this.paths.pageOf(iri);
    if (page !== undefined && this.pages.has(page)) {
      const hash = iri.indexOf('#');
      return relativeHref(this.from, this.paths.pathOf(page)!, 'index.html', hash >= 0 ? iri.slice(hash + 1) : undefined);
    }
    if (page !== undefined) return undefined;
    return /^https?:\/\//.test(iri) ? iri : undefined;
  }

  label(iri: string): string {
    const own = this.labels.get(iri) ?? this.vocabulary.labels.get(iri);
    if (own !== undefined) return own;
    if (iri.startsWith(NS.tb)) return this.compact(iri);
    return this.labels.of(iri, this.paths.base);
  }

  link(iri: string, text: string = this.label(iri)): string {
    const href = this.href(iri);
    if (href === undefined) return `<span class="iri">${esc(text)}</span>`;
    const external = /^https?:\/\//.test(href);
    return `<a href="${esc(href)}"${external ? ' rel="external"' : ''}>${esc(text)}</a>`;
  }

  term(term: Term): string {
    if (term.termType === 'NamedNode') return this.link(term.value);
    if (term.termType === 'BlankNode') return `<span class="iri">_:${esc(term.value)}</span>`;
    if (term.termType === 'Literal') {
      const language = (term as { language: string }).language;
      const datatype = (term as { datatype: { value: string } }).datatype.value;
      const text = esc(term.value);
      if (language) return `<span lang="${esc(language)}">${text}</span>`;
      if (datatype === `${NS.xsd}string`) return text;
      return `${text} <small class="datatype">(${esc(this.compact(datatype))})</small>`;
    }
    return esc(term.value);
  }

  /** "tb:citesLaw" for an IRI in a known namespace, else the IRI. */
  compact(iri: string): string {
    for (const [name, namespace] of this.prefixes) {
      if (iri.startsWith(namespace) && iri.length > namespace.length) return `${name}:${iri.slice(namespace.length)}`;
    }
    return iri;
  }

  /** A property: its label from the ontology where it has one, linked to its definition. */
  predicate(iri: string): string {
    const label = this.vocabulary.labels.get(iri);
    const text = label ?? this.compact(iri);
    const href = iri.startsWith(NS.tb) ? relativeHref(this.from, 'ontology', 'index.html', iri.slice(NS.tb.length)) : iri;
    return `<a href="${esc(href)}" title="${esc(this.compact(iri))}">${esc(text)}</a>`;
  }

  typeLabel(iri: string): string {
    return this.vocabulary.labels.get(iri) ?? this.compact(iri);
  }

  /** Every property of a subject as table rows; `skip` predicates are left out. */
  propertyRows(description: Description, subject: string, skip: ReadonlySet<string> = new Set()): string {
    const predicates = description.out.get(subject);
    if (!predicates) return '';
    const rows: string[] = [];
    for (const predicate of [...predicates.keys()].sort(compareCodePoints)) {
      if (skip.has(predicate)) continue;
      const values = predicates.get(predicate)!.map((t) => this.term(t));
      rows.push(`<tr><th>${this.predicate(predicate)}</th><td>${values.join('<br>')}</td></tr>`);
    }
    return rows.length ? `<table class="props">\n${rows.join('\n')}\n</table>` : '';
  }
}

export const ONTOLOGY_PAGE_IRI = ONTOLOGY_IRI;
