/** The query is read before any engine sees it: errors with line, column and token; its shape. */
import { describe, expect, it } from 'vitest';
import { TbkgError } from '../../src/errors.js';
import { parseQuery, QuerySyntaxError } from '../../src/query/syntax.js';
import { projectPrefixes } from '../../src/serialize/index.js';

function syntaxError(text: string): QuerySyntaxError {
  try {
    parseQuery({ text, origin: 'q.rq' });
  } catch (err) {
    expect(err).toBeInstanceOf(QuerySyntaxError);
    return err as QuerySyntaxError;
  }
  throw new Error('the query parsed');
}

describe('syntax errors', () => {
  it('name the line, the column and the offending token, with the line and a caret', () => {
    const err = syntaxError('PREFIX tb: <https://w3id.org/tbkg/ontology#>\nSELECT * WHERE {\n  ?s tb:number ?n .\n  FILTER(?n > )\n}\n');
    expect([err.file, err.line, err.column, err.exitCode]).toEqual(['q.rq', 4, 15, 1]);
    expect(err.describe()).toBe('q.rq:4:15: syntax error: unexpected ")"\n    FILTER(?n > )\n                ^');
  });

  it('find the token after blanks and comments, and a misspelt keyword as a word', () => {
    const err = syntaxError('SELECT * WHERE {\n ?s ?p ?o .\n # a comment\n ) }');
    expect([err.line, err.column]).toEqual([4, 2]);
    const keyword = syntaxError('SELECT * WHERE { ?s ?p ?o } LIMT 5');
    expect([keyword.line, keyword.column]).toEqual([1, 29]);
    expect(keyword.message).toContain('unexpected "LIMT"');
    const first = syntaxError('SELEC * WHERE {}');
    expect([first.line, first.column]).toEqual([1, 1]);
  });

  it('report a query cut short at its end', () => {
    const err = syntaxError('SELECT * WHERE {\n  ?s ?p ?o');
    expect(err.message).toContain('unexpected end of the query');
    expect([err.line, err.column]).toEqual([2, 11]);
  });

  it('point at an undeclared prefix', () => {
    const err = syntaxError('SELECT * WHERE {\n  ?s foo:bar ?o }');
    expect([err.line, err.column]).toEqual([2, 6]);
    expect(err.message).toContain('unknown prefix "foo:"');
  });

  it('refuse updates as wrong usage', () => {
    try {
      parseQuery({ text: 'INSERT DATA { <a:b> <a:c> <a:d> }', origin: '-e' });
      throw new Error('parsed');
    } catch (err) {
      expect(err).toBeInstanceOf(TbkgError);
      expect((err as TbkgError).exitCode).toBe(2);
    }
  });
});

describe('the shape of a query', () => {
  it('keeps the projection order, and orders SELECT * by first mention', () => {
    expect(parseQuery({ text: 'SELECT ?z ?a (1 AS ?m) WHERE { ?a ?b ?z }', origin: '-e' }).variables).toEqual(['z', 'a', 'm']);
    const star = parseQuery({ text: 'SELECT * WHERE { VALUES (?b ?a) { (1 2) } ?z ?y ?x . BIND(?x AS ?w) FILTER(?f) OPTIONAL { ?x ?q ?v } MINUS { ?m ?n ?o } }', origin: '-e' });
    expect(star.star).toBe(true);
    expect(star.variables).toEqual(['b', 'a', 'z', 'y', 'x', 'w', 'q', 'v']);
  });

  it('tells computed variables from variables read from the data', () => {
    const shape = parseQuery({ text: 'SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s ?p ?o BIND(1 AS ?one) VALUES ?v { 1 } } GROUP BY ?s', origin: '-e' });
    expect(shape.computed.sort()).toEqual(['n', 'one', 'v']);
    expect(parseQuery({ text: 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }', origin: '-e' }).literalsFromData).toBe(true);
    expect(parseQuery({ text: 'CONSTRUCT { ?s <http://x> 5 } WHERE { ?s ?p ?o }', origin: '-e' }).literalsFromData).toBe(false);
  });

  it('finds SERVICE clauses wherever they are nested', () => {
    const shape = parseQuery({ text: 'SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE <http://127.0.0.1:1/sparql> { ?s ?q ?r } } FILTER EXISTS { SERVICE SILENT ?e { ?a ?b ?c } } }', origin: '-e' });
    expect(shape.services).toEqual(['http://127.0.0.1:1/sparql', '?e']);
  });

  it('lets the project prefixes be used undeclared, on the first line so positions stay the same', () => {
    const shape = parseQuery({ text: 'PREFIX tb: <http://other/>\nSELECT ?p WHERE { ?p tb:number 7 ; eli:number ?x }', origin: '-e' }, projectPrefixes());
    expect(shape.prefixes).toEqual({ tb: 'http://other/' });
    expect(shape.text.split('\n')).toHaveLength(2);
    expect(shape.text).toContain('PREFIX eli: <http://data.europa.eu/eli/ontology#> ');
    expect(shape.text).not.toContain('PREFIX tb: <https://w3id.org/tbkg/ontology#>');
  });
});
