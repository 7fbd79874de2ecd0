// A hand-made slice of the graph of CAT/C/KAZ/CO/2, with the literals and
// IRIs that trip serializers up.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';

const { namedNode, literal, blankNode, quad, defaultGraph } = DataFactory;

const BASE = 'https://w3id.org/tbkg/';
const TB = 'https://w3id.org/tbkg/ontology#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const DCTERMS = 'http://purl.org/dc/terms/';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const ELI = 'http://data.europa.eu/eli/ontology#';
const OA = 'http://www.w3.org/ns/oa#';
const PROV = 'http://www.w3.org/ns/prov#';

export const DOCUMENT_IRI = `${BASE}doc/CAT/C/KAZ/CO/2`;
const doc = (fragment = '') => namedNode(`${DOCUMENT_IRI}${fragment}`);
const tb = (local: string) => namedNode(`${TB}${local}`);
const xsd = (local: string) => namedNode(`${XSD}${local}`);
const type = namedNode(RDF_TYPE);

type Statement = [RDF.Quad_Subject, RDF.NamedNode, RDF.Quad_Object];

function inGraph(graph: RDF.Quad_Graph, statements: Statement[]): RDF.Quad[] {
  return statements.map(([s, p, o]) => quad(s, p, o, graph));
}

export const PARAGRAPH_TEXT =
  'The Committee is concerned that the definition of torture in article 347-1 of the Criminal Code ' +
  '“does not fully comply” with article 1 of the Convention (arts. 1 and 4).';

export const TRICKY_TEXT =
  'The State party should:\n\t(a) amend the "Criminal Code", paragraph 2\\3;\r\n' +
  '\t(b) report on “progress” — in full 𝔸 — \u0001 before 2010.';

