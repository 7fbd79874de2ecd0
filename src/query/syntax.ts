/**
 * The query is parsed here first, whatever engine answers it: a syntax
 * error is reported with the line, the column and the offending token
 * (which no engine reports as well), and the shape of the query (its form,
 * its projection, its prefixes, its SERVICE clauses) decides how it runs
 * and how its results are written.
 */
import { Parser } from 'sparqljs';
import { UsageError } from '../errors.js';
import { QueryFailure } from './errors.js';
import type { QueryText } from './query-text.js';

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

export interface QueryShape {
  form: QueryForm;
  /**
   * SELECT: the projection in its order; for SELECT *, the variables in
   * scope in the order they first appear (engines sort them by name, which
   * is nobody's reading order). Undefined for other forms.
   */
  variables?: string[];
  /** SELECT *: the engine names the columns; `variables` only orders them. */
  star: boolean;
  /** The PREFIX declarations of the query, name to namespace. */
  prefixes: Record<string, string>;
  /** The endpoints of SERVICE clauses ("?var" for a variable endpoint). */
  services: string[];
  /** The text the engines get: the query, with the predeclared prefixes it did not declare itself. */
  text: string;
  /**
   * Variables whose values are computed (SELECT expressions, aggregates,
   * BIND, VALUES, GROUP BY ... AS) rather than read from the data: only
   * values read from the data can be given back their written form.
   */
  computed: string[];
  /** CONSTRUCT: every literal of the output is a value read from the data (no constant or computed object). */
  literalsFromData: boolean;
}

export class QuerySyntaxError extends QueryFailure {
  constructor(message: string, origin: string, line?: number, column?: number) {
    super(message, origin, line, column);
    this.name = 'QuerySyntaxError';
  }
}

interface JisonHash {
  text?: string;
  token?: string;
  loc?: { first_line: number; first_column: number; last_line: number; last_column: number };
  expected?: string[];
}

/**
 * `predeclared` prefixes (the project's tb:, eli:, doc:, law: ...) may be
 * used without a PREFIX line; the query's own declarations win. They are
 * put before the query on its first line, so line numbers stay the user's.
 */
export function parseQuery(query: QueryText, predeclared: Record<string, string> = {}): QueryShape {
  let parsed;
  try {
    parsed = new Parser({ prefixes: predeclared }).parse(query.text);
  } catch (err) {
    throw syntaxError(err as Error & { hash?: JisonHash }, query);
  }
  if (parsed.type === 'update') {
    throw new UsageError('this is a SPARQL Update (INSERT, DELETE, LOAD...): tbkg query only asks questions of the graph');
  }
  const form = parsed.queryType;
  const select = parsed.queryType === 'SELECT' ? (parsed as unknown as PatternNode) : undefined;
  const variables = select ? projection(select) : undefined;
  const star = select?.variables?.some((v) => v.termType === 'Wildcard') ?? false;
  const prefixes = { ...(parsed.prefixes ?? {}) };
  const implicit = Object.entries(predeclared).filter(([name]) => !(name in prefixes));
  const text = implicit.map(([name, iri]) => `PREFIX ${name}: <${iri}> `).join('') + query.text;
  const computed = computedVariables(parsed);
  const template = (parsed as { template?: Array<{ object: { termType: string; value: string } }> }).template ?? [];
  const literalsFromData = template.every((t) => t.object.termType !== 'Literal' && !(t.object.termType === 'Variable' && computed.includes(t.object.value)));
  return { form, variables, star, prefixes, services: serviceEndpoints(parsed.where ?? []), text, computed, literalsFromData };
}

interface PatternNode {
  type?: string;
  queryType?: string;
  variables?: Array<{ termType?: string; value?: string; variable?: { value: string } }>;
  where?: PatternNode[];
  patterns?: PatternNode[];
  triples?: Array<Record<'subject' | 'predicate' | 'object', { termType?: string; value?: string }>>;
  values?: Array<Record<string, unknown>>;
  variable?: { value: string };
  name?: { termType: string; value: string };
}

function projection(select: PatternNode): string[] {
  const listed = select.variables ?? [];
  if (listed.some((v) => v.termType === 'Wildcard')) return inScope(select.where ?? []);
  return listed.map((v) => (v.termType === 'Variable' ? v.value! : v.variable!.value));
}

/** Variables in scope of a group, in order of first appearance (FILTER and MINUS bind none). */
function inScope(patterns: PatternNode[]): string[] {
  const seen = new Set<string>();
  const add = (name: string) => seen.add(name.replace(/^\?/, ''));
  const visit = (node: PatternNode): void => {
    switch (node.type) {
      case 'bgp':
        for (const triple of node.triples ?? []) {
          for (const position of ['subject', 'predicate', 'object'] as const) {
            if (triple[position]?.termType === 'Variable') add(triple[position].value!);
          }
        }
        break;
      case 'values':
        for (const row of node.values ?? []) for (const key of Object.keys(row)) add(key);
        break;
      case 'bind':
        add(node.variable!.value);
        break;
      case 'query':
        for (const name of projection(node)) add(name);
        break;
      case 'graph':
      case 'service':
        if (node.name?.termType === 'Variable') add(node.name.value);
        for (const child of node.patterns ?? []) visit(child);
        break;
      case 'filter':
      case 'minus':
        break;
      default:
        for (const child of node.patterns ?? []) visit(child);
    }
  };
  for (const node of patterns) visit(node);
  return [...seen];
}

