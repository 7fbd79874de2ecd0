/**
 * The requests that close a document: information on selected paragraphs
 * within a deadline (follow-up), and the next periodic report.
 */
import { MONTH_PATTERN, parseDate, parseOrdinal } from '../parse/dates.js';
import { PlainText, type LiteralSource } from './refs/paragraph-index.js';
import { mayMatch } from './refs/patterns.js';

export interface FollowUpMatch {
  paragraphs: number[];
  deadline: string;
  start: number;
  end: number;
}

export interface NextReportMatch {
  ordinal?: number;
  due: string;
  start: number;
  end: number;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, twelve: 12, eighteen: 18, 'twenty-four': 24 };
const WITHIN = /\bwithin (one|two|three|four|five|six|twelve|eighteen|twenty-four|\d+) (year|month)s?\b/i;
const BY_DATE = new RegExp(`\\bby (\\d{1,2} ${MONTH_PATTERN} \\d{4})`, 'i');
/** "paragraphs 7, 9, 18 and 29", "paras. 8 (a), 12 (b) and 14", "paragraphs 5 (a), 7 and 9". */
const ITEM = '(?:\\s*\\([a-z]{1,3}\\))*';
const PARAGRAPH_LIST = new RegExp(`\\b(?:paragraphs?|paras?\\.) (\\d+${ITEM}(?:\\s*(?:,|and|,\\s*and)\\s*\\d+${ITEM})*)`, 'g');
/**
 * What makes a paragraph list the pinpoint of another text, not the
 * paragraphs picked for follow-up: a symbol or a year in parentheses and a
 * comma right before it ("General Assembly resolution 68/268, para. 16",
 * "general comment No. 8 (2006), para. 11").
 */
const PINPOINT_BEFORE = /(?:\S*\/\S*\d|\(\d{4}\)),\s*$/;
const ASKS = /\b(requests|requested|invites|asks|calls upon)\b|\bshould\b[^.]*?\bprovide\b/;
const FOLLOW_UP_WORDS = /\b(follow-up|information on (its response|the (measures|steps) taken|the implementation)|response to the Committee)/i;

/**
 * "The Committee requests the State party to provide, within one year,
 * information on its response to the Committee's recommendations contained
 * in paragraphs 7, 9, 18 and 29 above."
 *
 * `literals` is the text as the guards read it: a caller asking both
 * findFollowUp and findNextReport about a paragraph gives them one, so that
 * the text is lower-cased once.
 */
export function findFollowUp(text: string, literals: LiteralSource = new PlainText(text)): FollowUpMatch | undefined {
  // Every paragraph is asked; the one or two with a request are told by their words before the expressions run.
  if (!mayMatch(FOLLOW_UP_WORDS, literals) || !mayMatch(ASKS, literals)) return undefined;
  if (!ASKS.test(text) || !FOLLOW_UP_WORDS.test(text)) return undefined;
  // The paragraphs the request names come last: "in accordance with rule 71, paragraph 5, ... in paragraphs 6, 7 and 8".
  const list = [...text.matchAll(PARAGRAPH_LIST)].filter((m) => !PINPOINT_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index))).at(-1);
  if (!list) return undefined;
  const within = WITHIN.exec(text);
  const by = BY_DATE.exec(text);
  let deadline: string | undefined;
  if (by) deadline = parseDate(by[1]!);
  else if (within) {
    const word = within[1]!.toLowerCase();
    const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
    if (n !== undefined) deadline = within[2]!.toLowerCase() === 'year' ? `P${n}Y` : `P${n}M`;
  }
  if (!deadline) return undefined;
  const paragraphs = [...new Set([...list[1]!.matchAll(/\d+/g)].map((m) => Number(m[0])))];
  return { paragraphs, deadline, start: 0, end: text.length };
}

const DATE = `(\\d{1,2} ${MONTH_PATTERN} \\d{4})`;
/** "by 21 November 2012", "due on 1 January 2000", "no later than 1 May 2024" (CMW). */
const BY = '(?:by|due on|no later than)';
const NEXT_REPORT = [
  // "submit its next periodic report, which will be considered as its third periodic report, by 21 November 2012"
  new RegExp(`\\bsubmit its next (?:periodic )?report\\b.*?\\b${BY} ${DATE}`, 'i'),
  // "submit its combined second and third periodic reports by 17 January 2018", "submit its third periodic report, ..., by 31 March 2024"
  // "submit its fourth periodic report jointly with its fifth periodic report, due on 1 January 2000" (the Committee on the Elimination of Racial Discrimination)
  new RegExp(`\\bsubmit its ((?:[\\w-]+ ){0,3}?[\\w-]+) periodic reports?\\b.*?\\b${BY} ${DATE}`, 'i'),
  // "requests that the third periodic report of Uzbekistan be submitted by 1 April 2008"
  new RegExp(`\\b(?:its |the (?:State party's )?)((?:[\\w-]+ ){0,3}?[\\w-]+) periodic reports?\\b[^.]*?\\bbe submitted by ${DATE}`, 'i'),
  // The Optional Protocols to the CRC, after the initial report: "to include further information on the
  // implementation of the Optional Protocol in its next periodic report under the Convention, due on 21 May 2024"
  new RegExp(`\\bin its next (?:periodic )?report\\b[^.]*?\\b(?:due on|due by|due) ${DATE}`, 'i'),
];

/**
 * "The State party is invited to submit its next periodic report, which will
 * be considered as its third periodic report, by 21 November 2012."
 */
export function findNextReport(text: string, literals: LiteralSource = new PlainText(text)): NextReportMatch | undefined {
  const patterns = NEXT_REPORT.filter((re) => mayMatch(re, literals));
  for (const re of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const due = parseDate(m[m.length - 1]!);
    if (!due) continue;
    const stated = /\bas its (\w+(?:-\w+)?) periodic report/i.exec(text)?.[1]
      ?? /\bwhich will be (?:its|the) (\w+(?:-\w+)?)\b(?: periodic report)?/i.exec(text)?.[1];
    const words = stated ?? (m.length > 2 ? m[1] : undefined);
    const ordinal = words ? firstOrdinal(words) : undefined;
    return { ordinal, due, start: 0, end: text.length };
  }
  return undefined;
}

/** The first ordinal of "combined second and third", "fourth", "next": 2, 4, none. */
function firstOrdinal(words: string): number | undefined {
  for (const word of words.split(/[\s,]+/)) {
    const n = parseOrdinal(word);
    if (n !== undefined) return n;
  }
  return undefined;
}
