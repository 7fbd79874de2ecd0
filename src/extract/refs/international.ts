import { INSTRUMENTS, type InstrumentEntry } from '../../catalogue/instruments.js';
import type { Candidate, Ordinal } from './candidates.js';
import { alternation, escapeRegExp, flexibleName, matchAll } from './patterns.js';

interface CompiledEntry {
  readonly id: string;
  readonly patterns: readonly RegExp[];
  /**
   * Words one of which any match contains as a word, lower-cased: for each
   * name its longest uncommon word (flexibleName keeps letters as they are,
   * only folding case), and each acronym. A text without any of them cannot
   * match, and the patterns are not run on it. Null when an extra pattern may
   * match anything.
   */
  readonly keys: readonly string[] | null;
}

const UN_PREFIX = '(?:(?:United\\s+Nations|UN|U\\.N\\.)\\s+)?';

function compile(entry: InstrumentEntry): CompiledEntry {
  const patterns: RegExp[] = [];
  if (entry.names.length > 0) {
    patterns.push(new RegExp(`(?<![\\w])${UN_PREFIX}(?:${alternation(entry.names, flexibleName)})(?![\\w])`, 'gi'));
  }
  if (entry.acronyms && entry.acronyms.length > 0) {
    // An acronym followed by "/" starts a UN symbol, not a name.
    patterns.push(new RegExp(`(?<![\\w/-])(?:${alternation(entry.acronyms, escapeRegExp)})(?![\\w/-])`, 'g'));
  }
  for (const extra of entry.patterns ?? []) {
    patterns.push(new RegExp(extra.source, extra.flags.includes('g') ? extra.flags : extra.flags + 'g'));
  }
  const nameKeys = entry.names.map((name) => longestLetterRun(name).toLowerCase());
  const keys = (entry.patterns && entry.patterns.length > 0) || nameKeys.includes('') ? null : [
    ...nameKeys,
    // "OP-CAT" is the words "op" and "cat" of a text: its longest run of letters is the key.
    ...(entry.acronyms ?? []).map((a) => (a.match(/[A-Za-z]+/g) ?? [a]).reduce((x, y) => (y.length > x.length ? y : x)).toLowerCase()),
  ];
  return { id: entry.id, patterns, keys };
}

/** Words of instruments' names that most paragraphs contain: useless to tell whether a name may be there. */
const COMMON_WORDS = new Set(['convention', 'international', 'optional', 'protocol', 'covenant', 'united', 'nations', 'rights',
  'human', 'against', 'declaration', 'principles', 'treatment', 'persons', 'protection', 'elimination', 'discrimination', 'state',
  'national', 'political', 'status', 'relating', 'concerning', 'punishment',
  'the', 'to', 'of', 'on', 'for', 'and', 'in', 'a', 'an', 'or', 'at', 'by', 'with', 'all']);

/**
 * "Convention against Torture" -> "Torture": the longest run of ASCII letters of
 * the name that is not a common word; every match of the name contains it.
 */
function longestLetterRun(name: string): string {
  // Only whole words of the name: a run next to a hyphen or an accented letter may be glued to another in a match.
  const runs = [...name.matchAll(/(?<![\p{L}\-‐‑–])[A-Za-z]+(?![\p{L}\-‐‑–])/gu)].map((m) => m[0]);
  if (runs.length === 0) return '';
  const rare = runs.filter((r) => !COMMON_WORDS.has(r.toLowerCase()));
  return (rare.length > 0 ? rare : runs).reduce((a, b) => (b.length > a.length ? b : a), '');
}

const COMPILED: readonly CompiledEntry[] = INSTRUMENTS.map(compile);

export function catalogueCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const words = new Set(text.toLowerCase().match(/[a-z]+/g));
  for (const entry of COMPILED) {
    if (entry.keys !== null && !entry.keys.some((key) => words.has(key))) continue;
    for (const pattern of entry.patterns) {
      for (const match of matchAll(pattern, text)) {
        found.push({ kind: 'catalogue', start: match.index, end: match.index + match[0].length, id: entry.id });
      }
    }
  }
  return found;
}

