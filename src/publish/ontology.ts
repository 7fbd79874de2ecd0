/** The ontology (ontology/tb.ttl) as a page: classes and properties with their labels, comments, domains and ranges. */
import { readFile } from 'node:fs/promises';
import { Parser, type Quad } from 'n3';
import { NS } from '../rdf/vocab.js';
import { compareCodePoints } from '../serialize/order.js';
import { Description } from './description.js';
import { esc } from './html.js';
import type { Renderer, Vocabulary } from './render.js';

export const ONTOLOGY_FILE = new URL('../../ontology/tb.ttl', import.meta.url);
export const CONTEXT_FILE = new URL('../../ontology/context.jsonld', import.meta.url);
export const SHAPES_FILE = new URL('../../ontology/shapes.ttl', import.meta.url);

export interface Ontology {
  turtle: string;
  quads: Quad[];
  vocabulary: Vocabulary;
}

export async function readOntology(): Promise<Ontology> {
  const turtle = await readFile(ONTOLOGY_FILE, 'utf8');
  // Parsed with the ontology's own IRI as base; N3's DataFactory quads in the default graph.
  const quads = new Parser({ format: 'text/turtle', baseIRI: NS.tb.replace(/#$/, '') }).parse(turtle);
  const labels = new Map<string, string>();
  for (const q of quads) {
    if (q.predicate.value === `${NS.rdfs}label` && q.object.termType === 'Literal' && !labels.has(q.subject.value)) labels.set(q.subject.value, q.object.value);
  }
  return { turtle, quads, vocabulary: { labels } };
}

const SECTIONS: [string, string][] = [
  [`${NS.owl}Class`, 'Classes'],
  [`${NS.owl}ObjectProperty`, 'Object properties'],
  [`${NS.owl}DatatypeProperty`, 'Datatype properties'],
  [`${NS.owl}AnnotationProperty`, 'Annotation properties'],
];

const SHOWN = [`${NS.rdfs}subClassOf`, `${NS.rdfs}subPropertyOf`, `${NS.rdfs}domain`, `${NS.rdfs}range`, `${NS.owl}equivalentClass`, `${NS.owl}inverseOf`, `${NS.skos}example`];

export function ontologyBody(ontology: Ontology, r: Renderer): { title: string; body: string } {
  const d = new Description(ontology.quads);
  const iri = NS.tb.replace(/#$/, '');
  const title = d.literal(iri, `${NS.dcterms}title`) ?? 'tbkg ontology';
  const out = [`<h1>${esc(title)}</h1>`, `<p class="iri">${esc(iri)} · namespace ${esc(NS.tb)}</p>`];
  const description = d.literal(iri, `${NS.dcterms}description`);
  if (description) out.push(`<p>${esc(description)}</p>`);
  out.push(r.propertyRows(d, iri, new Set([`${NS.rdf}type`, `${NS.dcterms}title`, `${NS.dcterms}description`])));
  out.push('<p>Also as <a href="index.ttl">Turtle</a> (the source), <a href="shapes.ttl">SHACL shapes</a> and the <a href="context.jsonld">JSON-LD context</a>.</p>');
  for (const [type, heading] of SECTIONS) {
    const terms = d.subjectsOfType(type).filter((t) => t.startsWith(NS.tb)).sort((a, b) => compareCodePoints(a.toLowerCase(), b.toLowerCase()) || compareCodePoints(a, b));
    if (terms.length === 0) continue;
    out.push(`<h2>${esc(heading)}</h2>`);
    for (const term of terms) {
      const local = term.slice(NS.tb.length);
      const label = d.literal(term, `${NS.rdfs}label`);
      const comment = d.literal(term, `${NS.rdfs}comment`);
      const rows = SHOWN.flatMap((p) => {
        const values = d.objects(term, p);
        return values.length ? [`<tr><th>${r.predicate(p)}</th><td>${values.map((v) => r.term(v)).join('<br>')}</td></tr>`] : [];
      });
      out.push(
        [
          `<section class="term" id="${esc(local)}">`,
          `<h3>tb:${esc(local)}${label ? ` <small>${esc(label)}</small>` : ''}</h3>`,
          comment ? `<p>${esc(comment)}</p>` : '',
          rows.length ? `<table class="props">\n${rows.join('\n')}\n</table>` : '',
          '</section>',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    }
  }
  return { title, body: out.filter(Boolean).join('\n') };
}
