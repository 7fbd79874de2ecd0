import { DEFAULT_BASE, NS } from '../rdf/vocab.js';
import { sortByCodePoint } from './order.js';

export { DEFAULT_BASE };

/** Prefix name to namespace IRI. */
export type PrefixMap = Readonly<Record<string, string>>;

export const STANDARD_PREFIXES: PrefixMap = Object.freeze({ ...NS });

const DATA_NAMESPACES = ['doc', 'state', 'body', 'treaty', 'law', 'instrument'] as const;

/** `doc:`, `state:`, `body:`, `treaty:`, `law:`, `instrument:` under a data base IRI. */
export function dataPrefixes(base: string = DEFAULT_BASE): PrefixMap {
  const prefixes: Record<string, string> = {};
  for (const name of DATA_NAMESPACES) prefixes[name] = `${base}${name}/`;
  return prefixes;
}

/** The standard prefixes and the data prefixes of `base`. */
export function projectPrefixes(base: string = DEFAULT_BASE): PrefixMap {
  return { ...STANDARD_PREFIXES, ...dataPrefixes(base) };
}

// Turtle 1.1 character classes (PN_CHARS_BASE, PN_CHARS_U, PN_CHARS).
const PN_CHARS_BASE =
  'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const PN_CHARS_U = `${PN_CHARS_BASE}_`;
const PN_CHARS = `${PN_CHARS_U}\\-0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;

// A strict subset of PN_LOCAL: no leading digit, no '.', ':', '%' or
// backslash escapes. Those are legal Turtle 1.1, but older loaders and
// rdflib.js trip over some of them; such IRIs are written in full instead.
const SAFE_LOCAL_NAME = new RegExp(`^[${PN_CHARS_U}][${PN_CHARS}]*$`, 'u');
const PREFIX_NAME = new RegExp(`^(?:[${PN_CHARS_BASE}](?:[${PN_CHARS}.]*[${PN_CHARS}])?)?$`, 'u');

export function isSafeLocalName(local: string): boolean {
  return SAFE_LOCAL_NAME.test(local);
}

export function isPrefixName(name: string): boolean {
  return PREFIX_NAME.test(name);
}

/**
 * One prefix per document namespace `{base}doc/SYMBOL#` that `iris` use with
 * a safe local name, so `<{base}doc/CAT/C/KAZ/CO/2#para_7>` can be written
 * `cat_c_kaz_co_2:para_7`. Names come from the symbol; a name already in
 * `taken` or given to an earlier namespace (code-point order) gets `_2`, `_3`...
 */
export function documentPrefixes(iris: Iterable<string>, base: string, taken: Iterable<string>): PrefixMap {
  const documentNamespace = `${base}doc/`;
  const namespaces = new Set<string>();
  for (const iri of iris) {
    if (!iri.startsWith(documentNamespace)) continue;
    const hash = iri.indexOf('#', documentNamespace.length);
    if (hash < 0 || !isSafeLocalName(iri.slice(hash + 1))) continue;
    namespaces.add(iri.slice(0, hash + 1));
  }
  const used = new Set(taken);
  const prefixes: Record<string, string> = {};
  for (const namespace of sortByCodePoint([...namespaces])) {
    const stem = prefixStem(namespace.slice(documentNamespace.length, -1));
    let name = stem;
    for (let n = 2; used.has(name); n++) name = `${stem}_${n}`;
    used.add(name);
    prefixes[name] = namespace;
  }
  return prefixes;
}

function prefixStem(symbolPath: string): string {
  const stem = symbolPath
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(stem) ? stem : `d_${stem}`;
}