const DETERMINER = '(?<=\\b(?:[Tt]he|THE|this|This|that|said|its|present)\\s)';
const NAMED_CONTINUATION = '\\s+(?:on|against|for|relating\\s+to|concerning)\\s+(?:the\\s+)?[A-Z]';

const GENERIC_TREATY = new RegExp(`${DETERMINER}(?:present\\s+)?(Convention|CONVENTION|Covenant|COVENANT)\\b(?!${NAMED_CONTINUATION})`
  // "(Covenant, art. 2, para. 3)": the treaty named bare, as a citation opens.
  + `|(?<=\\(\\s?)(Convention|Covenant)(?=,\\s*arts?\\.?\\s*\\d)`, 'g');
const UNKNOWN_CONVENTION = new RegExp(`\\b(?:Convention|Covenant)(?=${NAMED_CONTINUATION})(?:\\s+(?:on|against|for|relating\\s+to|concerning|the|and|of|in)|\\s+[A-Z][\\w’'-]*)+`, 'g');
const SAME_INSTRUMENT = /\b(?:the|this|that)\s+(?:latter|said|same|aforementioned|above-mentioned)\s+(?:Convention|Covenant|treaty|instrument)\b/g;
const PROTOCOL_OF = new RegExp(`\\b(?:(first|second|First|Second)\\s+)?Optional\\s+Protocol\\s+(?:to|of)\\s+the\\s+(Convention|Covenant)\\b(?!${NAMED_CONTINUATION})`, 'g');
const PROTOCOL_THERETO = /\b(?:(first|second|First|Second)\s+)?Optional\s+Protocols?\s+thereto\b|(?<=\bits\s)(?:(first|second)\s+)?Optional\s+Protocols?\b/g;
const PROTOCOL_BARE = /\bOptional\s+Protocol\b/g;

function ordinalOf(word: string | undefined): Ordinal {
  if (!word) return null;
  return word.toLowerCase() === 'second' ? 'second' : 'first';
}

function genericWhich(word: string): 'convention' | 'covenant' {
  return word.toLowerCase() === 'covenant' ? 'covenant' : 'convention';
}

export function genericInstrumentCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of matchAll(GENERIC_TREATY, text)) {
    found.push({ kind: 'generic-treaty', start: m.index, end: m.index + m[0].length, which: genericWhich(m[1] ?? m[2]!) });
  }
  for (const m of matchAll(UNKNOWN_CONVENTION, text)) {
    found.push({ kind: 'unknown-instrument', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchAll(SAME_INSTRUMENT, text)) {
    found.push({ kind: 'same-instrument', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchAll(PROTOCOL_OF, text)) {
    found.push({ kind: 'protocol-of', start: m.index, end: m.index + m[0].length, base: genericWhich(m[2]!), ordinal: ordinalOf(m[1]) });
  }
  for (const m of matchAll(PROTOCOL_THERETO, text)) {
    found.push({ kind: 'protocol-thereto', start: m.index, end: m.index + m[0].length, ordinal: ordinalOf(m[1] ?? m[2]) });
  }
  for (const m of matchAll(PROTOCOL_BARE, text)) {
    found.push({ kind: 'protocol-bare', start: m.index, end: m.index + m[0].length });
  }
  return found;
}

const RULES = /\b(?:Committee['’]s\s+)?(?:provisional\s+)?(?:[Rr]ules\s+of\s+[Pp]rocedure|Rules\s+of\s+Court)\b/g;

export function rulesCandidates(text: string): Candidate[] {
  return [...matchAll(RULES, text)].map((m) => ({ kind: 'rules' as const, start: m.index, end: m.index + m[0].length }));
}
