/**
 * The names, acronyms and patterns of the instrument catalogue, found in a
 * flat paragraph. The catalogue has a hundred instruments and each has its
 * regular expressions; a paragraph names a few. So the expression of names
 * and acronyms is guarded by the words every one of its matches holds, which
 * one pass over the paragraph tells, and runs only where they all are (a
 * pattern of the catalogue is guarded by its literals, in matchAll).
 */
import { INSTRUMENTS, type InstrumentEntry } from '../../catalogue/instruments.js';
import type { Candidate } from './candidates.js';
import { alternation, escapeRegExp, flexibleName, matchAll } from './patterns.js';
import { paragraphIndex, WORDS, type ParagraphIndex } from './paragraph-index.js';

interface GuardedPattern {
  readonly pattern: RegExp;
  /**
   * Lists of words (ids in WORDS), one for each name the pattern
   * matches: a text holds a match only if it holds every word of one list.
   * Null for a pattern of the catalogue.
   */
  readonly words: readonly (readonly number[])[] | null;
}

interface CompiledEntry {
  readonly id: string;
  readonly patterns: readonly GuardedPattern[];
  /**
   * Words one of which the text must hold for any of the patterns to be run
   * (ids in WORDS): for each name its longest uncommon word, and each
   * acronym's longest run of letters. Null when an extra pattern may match
   * anything. This is the catalogue's own test of which instruments a
   * paragraph may name, and it stays exactly as it was, since it decides
   * what is found in a paragraph of odd letters (see ParagraphIndex.mayHoldWhole).
   */
  readonly keys: readonly number[] | null;
}

const UN_PREFIX = '(?:(?:United\\s+Nations|UN|U\\.N\\.)\\s+)?';

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
  const rare = runs.filter((r) => !COMMON_WORDS.has(r.toLowerCase()));
  return longest(rare.length > 0 ? rare : runs);
}

/** The longest of the words, the first of those as long; '' for none. */
function longest(words: readonly string[]): string {
  return words.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * The runs of ASCII letters of a name that any match of `flexibleName(name)`
 * holds as words of the text: those whose neighbours in the name can be
 * neither letters nor nothing in a match. flexibleName makes commas and
 * hyphens optional and lets an accented letter match a plain one, so a run
 * next to those may be glued to another; whitespace, apostrophes and other
 * ASCII characters are matched as themselves, and the ends of the name by
 * (?<![\w]) and (?![\w]).
 */
export function wholeWords(name: string): string[] {
  const separates = (at: number, step: 1 | -1): boolean => {
    if (at < 0 || at >= name.length) return true;
    const c = name[at]!;
    if (c === ',') return separates(at + step, step);
    if (/\s/.test(c) || c === "'" || c === '’') return true;
    return c <= '\x7f' && !/[A-Za-z-]/.test(c);
  };
  return [...name.matchAll(/[A-Za-z]+/g)]
    .filter((m) => separates(m.index - 1, -1) && separates(m.index + m[0].length, 1))
    .map((m) => m[0].toLowerCase());
}

/** "OP-CAT" -> "op", "cat": an acronym is matched as written, so each of its runs of letters is a word of the text. */
function acronymWords(acronym: string): string[] {
  return (acronym.match(/[A-Za-z]+/g) ?? []).map((run) => run.toLowerCase());
}

/** A key that is no run of a-z is never a word of a text: it is left out. */
function wordIds(words: readonly string[]): number[] {
  return words.filter((word) => /^[a-z]+$/.test(word)).map((word) => WORDS.add(word));
}

function compile(entry: InstrumentEntry): CompiledEntry {
  const patterns: GuardedPattern[] = [];
  if (entry.names.length > 0) {
    patterns.push({
      pattern: new RegExp(`(?<![\\w])${UN_PREFIX}(?:${alternation(entry.names, flexibleName)})(?![\\w])`, 'gi'),
      words: entry.names.map((name) => wordIds(wholeWords(name))),
    });
  }
  if (entry.acronyms && entry.acronyms.length > 0) {
    // An acronym followed by "/" starts a UN symbol, not a name.
    patterns.push({
      pattern: new RegExp(`(?<![\\w/-])(?:${alternation(entry.acronyms, escapeRegExp)})(?![\\w/-])`, 'g'),
      words: entry.acronyms.map((acronym) => wordIds(acronymWords(acronym))),
    });
  }
  for (const extra of entry.patterns ?? []) {
    patterns.push({
      pattern: new RegExp(extra.source, extra.flags.includes('g') ? extra.flags : extra.flags + 'g'),
      words: null,
    });
  }
  const nameKeys = entry.names.map((name) => longestLetterRun(name).toLowerCase());
  const keys = (entry.patterns && entry.patterns.length > 0) || nameKeys.includes('') ? null : wordIds([
    ...nameKeys,
    // "OP-CAT" is the words "op" and "cat" of a text: its longest run of letters is the key.
    ...(entry.acronyms ?? []).map((a) => longest(acronymWords(a))),
  ]);
  return { id: entry.id, patterns, keys };
}

const COMPILED: readonly CompiledEntry[] = INSTRUMENTS.map(compile);

/** Whether the paragraph may hold every word of one of the lists whole (plain loops: this runs for each pattern of each paragraph). */
function mayHoldAllOfOne(lists: readonly (readonly number[])[], paragraph: ParagraphIndex): boolean {
  for (const list of lists) {
    let all = true;
    for (let i = 0; i < list.length && all; i++) all = paragraph.mayHoldWhole(list[i]!);
    if (all) return true;
  }
  return false;
}

function hasAny(ids: readonly number[], paragraph: ParagraphIndex): boolean {
  for (let i = 0; i < ids.length; i++) if (paragraph.hasWord(ids[i]!)) return true;
  return false;
}

export function catalogueCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const paragraph = paragraphIndex(text);
  for (const entry of COMPILED) {
    if (entry.keys !== null && !hasAny(entry.keys, paragraph)) continue;
    for (const guarded of entry.patterns) {
      if (guarded.words !== null && !mayHoldAllOfOne(guarded.words, paragraph)) continue;
      for (const match of matchAll(guarded.pattern, text)) {
        found.push({ kind: 'catalogue', start: match.index, end: match.index + match[0].length, id: entry.id });
      }
    }
  }
  return found;
}
