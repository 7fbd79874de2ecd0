/** The outcome of validating a graph against ontology/shapes.ttl. */

export type Severity = 'Violation' | 'Warning' | 'Info';

export interface ValidationResult {
  /** The IRI of the offending node, or `_:label` for a blank node. */
  focusNode: string;
  /** The IRI of the property; `^IRI` for an inverse path. */
  path?: string;
  message: string;
  severity: Severity;
  /** The offending value in N-Triples syntax: `<iri>`, `"7"`, `"text"@en`, `"7"^^<datatype>`. */
  value?: string;
  /** The IRI of the shape that failed, or `_:label` for an unnamed property shape. */
  sourceShape?: string;
}

export interface ValidationReport {
  /** True when there is no result of any severity, as SHACL defines it. */
  conforms: boolean;
  /** Sorted by severity, focus node, path, message, value and shape. */
  results: ValidationResult[];
}

const SEVERITY_RANK: Record<Severity, number> = { Violation: 0, Warning: 1, Info: 2 };

/** Code-unit order, not localeCompare: the same report sorts the same on every machine. */
function compareStrings(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

export function compareResults(a: ValidationResult, b: ValidationResult): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareStrings(a.focusNode, b.focusNode) ||
    compareStrings(a.path, b.path) ||
    compareStrings(a.message, b.message) ||
    compareStrings(a.value, b.value) ||
    compareStrings(a.sourceShape, b.sourceShape)
  );
}

/** Vocabularies of the shapes, for short paths and datatypes in the text report. */
const PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['tb', 'https://w3id.org/tbkg/ontology#'],
  ['eli', 'http://data.europa.eu/eli/ontology#'],
  ['dcterms', 'http://purl.org/dc/terms/'],
  ['skos', 'http://www.w3.org/2004/02/skos/core#'],
  ['oa', 'http://www.w3.org/ns/oa#'],
  ['prov', 'http://www.w3.org/ns/prov#'],
  ['cito', 'http://purl.org/spar/cito/'],
  ['owl', 'http://www.w3.org/2002/07/owl#'],
  ['rdfs', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['rdf', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  ['xsd', 'http://www.w3.org/2001/XMLSchema#'],
];

function compactIri(iri: string): string {
  for (const [prefix, namespace] of PREFIXES) {
    if (iri.startsWith(namespace) && /^[A-Za-z_][\w-]*$/.test(iri.slice(namespace.length))) {
      return `${prefix}:${iri.slice(namespace.length)}`;
    }
  }
  return iri;
}

function formatPath(path: string): string {
  return path.startsWith('^') ? `^${compactIri(path.slice(1))}` : compactIri(path);
}

/** Shortens vocabulary IRIs inside an N-Triples term; data IRIs stay whole. */
function formatValue(value: string): string {
  return value.replace(/<([^<>]*)>/g, (whole, iri: string) => {
    const compact = compactIri(iri);
    return compact === iri ? whole : compact;
  });
}

function formatFocusNode(node: string): string {
  return node.startsWith('_:') ? node : `<${node}>`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function summary(results: readonly ValidationResult[]): string {
  if (results.length === 0) return 'conforms';
  const count = (severity: Severity) => results.filter((r) => r.severity === severity).length;
  const parts = [
    plural(count('Violation'), 'violation'),
    plural(count('Warning'), 'warning'),
    `${count('Info')} info`,
  ];
  return parts.filter((part) => !part.startsWith('0 ')).join(', ');
}

/**
 * One line per result (severity, focus node, path, message, value), sorted,
 * then a summary line: "conforms" or "N violations". No final newline.
 */
export function formatReport(report: ValidationReport): string {
  const lines = [...report.results].sort(compareResults).map((result) => {
    const path = result.path === undefined ? '' : ` ${formatPath(result.path)}`;
    const focus = formatFocusNode(result.focusNode);
    // A node-level constraint reports the focus node itself as the value: no need to say it twice.
    const value =
      result.value === undefined || result.value === focus ? '' : ` (value ${formatValue(result.value)})`;
    return `${result.severity} ${focus}${path}: ${result.message}${value}`;
  });
  lines.push(summary(report.results));
  return lines.join('\n');
}