/** Calls `visit` on every object of a sparqljs tree, depth first, in document order. */
function eachNode(tree: unknown, visit: (record: Record<string, unknown>) => void): void {
  if (Array.isArray(tree)) {
    for (const child of tree) eachNode(child, visit);
    return;
  }
  if (tree === null || typeof tree !== 'object') return;
  const record = tree as Record<string, unknown>;
  visit(record);
  for (const value of Object.values(record)) if (typeof value === 'object') eachNode(value, visit);
}

/** Targets of BIND, VALUES, SELECT and GROUP BY expressions, anywhere in the query. */
function computedVariables(query: unknown): string[] {
  const found = new Set<string>();
  eachNode(query, (record) => {
    if (record.type === 'bind') found.add((record.variable as { value: string }).value);
    if (record.type === 'values') for (const row of record.values as Array<Record<string, unknown>>) for (const key of Object.keys(row)) found.add(key.replace(/^\?/, ''));
    if (record.expression !== undefined && (record.variable as { termType?: string } | undefined)?.termType === 'Variable') {
      found.add((record.variable as { value: string }).value);
    }
  });
  return [...found];
}

/** Every SERVICE clause, wherever it is nested (OPTIONAL, UNION, sub-queries, FILTER EXISTS). */
function serviceEndpoints(where: unknown): string[] {
  const found = new Set<string>();
  eachNode(where, (record) => {
    if (record.type === 'service') {
      const name = record.name as { termType: string; value: string };
      found.add(name.termType === 'Variable' ? `?${name.value}` : name.value);
    }
  });
  return [...found];
}

/**
 * sparqljs (jison) reports the location of the last token it accepted; the
 * offending token is the next one, after blanks and comments. Line and
 * column are 1-based, as editors count.
 */
function syntaxError(err: Error & { hash?: JisonHash }, query: QueryText): QueryFailure {
  const lines = query.text.split(/\r\n|\r|\n/);
  const hash = err.hash;
  if (hash?.loc) {
    const afterAccepted = hash.loc.first_line === hash.loc.last_line && hash.loc.last_column === 0 && hash.loc.first_column === 0
      ? { line: 0, column: 0 }
      : { line: hash.loc.last_line - 1, column: hash.loc.last_column };
    const at = skipBlanksAndComments(lines, afterAccepted);
    const atEnd = at.line >= lines.length;
    const what = atEnd || hash.token === 'EOF' ? 'end of the query' : `"${offendingText(lines[at.line]!, at.column, hash)}"`;
    const expected = describeExpected(hash.expected ?? []);
    const position = atEnd ? { line: lines.length, column: lines[lines.length - 1]!.length + 1 } : { line: at.line + 1, column: at.column + 1 };
    const message = `syntax error: unexpected ${what}${expected ? `; expected ${expected}` : ''}${excerpt(lines, position)}`;
    return new QuerySyntaxError(message, query.origin, position.line, position.column);
  }
  const unknownPrefix = /^Unknown prefix: (.*)$/.exec(err.message);
  if (unknownPrefix) {
    const position = findPrefixedName(lines, unknownPrefix[1]!);
    const message = `unknown prefix "${unknownPrefix[1]}:": declare it with PREFIX ${unknownPrefix[1]}: <...>${position ? excerpt(lines, position) : ''}`;
    return new QuerySyntaxError(message, query.origin, position?.line, position?.column);
  }
  return new QuerySyntaxError(`invalid query: ${err.message}`, query.origin);
}

function skipBlanksAndComments(lines: string[], from: { line: number; column: number }): { line: number; column: number } {
  let { line, column } = from;
  while (line < lines.length) {
    const text = lines[line]!;
    while (column < text.length && /\s/.test(text[column]!)) column++;
    if (column < text.length && text[column] !== '#') return { line, column };
    line++;
    column = 0;
  }
  return { line, column };
}

function offendingText(lineText: string, column: number, hash: JisonHash): string {
  if (hash.token !== 'INVALID' && hash.text) return hash.text;
  const word = /^[^\s{}()[\]<>"',;.]+/.exec(lineText.slice(column))?.[0] ?? lineText[column] ?? '';
  return word.length > 30 ? `${word.slice(0, 30)}...` : word;
}

const TOKEN_NAMES: Record<string, string> = {
  IRIREF: 'an IRI',
  PNAME_LN: 'a prefixed name',
  PNAME_NS: 'a prefix',
  VAR: 'a variable',
  EOF: 'the end of the query',
};

/** The expected tokens when they are few enough to help; jison often lists dozens. */
function describeExpected(expected: string[]): string {
  if (expected.length === 0 || expected.length > 8) return '';
  const names = expected.map((e) => e.replace(/^'|'$/g, '')).map((e) => TOKEN_NAMES[e] ?? `"${e}"`);
  return names.length === 1 ? names[0]! : `one of ${names.join(', ')}`;
}

function findPrefixedName(lines: string[], prefix: string): { line: number; column: number } | undefined {
  const pattern = new RegExp(`(^|[\\s(,;/|^!{])${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`);
  for (let i = 0; i < lines.length; i++) {
    const code = lines[i]!.replace(/#.*$/, '');
    const match = pattern.exec(code);
    if (match) return { line: i + 1, column: match.index + match[1]!.length + 1 };
  }
  return undefined;
}

/** The line of the error and a caret under the column, as compilers print them. */
function excerpt(lines: string[], position: { line: number; column: number }): string {
  const text = lines[position.line - 1];
  if (text === undefined) return '';
  const caretColumn = Math.min(position.column - 1, text.length);
  const prefix = text.slice(0, caretColumn).replace(/\t/g, '    ');
  return `\n  ${text.replace(/\t/g, '    ')}\n  ${' '.repeat(prefix.length)}^`;
}
