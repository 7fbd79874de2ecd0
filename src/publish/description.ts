/** Quads grouped for the pages: what each subject says, what points at each IRI, and a label for each. */
import type { Quad, Term } from 'n3';
import { NS } from '../rdf/vocab.js';
import { compareCodePoints } from '../serialize/order.js';

export const RDF_TYPE = `${NS.rdf}type`;

/** Predicates that name a thing, best first. */
const LABEL_PREDICATES = [`${NS.dcterms}identifier`, `${NS.rdfs}label`, `${NS.skos}prefLabel`, `${NS.dcterms}title`, `${NS.skos}notation`];

export class Description {
  readonly out = new Map<string, Map<string, Term[]>>();
  readonly incoming = new Map<string, { subject: string; predicate: string }[]>();

  constructor(quads: Iterable<Quad>) {
    for (const q of quads) {
      let predicates = this.out.get(q.subject.value);
      if (!predicates) this.out.set(q.subject.value, (predicates = new Map()));
      let objects = predicates.get(q.predicate.value);
      if (!objects) predicates.set(q.predicate.value, (objects = []));
      if (!objects.some((o) => o.equals(q.object))) objects.push(q.object);
      if (q.object.termType === 'NamedNode') {
        let list = this.incoming.get(q.object.value);
        if (!list) this.incoming.set(q.object.value, (list = []));
        list.push({ subject: q.subject.value, predicate: q.predicate.value });
      }
    }
    for (const predicates of this.out.values()) for (const objects of predicates.values()) objects.sort((a, b) => compareCodePoints(termKey(a), termKey(b)));
    for (const list of this.incoming.values()) list.sort((a, b) => naturalCompare(a.subject, b.subject) || compareCodePoints(a.predicate, b.predicate));
  }

  objects(subject: string, predicate: string): Term[] {
    return this.out.get(subject)?.get(predicate) ?? [];
  }

  first(subject: string, predicate: string): Term | undefined {
    return this.objects(subject, predicate)[0];
  }

  literal(subject: string, predicate: string): string | undefined {
    const term = this.objects(subject, predicate).find((t) => t.termType === 'Literal');
    return term?.value;
  }

  iris(subject: string, predicate: string): string[] {
    return this.objects(subject, predicate)
      .filter((t) => t.termType === 'NamedNode')
      .map((t) => t.value);
  }

  types(subject: string): string[] {
    return this.iris(subject, RDF_TYPE);
  }

  hasType(subject: string, type: string): boolean {
    return this.types(subject).includes(type);
  }

  subjectsOfType(type: string): string[] {
    return [...this.out.keys()].filter((s) => this.hasType(s, type)).sort(compareCodePoints);
  }
}

export function termKey(term: Term): string {
  if (term.termType === 'Literal') return `"${term.value}"@${(term as { language: string }).language}^^${(term as { datatype: { value: string } }).datatype.value}`;
  return `<${term.value}>`;
}

/** A label for every IRI that has one in any graph, chosen the same way whatever the order of reading. */
export class Labels {
  private readonly best = new Map<string, { rank: number; text: string }>();

  add(q: Quad): void {
    if (q.object.termType !== 'Literal') return;
    const rank = LABEL_PREDICATES.indexOf(q.predicate.value);
    if (rank < 0) return;
    const language = (q.object as { language: string }).language;
    const score = rank * 2 + (language === '' || language.toLowerCase().startsWith('en') ? 0 : 1);
    const current = this.best.get(q.subject.value);
    if (!current || score < current.rank || (score === current.rank && compareCodePoints(q.object.value, current.text) < 0)) {
      this.best.set(q.subject.value, { rank: score, text: q.object.value });
    }
  }

  get(iri: string): string | undefined {
    return this.best.get(iri)?.text;
  }

  /** A label for people: the data's own, else one read from the IRI (fragments of documents: "CAT/C/KAZ/CO/2, para. 7, recommendation"). */
  of(iri: string, base: string): string {
    const own = this.get(iri);
    if (own !== undefined) return own;
    const hash = iri.indexOf('#');
    if (hash >= 0) {
      const page = iri.slice(0, hash);
      const pageLabel = this.get(page) ?? pathLabel(page, base);
      return `${pageLabel}, ${fragmentLabel(iri.slice(hash + 1))}`;
    }
    return pathLabel(iri, base);
  }
}

function pathLabel(iri: string, base: string): string {
  if (iri.startsWith(`${base}doc/`)) return safeDecode(iri.slice(base.length + 4));
  if (iri.startsWith(base)) return safeDecode(iri.slice(base.length));
  if (iri.startsWith(NS.wd)) return `Wikidata ${iri.slice(NS.wd.length)}`;
  return iri;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const PART_WORDS: Record<string, string> = {
  concern: 'concern',
  rec: 'recommendation',
  positive: 'positive aspect',
  followup: 'follow-up request',
  next_report: 'next-report request',
  anchor: 'anchor',
};

/** "para_7__rec__item_a" is "para. 7, recommendation, item (a)". */
export function fragmentLabel(fragment: string): string {
  return fragment
    .split('__')
    .map((token) => {
      let m = /^para_(.+)$/.exec(token);
      if (m) return `para. ${safeDecode(m[1]!)}`;
      m = /^item_(.+)$/.exec(token);
      if (m) return `item (${safeDecode(m[1]!)})`;
      m = /^section_(.+)$/.exec(token);
      if (m) return `section ${safeDecode(m[1]!)}`;
      return PART_WORDS[token] ?? safeDecode(token);
    })
    .join(', ');
}

/** Code-point order, except that runs of digits compare as numbers: "para_7" before "para_10". */
export function naturalCompare(a: string, b: string): number {
  const x = a.match(/\d+|\D+/g) ?? [];
  const y = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    if (/^\d/.test(p) && /^\d/.test(q)) {
      const diff = Number(p) - Number(q);
      if (diff !== 0) return diff;
      return p.length - q.length;
    }
    return compareCodePoints(p, q);
  }
  return x.length - y.length || compareCodePoints(a, b);
}
