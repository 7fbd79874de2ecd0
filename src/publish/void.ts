/** The VoID and DCAT description of a published dataset, served at /.well-known/void (RFC 5785, VoID section 7). */
import { DataFactory, type Quad } from 'n3';
import { NS } from '../rdf/vocab.js';

const { namedNode, literal, quad } = DataFactory;

export interface DatasetFacts {
  base: string;
  license: string;
  triples: number;
  graphs: number;
  entities: number;
  distinctSubjects: number;
  distinctObjects: number;
  properties: number;
  classes: number;
  vocabularies: string[];
  examples: string[];
  dumps: { path: string; mediaType: string; bytes: number; compressed?: string }[];
  title: string;
  description: string;
}

export const VOID_PATH = '.well-known/void';

export function voidQuads(f: DatasetFacts): Quad[] {
  const doc = namedNode(`${f.base}${VOID_PATH}`);
  const dataset = namedNode(`${f.base}${VOID_PATH}#dataset`);
  const v = (local: string) => namedNode(`${NS.void}${local}`);
  const dc = (local: string) => namedNode(`${NS.dcterms}${local}`);
  const dcat = (local: string) => namedNode(`${NS.dcat}${local}`);
  const type = namedNode(`${NS.rdf}type`);
  const integer = (n: number) => literal(String(n), namedNode(`${NS.xsd}integer`));
  const out: Quad[] = [
    quad(doc, type, v('DatasetDescription')),
    quad(doc, dc('title'), literal(`Description of ${f.title}`, 'en')),
    quad(doc, namedNode('http://xmlns.com/foaf/0.1/primaryTopic'), dataset),
    quad(dataset, type, v('Dataset')),
    quad(dataset, type, dcat('Dataset')),
    quad(dataset, dc('title'), literal(f.title, 'en')),
    quad(dataset, dc('description'), literal(f.description, 'en')),
    quad(dataset, dc('license'), namedNode(f.license)),
    quad(dataset, dcat('landingPage'), namedNode(f.base)),
    quad(dataset, v('uriSpace'), literal(f.base)),
    quad(dataset, v('triples'), integer(f.triples)),
    quad(dataset, v('entities'), integer(f.entities)),
    quad(dataset, v('distinctSubjects'), integer(f.distinctSubjects)),
    quad(dataset, v('distinctObjects'), integer(f.distinctObjects)),
    quad(dataset, v('properties'), integer(f.properties)),
    quad(dataset, v('classes'), integer(f.classes)),
    quad(dataset, v('documents'), integer(f.graphs)),
    quad(dataset, v('rootResource'), namedNode(f.base)),
    ...['human rights', 'treaty bodies', 'concluding observations', 'United Nations'].map((k) => quad(dataset, dcat('keyword'), literal(k, 'en'))),
  ];
  for (const vocabulary of f.vocabularies) out.push(quad(dataset, v('vocabulary'), namedNode(vocabulary)));
  for (const example of f.examples) out.push(quad(dataset, v('exampleResource'), namedNode(example)));
  for (const dump of f.dumps) {
    const url = namedNode(`${f.base}${dump.path}`);
    const distribution = namedNode(`${f.base}${VOID_PATH}#${dump.path.replace(/[^A-Za-z0-9]+/g, '_')}`);
    out.push(
      quad(dataset, v('dataDump'), url),
      quad(dataset, dcat('distribution'), distribution),
      quad(distribution, type, dcat('Distribution')),
      quad(distribution, dcat('downloadURL'), url),
      quad(distribution, dcat('accessURL'), url),
      quad(distribution, dcat('mediaType'), namedNode(`https://www.iana.org/assignments/media-types/${dump.mediaType}`)),
      quad(distribution, dc('format'), literal(dump.mediaType)),
      quad(distribution, dcat('byteSize'), literal(String(dump.bytes), namedNode(`${NS.xsd}nonNegativeInteger`))),
      quad(distribution, dc('license'), namedNode(f.license)),
    );
    if (dump.compressed) out.push(quad(distribution, dcat('compressFormat'), namedNode(`https://www.iana.org/assignments/media-types/${dump.compressed}`)));
  }
  return out;
}
