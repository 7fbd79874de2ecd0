import { instrumentByTreaty } from '../../catalogue/instruments.js';
import { canonicalTreatyCode } from '../../catalogue/treaties.js';
import type { Candidate, Ordinal } from './candidates.js';
import { matchAll, matchAllFrom, matchAt } from './patterns.js';

const DETERMINER = '(?<=\\b(?:[Tt]he|THE|this|This|that|said|its|present)\\s)';
const NAMED_CONTINUATION = '\\s+(?:on|against|for|relating\\s+to|concerning)\\s+(?:the\\s+)?[A-Z]';

const GENERIC_TREATY = new RegExp(`${DETERMINER}(?:present\\s+)?(Convention|CONVENTION|Covenant|COVENANT)\\b(?!${NAMED_CONTINUATION})`
  // "(Covenant, art. 2, para. 3)": the treaty named bare, as a citation opens.
  + `|(?<=\\(\\s?)(Convention|Covenant)(?=,\\s*arts?\\.?\\s*\\d)`, 'y');
/** The words GENERIC_TREATY names, wherever they are; every match of it starts at one, or at "present" before one. */
const TREATY_WORD = /Convention|CONVENTION|Covenant|COVENANT/g;
const WHITESPACE = /\s/;

/** Where a match of GENERIC_TREATY may start: its lookbehind makes the engine slow to try every position of a paragraph. */
function* genericTreatyStarts(text: string): Generator<number> {
  for (const word of matchAll(TREATY_WORD, text)) {
    let beforeSpace = word.index;
    while (beforeSpace > 0 && WHITESPACE.test(text[beforeSpace - 1]!)) beforeSpace -= 1;
    if (beforeSpace < word.index && beforeSpace >= 7 && text.startsWith('present', beforeSpace - 7)) yield beforeSpace - 7;
    yield word.index;
  }
}

const UNKNOWN_CONVENTION = new RegExp(`\\b(?:Convention|Covenant)(?=${NAMED_CONTINUATION})(?:\\s+(?:on|against|for|relating\\s+to|concerning|the|and|of|in)|\\s+[A-Z][\\w’'-]*)+`, 'g');
/**
 * "Council Directive 2004/83/EC", "Directive 2013/32/EU", "Regulation (EU) No 603/2013": an act of the European Union
 * named by its number, an instrument of no committee (REFS rule 24): a bare "art. 4 (4)" after it is its article, not
 * the committee's treaty's (REFS rule 15).
 */
const EU_ACT = /\b(?:Directive|Regulation)\s+(?:\((?:EU|EC|EEC|Euratom)\)\s+)?(?:No\.?\s*)?\d{1,4}\/\d{1,4}(?:\/(?:EC|EU|EEC|JHA|CFSP))?(?![\w/])/g;
const SAME_INSTRUMENT = /\b(?:the|this|that)\s+(?:latter|said|same|aforementioned|above-mentioned)\s+(?:Convention|Covenant|treaty|instrument)\b/g;
const PROTOCOL_OF = new RegExp(`\\b(?:(first|second|First|Second)\\s+)?Optional\\s+Protocol\\s+(?:to|of)\\s+the\\s+(Convention|Covenant)\\b(?!${NAMED_CONTINUATION})`, 'g');
const PROTOCOL_THERETO = /\b(?:(first|second|First|Second)\s+)?Optional\s+Protocols?\s+thereto\b|(?<=\bits\s)(?:(first|second)\s+)?Optional\s+Protocols?\b/g;
/** "the Optional Protocol"; "the Second Optional Protocol", "the first Optional Protocol" with the ordinal that tells which. */
const PROTOCOL_BARE = /\b(?:(first|second|First|Second)\s+)?Optional\s+Protocol\b/g;
/** A protocol's subject after its name: "... to the Convention on a communications procedure". */
const SUBJECT_AFTER = /\s+(?:on|concerning|relating\s+to)\s/y;

/**
 * "article 5, paragraph 2 (a), of the Protocol": the plain "Protocol", as early Views call the committee's Optional
 * Protocol. Read so only where the paragraph names no other protocol (PROTOCOL_WORD below): "Protocol No. 7", "the
 * Istanbul Protocol", "the 1967 Protocol", "the Second Optional Protocol", "the Optional Protocol to the Convention on the
 * Rights of the Child on ..." leave "the Protocol" unread, as it may be any of them.
 */