/** The document graph: about fifty quads in the named graph of the document. */
export function sampleQuads(): RDF.Quad[] {
  const graph = doc();
  const kaz = namedNode(`${BASE}state/KAZ`);
  const session = namedNode(`${BASE}body/CAT/session/41`);
  const para7 = doc('#para_7');
  const rec = doc('#para_7__rec');
  const concern = doc('#para_7__concern');
  const itemA = doc('#para_7__rec__item_a');
  const anchor = doc('#para_7__rec__item_a__anchor');
  const lawPart = namedNode(`${BASE}law/KAZ/criminal-code/art_347-1__part_1`);
  const lawArticle = namedNode(`${BASE}law/KAZ/criminal-code/art_347-1`);
  const article1 = namedNode(`${BASE}treaty/CAT/art_1`);
  const heading = namedNode(`${BASE}body/CAT/heading/definition-of-torture`);
  const followUp = doc('#followup');
  const activity = blankNode('extraction run');
  const agent = blankNode('b0');
  return inGraph(graph, [
    [doc(), type, tb('ConcludingObservations')],
    [doc(), namedNode(`${DCTERMS}identifier`), literal('CAT/C/KAZ/CO/2')],
    [doc(), namedNode('http://www.w3.org/2000/01/rdf-schema#seeAlso'), namedNode('https://undocs.org/CAT/C/KAZ/CO/2')],
    [doc(), tb('treatyBody'), namedNode(`${BASE}body/CAT`)],
    [doc(), tb('stateParty'), kaz],
    [doc(), tb('session'), session],
    [doc(), tb('considersReport'), namedNode(`${BASE}doc/CAT/C/KAZ/2`)],
    [doc(), tb('adoptedOn'), literal('2008-11-21', xsd('date'))],
    [doc(), tb('nextReportDue'), literal('2012-11-21', xsd('date'))],
    [doc(), namedNode(`${PROV}wasGeneratedBy`), activity],
    [activity, type, namedNode(`${PROV}Activity`)],
    [activity, namedNode(`${PROV}wasAssociatedWith`), agent],
    [agent, namedNode('http://www.w3.org/2000/01/rdf-schema#label'), literal('tbkg 0.1.0')],
    [kaz, type, tb('StateParty')],
    [kaz, tb('iso3166Alpha3'), literal('KAZ')],
    [kaz, namedNode('http://www.w3.org/2002/07/owl#sameAs'), namedNode('http://www.wikidata.org/entity/Q232')],
    [session, type, tb('Session')],
    [session, tb('ordinal'), literal('41', xsd('integer'))],
    [session, tb('startDate'), literal('2008-11-03', xsd('date'))],
    [session, tb('endDate'), literal('2008-11-21', xsd('date'))],
    [para7, type, tb('Paragraph')],
    [para7, tb('number'), literal('7', xsd('integer'))],
    [para7, namedNode(`${DCTERMS}isPartOf`), doc()],
    [para7, tb('section'), doc('#section_C')],
    [para7, tb('heading'), heading],
    [para7, tb('text'), literal(PARAGRAPH_TEXT, 'en')],
    [para7, tb('hasPart'), concern],
    [para7, tb('hasPart'), rec],
    [para7, tb('addressesArticle'), article1],
    [para7, tb('addressesArticle'), namedNode(`${BASE}treaty/CAT/art_4`)],
    [doc('#section_C'), namedNode(`${SKOS}notation`), literal('C')],
    [doc('#section_C'), namedNode(`${SKOS}prefLabel`), literal('Principal subjects of concern and recommendations')],
    [heading, type, namedNode(`${SKOS}Concept`)],
    [heading, namedNode(`${SKOS}prefLabel`), literal('Definition of torture', 'en')],
    [concern, type, tb('Concern')],
    [concern, tb('text'), literal('Concern in plain text, without a language tag')],
    [concern, tb('text'), literal('Préoccupation', 'fr')],
    [rec, type, tb('Recommendation')],
    [rec, tb('text'), literal(TRICKY_TEXT, 'en')],
    [rec, tb('hasItem'), itemA],
    [rec, tb('citesLaw'), lawPart],
    [rec, tb('reiterates'), namedNode(`${BASE}doc/A/56/44#para_129__item_e`)],
    [rec, tb('mentionsInstrument'), namedNode(`${BASE}instrument/opcat`)],
    [itemA, tb('label'), literal('a')],
    [itemA, tb('text'), literal('amend the "Criminal Code"', 'en')],
    [itemA, tb('anchor'), anchor],
    [anchor, type, namedNode(`${OA}TextPositionSelector`)],
    [anchor, type, namedNode(`${OA}TextQuoteSelector`)],
    [anchor, namedNode(`${OA}start`), literal('1234', xsd('nonNegativeInteger'))],
    [anchor, namedNode(`${OA}end`), literal('1259', xsd('nonNegativeInteger'))],
    [anchor, namedNode(`${OA}exact`), literal('amend the “Criminal Code” 𝔸')],
    [lawPart, type, namedNode(`${ELI}LegalResourceSubdivision`)],
    [lawPart, namedNode(`${ELI}number`), literal('1')],
    [lawPart, namedNode(`${ELI}is_part_of`), lawArticle],
    [lawArticle, namedNode(`${ELI}number`), literal('347-1')],
    [lawArticle, namedNode(`${ELI}title`), literal('Пытки', 'ru')],
    [lawArticle, namedNode(`${ELI}jurisdiction`), kaz],
    [article1, namedNode(`${ELI}number`), literal('1')],
    [followUp, type, tb('FollowUpRequest')],
    [followUp, tb('followUpOn'), para7],
    [followUp, tb('deadline'), literal('P1Y', xsd('duration'))],
    // A value that does not fit its JSON-LD term (tb:number is xsd:integer).
    [concern, tb('number'), literal('7.0', xsd('decimal'))],
    // Numbers that can and cannot be bare in Turtle.
    [anchor, tb('score'), literal('0.25', xsd('decimal'))],
    [anchor, tb('score'), literal('1.0', xsd('decimal'))],
    [anchor, tb('score'), literal('-3', xsd('integer'))],
    [anchor, tb('score'), literal('007', xsd('integer'))],
    [anchor, tb('score'), literal('12345678901234567890', xsd('integer'))],
    [anchor, tb('verified'), literal('true', xsd('boolean'))],
  ]);
}

/** Two document graphs and default-graph triples, as a corpus dump has. */
export function sampleDataset(): RDF.Quad[] {
  const other = namedNode(`${BASE}doc/A/56/44`);
  const dataset = namedNode(`${BASE}dataset`);
  return [
    ...sampleQuads(),
    ...inGraph(other, [
      [namedNode(`${BASE}doc/A/56/44#para_129__item_e`), tb('label'), literal('e')],
      [namedNode(`${BASE}doc/A/56/44#para_129__item_e`), tb('text'), literal('to ensure that…', 'en')],
      // The same triple as in the other graph: kept once per graph.
      [namedNode(`${BASE}state/KAZ`), tb('iso3166Alpha3'), literal('KAZ')],
    ]),
    ...inGraph(defaultGraph(), [
      [dataset, type, namedNode('http://rdfs.org/ns/void#Dataset')],
      [dataset, namedNode('http://rdfs.org/ns/void#triples'), literal('75', xsd('integer'))],
    ]),
  ];
}

/** A deterministic shuffle (a seeded linear congruential generator). */
export function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const result = [...items];
  let state = seed;
  for (let i = result.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
