/**
 * The requests that close a document: information on selected paragraphs
 * within a deadline (follow-up), and the next periodic report.
 */
import { MONTH_PATTERN, parseDate, parseOrdinal } from '../parse/dates.js';

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

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, twelve: 12, eighteen: 18, '1': 1, '2': 2 };
const WITHIN = /\bwithin (one|two|three|four|five|six|twelve|eighteen|\d+) (year|month)s?\b/i;
const BY_DATE = new RegExp(`\\bby (\\d{1,2} ${MONTH_PATTERN} \\d{4})`, 'i');
const PARAGRAPH_LIST = /\bparagraphs? (\d+(?:\s*(?:,|and|,\s*and)\s*\d+)*)/;
const ASKS = /\b(requests|invites|asks|calls upon)\b/;
const FOLLOW_UP_WORDS = /\b(follow-up|information on (its response|the (measures|steps) taken|the implementation)|response to the Committee)/i;

/**
 * "The Committee requests the State party to provide, within one year,
 * information on its response to the Committee's recommendations contained
 * in paragraphs 7, 9, 18 and 29 above."
 */
export function findFollowUp(text: string): FollowUpMatch | undefined {
  if (!ASKS.test(text) || !FOLLOW_UP_WORDS.test(text)) return undefined;
  const list = PARAGRAPH_LIST.exec(text);
  if (!list) return undefined;
  const within = WITHIN.exec(text);
  const by = BY_DATE.exec(text);
  let deadline: string | undefined;
  if (by) deadline = parseDate(by[1]!);
  else if (within) {
    const n = NUMBER_WORDS[within[1]!.toLowerCase()];
    if (n !== undefined) deadline = within[2]!.toLowerCase() === 'year' ? `P${n}Y` : `P${n}M`;
  }
  if (!deadline) return undefined;
  const paragraphs = [...list[1]!.matchAll(/\d+/g)].map((m) => Number(m[0]));
  return { paragraphs, deadline, start: 0, end: text.length };
}

/**
 * "The State party is invited to submit its next periodic report, which will
 * be considered as its third periodic report, by 21 November 2012."
 */
export function findNextReport(text: string): NextReportMatch | undefined {
  const m = new RegExp(`\\bsubmit its next (?:periodic )?report\\b.*?\\bby (\\d{1,2} ${MONTH_PATTERN} \\d{4})`, 'i').exec(text)
    ?? new RegExp(`\\bsubmit its (\\w+(?:[ -]\\w+)?) periodic report\\b.*?\\bby (\\d{1,2} ${MONTH_PATTERN} \\d{4})`, 'i').exec(text);
  if (!m) return undefined;
  const dateText = m[m.length - 1]!;
  const due = parseDate(dateText);
  if (!due) return undefined;
  const ordinalWord = /\bas its (\w+(?:-\w+)?) periodic report/i.exec(text)?.[1] ?? (m.length > 2 ? m[1] : undefined);
  const ordinal = ordinalWord ? parseOrdinal(ordinalWord) : undefined;
  return { ordinal, due, start: 0, end: text.length };
}
