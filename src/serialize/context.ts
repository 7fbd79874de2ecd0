import { sortByCodePoint } from './order.js';
import { DEFAULT_BASE, projectPrefixes } from './prefixes.js';

export interface ExpandedTermDefinition {
  readonly '@id'?: string;
  readonly '@type'?: string;
  readonly '@language'?: string | null;
}

export type TermDefinition = string | ExpandedTermDefinition | null;

/** The inside of "@context": prefixes and terms. */
export type JsonLdContext = Readonly<Record<string, TermDefinition>>;

/** A context file: `{"@context": {...}}`. */
export interface JsonLdContextDocument {
  readonly '@context': JsonLdContext;
}

const TB_OBJECT_PROPERTIES = [
  'treatyBody',
  'stateParty',
  'session',
  'considersReport',
  'considersReplies',
  'consideredAtMeeting',
  'adoptedAtMeeting',
  'section',
  'heading',
  'hasPart',
  'hasItem',
  'addressesArticle',
  'mentionsArticle',
  'citesLaw',
  'citesDocument',
  'reiterates',
  'mentionsInstrument',
  'followUpOn',
  'requestedIn',
  'anchor',
  'summaryRecord',
  'monitors',
];

const TB_DATATYPE_PROPERTIES: Readonly<Record<string, Omit<ExpandedTermDefinition, '@id'>>> = {
  number: { '@type': 'xsd:integer' },
  ordinal: { '@type': 'xsd:integer' },
  text: { '@language': 'en' },
  label: {},
  adoptedOn: { '@type': 'xsd:date' },
  nextReportDue: { '@type': 'xsd:date' },
  startDate: { '@type': 'xsd:date' },
  endDate: { '@type': 'xsd:date' },
  // An xsd:duration ("P1Y") or an xsd:date, so no coercion.
  deadline: {},
  iso3166Alpha3: {},
  venue: {},
};

// Terms named by their compact IRI: they keep the reader's familiar prefixed
// key and only add the coercion. Properties of plain strings
// (dcterms:identifier, skos:notation, skos:prefLabel, rdfs:label,
// eli:number, eli:title, oa:exact) need no definition: the prefix does it.
const COERCED_COMPACT_IRIS: Readonly<Record<string, ExpandedTermDefinition>> = {
  'dcterms:isPartOf': { '@type': '@id' },
  'eli:is_part_of': { '@type': '@id' },
  'eli:jurisdiction': { '@type': '@id' },
  'oa:end': { '@type': 'xsd:nonNegativeInteger' },
  'oa:start': { '@type': 'xsd:nonNegativeInteger' },
  'owl:sameAs': { '@type': '@id' },
  'rdfs:seeAlso': { '@type': '@id' },
};

/** The project context: every project prefix (data prefixes from `base`) and the tb: terms. */
export function projectContext(base: string = DEFAULT_BASE): JsonLdContextDocument {
  const context: Record<string, TermDefinition> = {};
  const prefixes = projectPrefixes(base);
  for (const name of sortByCodePoint(Object.keys(prefixes))) context[name] = prefixes[name];

  const terms: Record<string, ExpandedTermDefinition> = {};
  for (const name of TB_OBJECT_PROPERTIES) terms[name] = { '@id': `tb:${name}`, '@type': '@id' };
  for (const [name, definition] of Object.entries(TB_DATATYPE_PROPERTIES)) {
    terms[name] = { '@id': `tb:${name}`, ...definition };
  }
  for (const name of sortByCodePoint(Object.keys(terms))) context[name] = terms[name];
  for (const name of sortByCodePoint(Object.keys(COERCED_COMPACT_IRIS))) context[name] = COERCED_COMPACT_IRIS[name];
  return { '@context': context };
}
