/** Namespaces and the terms the mapping writes. */
import { DataFactory, type NamedNode } from 'n3';

const ns = (base: string) => (local: string): NamedNode => DataFactory.namedNode(base + local);

export const NS = {
  tb: 'https://w3id.org/tbkg/ontology#',
  eli: 'http://data.europa.eu/eli/ontology#',
  dcterms: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  prov: 'http://www.w3.org/ns/prov#',
  oa: 'http://www.w3.org/ns/oa#',
  cito: 'http://purl.org/spar/cito/',
  void: 'http://rdfs.org/ns/void#',
  dcat: 'http://www.w3.org/ns/dcat#',
  owl: 'http://www.w3.org/2002/07/owl#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  wd: 'http://www.wikidata.org/entity/',
} as const;

export const tb = ns(NS.tb);
export const eli = ns(NS.eli);
export const dcterms = ns(NS.dcterms);
export const skos = ns(NS.skos);
export const oa = ns(NS.oa);
export const owl = ns(NS.owl);
export const rdf = ns(NS.rdf);
export const rdfs = ns(NS.rdfs);
export const xsd = ns(NS.xsd);
export const wd = ns(NS.wd);

export const DEFAULT_BASE = 'https://w3id.org/tbkg/';
