/**
 * --explain: the SPARQL algebra of the query (the standard translation,
 * the same whatever engine runs it) written as an indented S-expression in
 * the style of Jena's `qparse --print=op`, with IRIs shortened by prefix.
 * Neither Oxigraph's WebAssembly build nor a remote endpoint exposes its
 * own plan, so the algebra is what tbkg can show faithfully.
 */
import type * as RDF from '@rdfjs/types';
import { translate } from 'sparqlalgebrajs';
import type { PrefixShortener } from './terms.js';

type Node = Record<string, unknown> & { type: string };

export function explainQuery(queryText: string, shortener: PrefixShortener): string {
  const algebra = translate(queryText, { quads: false }) as unknown as Node;
  return `${new AlgebraPrinter(shortener).op(algebra, 0)}\n`;
}

class AlgebraPrinter {
  constructor(private readonly shortener: PrefixShortener) {}

  op(node: Node, depth: number): string {
    const pad = '  '.repeat(depth);
    const child = (n: unknown) => this.op(n as Node, depth + 1);
    const children = (list: unknown) => (list as Node[]).map(child).join('\n');
    const close = (head: string, body: string) => `${pad}(${head}${body ? `\n${body}` : ''})`;
    switch (node.type) {
      case 'bgp':
        return close('bgp', (node.patterns as Node[]).map((p) => `${pad}  ${this.pattern(p)}`).join('\n'));
      case 'pattern':
        return `${pad}${this.pattern(node)}`;
      case 'path':
        return `${pad}(path ${this.term(node.subject)} ${this.path(node.predicate as Node)} ${this.term(node.object)})`;
      case 'project':
        return close(`project (${this.terms(node.variables)})`, child(node.input));
      case 'distinct':
      case 'reduced':
      case 'ask':
        return close(node.type, child(node.input));
      case 'slice':
        return close(`slice ${node.start ?? 0} ${node.length ?? '_'}`, child(node.input));
      case 'orderby':
        return close(`orderby (${(node.expressions as Node[]).map((e) => this.expression(e)).join(' ')})`, child(node.input));
      case 'filter':
        return close(`filter ${this.expression(node.expression as Node)}`, child(node.input));
      case 'extend':
        return close(`extend ((${this.term(node.variable)} ${this.expression(node.expression as Node)}))`, child(node.input));
      case 'group': {
        const aggregates = (node.aggregates as Node[]).map((a) => `(${this.term(a.variable)} ${this.expression(a)})`).join(' ');
        return close(`group (${this.terms(node.variables)}) (${aggregates})`, child(node.input));
      }
      case 'join':
      case 'union':
      case 'minus':
        return close(node.type, children(node.input));
      case 'leftjoin':
        return close(`leftjoin${node.expression ? ` ${this.expression(node.expression as Node)}` : ''}`, children(node.input));
      case 'graph':
        return close(`graph ${this.term(node.name)}`, child(node.input));
      case 'service':
        return close(`service${node.silent ? ' silent' : ''} ${this.term(node.name)}`, child(node.input));
      case 'values': {
        const variables = node.variables as RDF.Variable[];
        const rows = (node.bindings as Array<Record<string, RDF.Term>>).map(
          (row) => `${pad}  (row ${variables.map((v) => (row[`?${v.value}`] ?? row[v.value] ? this.term(row[`?${v.value}`] ?? row[v.value]) : 'UNDEF')).join(' ')})`,
        );
        return close(`table (vars ${this.terms(variables)})`, rows.join('\n'));
      }
      case 'construct':
        return close('construct', [`${pad}  (template ${(node.template as Node[]).map((p) => this.pattern(p)).join(' ')})`, child(node.input)].join('\n'));
      case 'describe':
        return close(`describe (${this.terms(node.terms)})`, child(node.input));
      case 'from':
        return close(`dataset (default ${this.terms(node.default)}) (named ${this.terms(node.named)})`, child(node.input));
      case 'nop':
        return `${pad}(nop)`;
      default:
        return `${pad}(${node.type})`;
    }
  }

  private pattern(node: Node): string {
    const graph = node.graph as RDF.Term | undefined;
    const triple = `${this.term(node.subject)} ${this.term(node.predicate)} ${this.term(node.object)}`;
    return graph && graph.termType !== 'DefaultGraph' ? `(quad ${this.term(graph)} ${triple})` : `(triple ${triple})`;
  }

  private path(node: Node): string {
    switch (node.type) {
      case 'link':
        return this.term(node.iri);
      case 'inv':
        return `(reverse ${this.path(node.path as Node)})`;
      case 'seq':
      case 'alt':
        return `(${node.type} ${(node.input as Node[]).map((p) => this.path(p)).join(' ')})`;
      case 'ZeroOrMorePath':
        return `(path* ${this.path(node.path as Node)})`;
      case 'OneOrMorePath':
        return `(path+ ${this.path(node.path as Node)})`;
      case 'ZeroOrOnePath':
        return `(path? ${this.path(node.path as Node)})`;
      case 'nps':
        return `(notoneof ${this.terms(node.iris)})`;
      default:
        return `(${node.type})`;
    }
  }

  private expression(node: Node): string {
    switch (node.expressionType) {
      case 'term':
        return this.term(node.term);
      case 'wildcard':
        return '*';
      case 'operator':
        return `(${node.operator} ${(node.args as Node[]).map((a) => this.expression(a)).join(' ')})`;
      case 'named':
        return `(${this.term(node.name)} ${(node.args as Node[]).map((a) => this.expression(a)).join(' ')})`;
      case 'aggregate': {
        const separator = typeof node.separator === 'string' ? ` (separator ${JSON.stringify(node.separator)})` : '';
        return `(${node.aggregator}${node.distinct ? ' distinct' : ''} ${this.expression(node.expression as Node)}${separator})`;
      }
      case 'existence':
        return `(${node.not ? 'notexists' : 'exists'} ${this.op(node.input as Node, 0).replace(/\n\s*/g, ' ')})`;
      default:
        return `(${String(node.expressionType ?? node.type)})`;
    }
  }

  private terms(list: unknown): string {
    return (list as RDF.Term[]).map((t) => this.term(t)).join(' ');
  }

  private term(value: unknown): string {
    const term = value as RDF.Term;
    return term.termType === 'Variable' ? `?${term.value}` : this.shortener.term(term);
  }
}
