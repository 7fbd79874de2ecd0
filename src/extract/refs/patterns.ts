/** Small regular-expression helpers shared by the recognizers. */
import { guardOf, requiredLiterals, type Guard } from './literals.js';
import { paragraphIndex, type LiteralSource } from './paragraph-index.js';

export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of literals, longest first so that the longest one wins. */
export function alternation(literals: readonly string[], toPattern: (literal: string) => string = escapeRegExp): string {
  const unique = [...new Set(literals)].sort((a, b) => b.length - a.length);
  return unique.map(toPattern).join('|');
}

/**
 * A name as a pattern that tolerates how PDFs and editors vary it: any
 * whitespace, an optional comma, straight or curly apostrophes, hyphens of
 * any kind, accented or plain letters.
 */
export function flexibleName(name: string): string {
  let pattern = '';
  for (const char of name) {
    if (/\s/.test(char)) pattern += '\\s+';
    else if (char === ',') pattern += ',?';
    else if (char === "'" || char === '’') pattern += "['’]";
    else if (char === '-') pattern += '[-‐‑–\\s]?';
    else pattern += ACCENT_FREE[char] ?? escapeRegExp(char);
  }
  return pattern;
}

const ACCENT_FREE: Readonly<Record<string, string>> = { é: '[ée]', á: '[áa]', í: '[íi]', ó: '[óo]', ç: '[çc]' };

export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** What each expression given to matchAll requires of a text, read once from its source. */
const GUARDS = new WeakMap<RegExp, Guard>();

function guardFor(re: RegExp): Guard {
  let guard = GUARDS.get(re);
  if (guard === undefined) {
    guard = guardOf(requiredLiterals(re));
    GUARDS.set(re, guard);
  }
  return guard;
}

/** Whether the expression may match in the text: false only where a literal every match holds is missing. */
export function mayMatch(re: RegExp, text: LiteralSource): boolean {
  return guardFor(re)(text);
}

/**
 * All matches of a global regular expression, as [start, end, match]. A text
 * that lacks a literal every match holds (literals.ts) is not searched: most
 * paragraphs name no "Optional Protocol", no "Constitution", no "Charter".
 */
export function* matchAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!guardFor(re)(paragraphIndex(text))) return;
  const global = re.global ? re : new RegExp(re.source, re.flags + 'g');
  global.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = global.exec(text)) !== null) {
    if (match[0].length === 0) {
      global.lastIndex += 1;
      continue;
    }
    yield match;
  }
}

/**
 * The matches matchAll(re, text) gives, found by trying the sticky `re` at
 * `starts` (ascending) only. For an expression whose every match starts at
 * one of them, that is the same matches: the engine need not try every
 * position of the text, which it does slowly for an expression that opens
 * with a lookbehind.
 */
export function* matchAllFrom(re: RegExp, text: string, starts: Iterable<number>): Generator<RegExpExecArray> {
  if (!re.sticky) throw new Error(`matchAllFrom needs a sticky regular expression: ${re.source}`);
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    re.lastIndex = start;
    const match = re.exec(text);
    if (match === null) continue;
    if (match[0].length === 0) {
      from = start + 1;
      continue;
    }
    yield match;
    from = start + match[0].length;
  }
}

/** Match a sticky regular expression at `position`, or null. */
export function matchAt(re: RegExp, text: string, position: number): RegExpExecArray | null {
  if (!re.sticky) throw new Error(`matchAt needs a sticky regular expression: ${re.source}`);
  re.lastIndex = position;
  return re.exec(text);
}
