import { readFile } from 'node:fs/promises';
import type { BlankNode, DatasetCore, DefaultGraph, Quad, Term } from '@rdfjs/types';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
// The validator's own factory: it does not work with N3's terms (PITFALLS.md).
import shaclEnvironment from 'rdf-validate-shacl/src/defaultEnv.js';
import { compareResults } from './report.js';
import type { Severity, ValidationReport, ValidationResult } from './report.js';

export { formatReport } from './report.js';
export type { Severity, ValidationReport, ValidationResult } from './report.js';

/** Two levels under the project root both from src/validate and from dist/validate. */
export const SHAPES_FILE = new URL('../../ontology/shapes.ttl', import.meta.url);

const SH = 'http://www.w3.org/ns/shacl#';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

type LibraryReport = Awaited<ReturnType<SHACLValidator['validate']>>;
type LibraryResult = LibraryReport['results'][number];

/** The part of the validator's environment used here (its declared type resolves to any). */
interface TermFactory {
  dataset(quads?: Quad[]): DatasetCore;
  quad(subject: Term, predicate: Term, object: Term, graph: Term): Quad;
  fromTerm<T extends Term>(term: T): T;
  blankNode(label: string): BlankNode;
  defaultGraph(): DefaultGraph;
}
const factory: TermFactory = shaclEnvironment;

let cachedValidator: Promise<SHACLValidator> | undefined;

async function loadValidator(): Promise<SHACLValidator> {
  const turtle = await readFile(SHAPES_FILE, 'utf8');
  const shapes = new Parser({ baseIRI: SHAPES_FILE.href }).parse(turtle);
  return new SHACLValidator(factory.dataset(relabelBlankNodes(shapes)), { factory: shaclEnvironment });
}

/**
 * N3 labels blank nodes from a process-wide counter; labels by order of
 * appearance make the sourceShape of unnamed property shapes the same in every run.
 */
function relabelBlankNodes(quads: readonly Quad[]): Quad[] {
  const labels = new Map<string, BlankNode>();
  const relabel = (term: Term): Term => {
    if (term.termType !== 'BlankNode') return factory.fromTerm(term);
    let node = labels.get(term.value);
    if (!node) {
      node = factory.blankNode(`shape${labels.size + 1}`);
      labels.set(term.value, node);
    }
    return node;
  };
  return quads.map((quad) => copyQuad(quad, relabel));
}

/** Into the validator's factory and the default graph. */
function copyQuad(quad: Quad, copyTerm: (term: Term) => Term = (term) => factory.fromTerm(term)): Quad {
  return factory.quad(copyTerm(quad.subject), copyTerm(quad.predicate), copyTerm(quad.object), factory.defaultGraph());
}

function validator(): Promise<SHACLValidator> {
  cachedValidator ??= loadValidator().catch((error: unknown) => {
    cachedValidator = undefined;
    throw error;
  });
  return cachedValidator;
}

/**
 * Validates quads against ontology/shapes.ttl. Graph names are dropped: the
 * union of all graphs is validated, since a node of one document may be
 * typed in the graph of another.
 */
export async function validateQuads(quads: Iterable<Quad>): Promise<ValidationReport> {
  const shacl = await validator();
  const data = factory.dataset();
  for (const quad of quads) data.add(copyQuad(quad));
  const report = await shacl.validate(data);
  const results = report.results.map(toResult).sort(compareResults);
  return { conforms: report.conforms, results: withoutRepeats(results) };
}

/** Two constraints of one shape (datatype and minimum, say) fail together with the same message: say it once. */
function withoutRepeats(sorted: ValidationResult[]): ValidationResult[] {
  return sorted.filter((result, i) => i === 0 || compareResults(sorted[i - 1]!, result) !== 0);
}

function toResult(result: LibraryResult): ValidationResult {
  const converted: ValidationResult = {
    focusNode: nodeToString(result.focusNode),
    message: result.message.map((term) => term.value).join(' '),
    severity: severityName(result.severity),
  };
  const path = pathToString(result);
  if (path !== undefined) converted.path = path;
  if (result.value) converted.value = termToNTriples(result.value);
  if (result.sourceShape) converted.sourceShape = nodeToString(result.sourceShape);
  return converted;
}

function severityName(severity: Term | null): Severity {
  switch (severity?.value) {
    case `${SH}Warning`:
      return 'Warning';
    case `${SH}Info`:
      return 'Info';
    default:
      return 'Violation';
  }
}

/** A predicate path as its IRI, an inverse path as `^IRI`; longer paths are not used by the shapes. */
function pathToString(result: LibraryResult): string | undefined {
  const path = result.path;
  if (!path) return undefined;
  if (path.termType === 'NamedNode') return path.value;
  for (const quad of result.dataset.match(path, null, null)) {
    if (quad.predicate.value === `${SH}inversePath` && quad.object.termType === 'NamedNode') {
      return `^${quad.object.value}`;
    }
  }
  return undefined;
}

function nodeToString(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return term.value;
    case 'BlankNode':
      return `_:${term.value}`;
    default:
      return termToNTriples(term);
  }
}

function termToNTriples(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<${term.value}>`;
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const lexical = `"${escapeLiteral(term.value)}"`;
      if (term.language) return `${lexical}@${term.language}`;
      const datatype = term.datatype.value;
      return datatype === XSD_STRING || datatype === RDF_LANG_STRING ? lexical : `${lexical}^^<${datatype}>`;
    }
    default:
      return term.value;
  }
}

function escapeLiteral(value: string): string {
  return value.replace(/[\\"\n\r]/g, (char) =>
    char === '\n' ? '\\n' : char === '\r' ? '\\r' : `\\${char}`,
  );
}
