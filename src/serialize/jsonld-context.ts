import type { JsonLdContext, JsonLdContextDocument } from './context.js';

// What the writer needs to know of a context to write compacted JSON-LD that
// expands back to exactly the same RDF. Only the parts of JSON-LD 1.1 that
// the project context uses are accepted (prefixes, and terms with @id,
// @type, @language); anything else (@vocab, @base, a default @language,
// containers, reverse or scoped terms) changes how plain values expand, so
// it is refused rather than half handled.

export type Coercion =
  | { readonly kind: 'none' }
  | { readonly kind: 'id' }
  | { readonly kind: 'datatype'; readonly datatype: string }
  | { readonly kind: 'language'; readonly language: string };

export interface ContextTerm {
  readonly key: string;
  readonly iri: string;
  readonly coercion: Coercion;
}

const GEN_DELIMS = /[:/?#[\]@]$/;
const IGNORED_KEYWORDS = new Set(['@version', '@protected']);
const TERM_DEFINITION_KEYS = new Set(['@id', '@type', '@language', '@prefix', '@protected']);

export class UnsupportedContextError extends Error {
  constructor(message: string) {
    super(`JSON-LD context: ${message}`);
    this.name = 'UnsupportedContextError';
  }
}

export function innerContext(context: JsonLdContext | JsonLdContextDocument): JsonLdContext {
  const inner = (context as Record<string, unknown>)['@context'];
  if (inner === undefined) return context as JsonLdContext;
  if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) {
    throw new UnsupportedContextError('"@context" must be one object');
  }
  return inner as JsonLdContext;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export class ContextIndex {
  /** Term key to term. */
  readonly terms = new Map<string, ContextTerm>();
  /** IRI to the term chosen for it (the shortest key, then code-point order). */
  private readonly termsByIri = new Map<string, ContextTerm>();
  /** Prefixes usable in compact IRIs, longest namespace first. */
  readonly prefixes: ReadonlyArray<readonly [name: string, namespace: string]>;

  constructor(readonly context: JsonLdContext) {
    const prefixes: Array<readonly [string, string]> = [];
    for (const [key, definition] of Object.entries(context)) {
      if (key.startsWith('@')) {
        if (!IGNORED_KEYWORDS.has(key)) throw new UnsupportedContextError(`"${key}" is not supported`);
        continue;
      }
      if (definition === null) continue;
      const term = this.defineTerm(key, definition);
      this.terms.set(key, term);
      const chosen = this.termsByIri.get(term.iri);
      if (!chosen || key.length < chosen.key.length || (key.length === chosen.key.length && key < chosen.key)) {
        this.termsByIri.set(term.iri, term);
      }
      if (this.isPrefix(key, definition, term.iri)) prefixes.push([key, term.iri]);
    }
    prefixes.sort(([nameA, a], [nameB, b]) => b.length - a.length || (nameA < nameB ? -1 : nameA > nameB ? 1 : 0));
    this.prefixes = prefixes;
  }

  termForIri(iri: string): ContextTerm | undefined {
    return this.termsByIri.get(iri);
  }

  // JSON-LD 1.1: a simple term whose IRI ends in a gen-delim, or one with
  // "@prefix": true, can start a compact IRI.
  private isPrefix(key: string, definition: unknown, iri: string): boolean {
    if (key.includes(':') || key.includes('/') || key === '_') return false;
    if (typeof definition === 'string') return GEN_DELIMS.test(iri);
    return isObject(definition) && definition['@prefix'] === true;
  }

  private defineTerm(key: string, definition: unknown): ContextTerm {
    if (typeof definition === 'string') {
      return { key, iri: this.expand(definition, new Set([key])), coercion: { kind: 'none' } };
    }
    if (!isObject(definition)) throw new UnsupportedContextError(`term "${key}" has an unsupported definition`);
    for (const entry of Object.keys(definition)) {
      if (!TERM_DEFINITION_KEYS.has(entry)) {
        throw new UnsupportedContextError(`term "${key}" uses "${entry}", which is not supported`);
      }
    }
    const id = definition['@id'];
    let iri: string;
    if (typeof id === 'string') iri = this.expand(id, new Set([key]));
    else if (key.includes(':')) iri = this.expand(key, new Set([key]));
    else throw new UnsupportedContextError(`term "${key}" has no "@id"`);
    if (key.includes(':') && typeof id === 'string' && this.expand(key, new Set([key])) !== iri) {
      throw new UnsupportedContextError(`term "${key}" looks like a compact IRI but maps to ${iri}`);
    }
    return { key, iri, coercion: this.coercionOf(key, definition) };
  }

  private coercionOf(key: string, definition: Record<string, unknown>): Coercion {
    const type = definition['@type'];
    const language = definition['@language'];
    if (type !== undefined && language !== undefined) {
      throw new UnsupportedContextError(`term "${key}" has both "@type" and "@language"`);
    }
    if (type === '@id') return { kind: 'id' };
    if (typeof type === 'string') {
      if (type.startsWith('@')) throw new UnsupportedContextError(`term "${key}": "@type": "${type}" is not supported`);
      return { kind: 'datatype', datatype: this.expand(type, new Set([key])) };
    }
    if (type !== undefined) throw new UnsupportedContextError(`term "${key}" has an invalid "@type"`);
    if (typeof language === 'string') return { kind: 'language', language: language.toLowerCase() };
    if (language !== undefined && language !== null) {
      throw new UnsupportedContextError(`term "${key}" has an invalid "@language"`);
    }
    return { kind: 'none' };
  }

  /** IRI expansion inside the context (vocabulary-relative, no @vocab). */
  private expand(value: string, seen: Set<string>): string {
    const colon = value.indexOf(':');
    if (colon < 0) {
      const definition = this.context[value];
      if (definition === undefined || seen.has(value)) {
        throw new UnsupportedContextError(`"${value}" is neither an absolute IRI, a compact IRI nor a term`);
      }
      seen.add(value);
      return this.defineTerm(value, definition).iri;
    }
    const prefix = value.slice(0, colon);
    const suffix = value.slice(colon + 1);
    if (prefix === '_' || suffix.startsWith('//')) return value;
    const definition = this.context[prefix];
    if (definition === undefined || definition === null || seen.has(prefix)) return value;
    seen.add(prefix);
    const namespace = typeof definition === 'string' ? definition : definition['@id'];
    if (typeof namespace !== 'string') return value;
    return `${this.expand(namespace, seen)}${suffix}`;
  }
}
