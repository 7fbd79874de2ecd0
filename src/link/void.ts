/**
 * A VoID and DCAT description of a converted corpus: the dataset with its
 * triples and documents, one subset per treaty body and one per State (each
 * with its triples and documents), and the links the corpus holds within
 * itself (reiterations resolved to its own nodes, successive reviews) as
 * linksets. No timestamps: the same dump gives the same description.
 */
import { DataFactory, type Quad } from 'n3';
import { bodyByCode } from '../catalogue/bodies.js';
import { stateByIso3 } from '../catalogue/states.js';
import { NS } from '../rdf/vocab.js';
import type { CorpusStats } from './stats.js';

const { namedNode, literal, quad } = DataFactory;

export const VOID_PATH = '.well-known/void';

export interface VoidOptions {
  base: string;
  license?: string;
  /** URL of the dump the description is of, where it is published. */
  dumpUrl?: string;
  title?: string;
}

export function corpusVoid(stats: CorpusStats, options: VoidOptions): Quad[] {
  const { base } = options;
  const v = (local: string) => namedNode(`${NS.void}${local}`);
  const dc = (local: string) => namedNode(`${NS.dcterms}${local}`);
  const dcat = (local: string) => namedNode(`${NS.dcat}${local}`);
  const type = namedNode(`${NS.rdf}type`);
  const integer = (n: number) => literal(String(n), namedNode(`${NS.xsd}integer`));
  const doc = namedNode(`${base}${VOID_PATH}`);
  const dataset = namedNode(`${base}${VOID_PATH}#dataset`);
  const title = options.title ?? 'Concluding observations of the UN human-rights treaty bodies';
  const out: Quad[] = [
    quad(doc, type, v('DatasetDescription')),
    quad(doc, dc('title'), literal(`Description of ${title}`, 'en')),
    quad(doc, namedNode('http://xmlns.com/foaf/0.1/primaryTopic'), dataset),
    quad(dataset, type, v('Dataset')),
    quad(dataset, type, dcat('Dataset')),
    quad(dataset, dc('title'), literal(title, 'en')),
    quad(dataset, dc('description'), literal(
      `${stats.documents.length} documents of ${new Set(stats.documents.map((d) => d.body)).size} treaty bodies on ${new Set(stats.documents.map((d) => d.state)).size} States, one named graph per document.`, 'en')),
    quad(dataset, v('uriSpace'), literal(base)),
    quad(dataset, v('triples'), integer(stats.triples)),
    quad(dataset, v('documents'), integer(stats.documents.length)),
    ...['human rights', 'treaty bodies', 'concluding observations', 'United Nations'].map((k) => quad(dataset, dcat('keyword'), literal(k, 'en'))),
    ...[NS.tb, NS.eli, NS.dcterms, NS.skos, NS.oa, NS.cito].map((ns) => quad(dataset, v('vocabulary'), namedNode(ns))),
  ];
  if (options.license) out.push(quad(dataset, dc('license'), namedNode(options.license)));
  if (options.dumpUrl) {
    const dump = namedNode(options.dumpUrl);
    const distribution = namedNode(`${base}${VOID_PATH}#dump`);
    out.push(
      quad(dataset, v('dataDump'), dump),
      quad(dataset, dcat('distribution'), distribution),
      quad(distribution, type, dcat('Distribution')),
      quad(distribution, dcat('downloadURL'), dump),
      quad(distribution, dcat('mediaType'), namedNode('https://www.iana.org/assignments/media-types/application/n-quads')),
    );
  }
  const subset = (fragment: string, label: string, about: { predicate: string; object: string }, docs: CorpusStats['documents']) => {
    const node = namedNode(`${base}${VOID_PATH}#${fragment}`);
    out.push(
      quad(dataset, v('subset'), node),
      quad(node, type, v('Dataset')),
      quad(node, type, dcat('Dataset')),
      quad(node, dc('title'), literal(label, 'en')),
      quad(node, namedNode(about.predicate), namedNode(about.object)),
      quad(node, v('triples'), integer(docs.reduce((n, d) => n + d.triples, 0))),
      quad(node, v('documents'), integer(docs.length)),
    );
  };
  for (const [code, docs] of groupBy(stats.documents, (d) => d.body)) {
    const name = bodyByCode(code)?.name ?? code;
    subset(`body-${code}`, `Concluding observations of the ${name}`, { predicate: `${NS.dcterms}subject`, object: `${base}body/${code}` }, docs);
  }
  for (const [iso3, docs] of groupBy(stats.documents, (d) => d.state)) {
    const name = stateByIso3(iso3)?.name ?? iso3;
    subset(`state-${iso3}`, `Concluding observations on ${name}`, { predicate: `${NS.dcterms}spatial`, object: `${base}state/${iso3}` }, docs);
  }
  const linkset = (fragment: string, predicate: string, triples: number, label: string) => {
    const node = namedNode(`${base}${VOID_PATH}#${fragment}`);
    out.push(
      quad(dataset, v('subset'), node),
      quad(node, type, v('Linkset')),
      quad(node, dc('title'), literal(label, 'en')),
      quad(node, v('linkPredicate'), namedNode(predicate)),
      quad(node, v('subjectsTarget'), dataset),
      quad(node, v('objectsTarget'), dataset),
      quad(node, v('triples'), integer(triples)),
    );
  };
  linkset('links-reiterates', `${NS.tb}reiterates`, stats.reiterations.resolved, 'Reiterations of paragraphs and items of documents of the corpus');
  linkset('links-previous-review', `${NS.tb}previousReview`, stats.documents.filter((d) => d.previous).length, 'Successive reviews of one State by one treaty body');
  return out;
}

function groupBy<T>(items: T[], key: (item: T) => string | undefined): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