const PROTOCOL_PLAIN = /\b(?:the|this|said)\s+(Protocol)\b(?!\s*(?:to|of|No\b|relating|thereto|on|against|for|concerning|\d))/g;
const PROTOCOL_WORD = /\bProtocols?\b/g;
/** The only other "Protocol" such a paragraph may hold: the plain "Optional Protocol", or "... to the Covenant / Convention". */
const PLAIN_OPTIONAL_PROTOCOL = /(?<!\b(?:[Ss]econd|[Ff]irst|[Tt]hird)\s+)Optional\s+$/;
const PLAIN_AFTER = /^Protocol(?:\s+(?:to|of)\s+the\s+(?:International\s+)?(?:Covenant|Convention)(?!\s+(?:on|against|for|relating|concerning|in|of)\b)|(?!\s*(?:to|of|on|No\b|relating|thereto|\d)))/;

function plainProtocols(text: string): Candidate[] {
  const plain = [...matchAll(PROTOCOL_PLAIN, text)];
  if (plain.length === 0) return [];
  const starts = new Set(plain.map((m) => m.index + m[0].length - m[1]!.length));
  for (const word of matchAll(PROTOCOL_WORD, text)) {
    if (starts.has(word.index)) continue;
    const before = text.slice(Math.max(0, word.index - 30), word.index);
    if (!PLAIN_OPTIONAL_PROTOCOL.test(before) || !PLAIN_AFTER.test(text.slice(word.index, word.index + 120))) return [];
  }
  return [...starts].map((start) => ({ kind: 'protocol-bare' as const, start, end: start + 'Protocol'.length, ordinal: null }));
}

function ordinalOf(word: string | undefined): Ordinal {
  if (!word) return null;
  return word.toLowerCase() === 'second' ? 'second' : 'first';
}

function genericWhich(word: string): 'convention' | 'covenant' {
  return word.toLowerCase() === 'covenant' ? 'covenant' : 'convention';
}

export function genericInstrumentCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of matchAllFrom(GENERIC_TREATY, text, genericTreatyStarts(text))) {
    found.push({ kind: 'generic-treaty', start: m.index, end: m.index + m[0].length, which: genericWhich(m[1] ?? m[2]!) });
  }
  for (const m of matchAll(UNKNOWN_CONVENTION, text)) {
    found.push({ kind: 'unknown-instrument', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchAll(EU_ACT, text)) {
    found.push({ kind: 'unknown-instrument', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchAll(SAME_INSTRUMENT, text)) {
    found.push({ kind: 'same-instrument', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchAll(PROTOCOL_OF, text)) {
    const end = m.index + m[0].length;
    found.push({ kind: 'protocol-of', start: m.index, end, base: genericWhich(m[2]!), ordinal: ordinalOf(m[1]), subject: matchAt(SUBJECT_AFTER, text, end) !== null });
  }
  for (const m of matchAll(PROTOCOL_THERETO, text)) {
    found.push({ kind: 'protocol-thereto', start: m.index, end: m.index + m[0].length, ordinal: ordinalOf(m[1] ?? m[2]) });
  }
  found.push(...plainProtocols(text));
  for (const m of matchAll(PROTOCOL_BARE, text)) {
    found.push({ kind: 'protocol-bare', start: m.index, end: m.index + m[0].length, ordinal: ordinalOf(m[1]) });
  }
  return found;
}

const RULES = /\b(?:Committee['’]s\s+)?(?:provisional\s+)?(?:[Rr]ules\s+of\s+[Pp]rocedure|Rules\s+of\s+Court)\b/g;

export function rulesCandidates(text: string): Candidate[] {
  return [...matchAll(RULES, text)].map((m) => ({ kind: 'rules' as const, start: m.index, end: m.index + m[0].length }));
}

/**
 * "CAT, arts. 20, 21 and 22", "CRC, art. 2": a treaty cited by its committee's acronym as a citation opens, as
 * OHCHR's UPR compilations write them. Alone, "CAT" or "CRC" is as often the committee; before ", art. N" it is
 * the treaty whose articles follow. (ICCPR, ICERD, OP-CAT, ... are the catalogue's acronyms.)
 */
const ACRONYM_CITATION = /\b(CAT|CCPR|CESCR|CERD|CEDAW|CRC|CRPD|CMW|CED)(?=,\s*(?:arts?\.?|articles?)\s*\d)/g;

export function acronymCitationCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of matchAll(ACRONYM_CITATION, text)) {
    // "OP-CAT, art. 4", "/CAT, art.": part of a longer acronym or of a symbol.
    if (m.index > 0 && /[\w/-]/.test(text[m.index - 1]!)) continue;
    const code = canonicalTreatyCode(m[1]!);
    const entry = code ? instrumentByTreaty(code) : undefined;
    if (entry) found.push({ kind: 'catalogue', start: m.index, end: m.index + m[0].length, id: entry.id });
  }
  return found;
}
