/**
 * One numbered paragraph: its lettered items and its split into the
 * concern, the recommendation or the positive aspect it states.
 */
import type { PartKind } from '../model.js';
import { joinLines, type JoinedText } from './joined.js';
import { sentenceEnd, sentenceStarts } from './sentences.js';
import type { Line, RawParagraph } from './structure.js';

export interface ParsedItem {
  label: string;
  /** The item without its "(a)" label. */
  joined: JoinedText;
}

export interface ParsedPart {
  kind: PartKind;
  joined: JoinedText;
  items: ParsedItem[];
}

export interface ParsedParagraph {
  number: number;
  joined: JoinedText;
  section?: { label: string; title: string };
  heading?: string;
  parts: ParsedPart[];
  /** Items of a paragraph without parts. */
  items: ParsedItem[];
}

/** What the section a paragraph stands in says about its paragraphs. */
export type SectionRole = 'introduction' | 'positive' | 'factors' | 'subjects';

const ITEM_START = /^\(([a-z])\)\s*/;
const SENTENCE_END = /[.!?]["”’)]*$/;

/** "The Committee strongly recommends", "... also calls upon": the adverbs and verbs of a recommendation, as sources. */
const COMMITTEE_ADVERBS = '((strongly|also|further|again|once again|therefore),? )*';
const COMMITTEE_VERBS = 'recommends|urges|requests|invites|encourages|calls (up)?on';

const RECOMMENDATION_OPENERS: RegExp[] = [
  /^The State party (should|must|is (strongly |further |also )?(urged|encouraged|invited|requested|called upon|asked|recommended))\b/,
  new RegExp(`^The Committee ${COMMITTEE_ADVERBS}(${COMMITTEE_VERBS}|reiterates its (previous |earlier )?recommendations?|recalls its (previous |earlier )?recommendations?)\\b`),
];
/**
 * A recommendation that a recall or a reference opens: "Recalling its
 * previous recommendations (CRC/C/RUS/CO/4-5, para. 14), the Committee
 * recommends", "With reference to its general comment No. 5 (2003), the
 * Committee urges" (the Committee on the Rights of the Child since the 2010s).
 */
const INTRODUCED_RECOMMENDATION = new RegExp(
  `^(?:Recalling|Reiterating|Referring to|With reference to|Taking note of|Bearing in mind|In the light of|Taking into account)\\b[^;]*?, the Committee ${COMMITTEE_ADVERBS}(${COMMITTEE_VERBS})\\b`,
);
/** "In order to avoid impunity, the State party should", "As recommended by ..., the State party should". */
const EMBEDDED_RECOMMENDATION = /\b(the State party|it) (should|must)\b/;
/**
 * The words of a concern. "concerning" is a preposition ("the recommendations ... concerning equal
 * recognition before the law"), and "the concerns and recommendations identified in the present
 * concluding comments" (CEDAW's recall of the State party's obligations) names the document's parts.
 */
const CONCERN_WORDS = /\b(concern(?!ing\b|s and recommendations\b)|regret|deplor|alarm|worr|notes with)/i;

function sectionRole(title: string | undefined): SectionRole {
  if (!title) return 'introduction';
  if (/positive/i.test(title)) return 'positive';
  if (/^introduction$/i.test(title.trim())) return 'introduction';
  // "Factors and difficulties impeding the implementation of the Convention": context, neither concern nor recommendation.
  if (/^factors and difficulties\b/i.test(title.trim())) return 'factors';
  return 'subjects';
}

/**
 * The role of a paragraph from its section, or from its heading where the
 * section groups several kinds: "II. General observations" over "Positive
 * aspects" (the Committee on the Rights of the Child's Optional Protocol
 * reviews of the 2010s).
 */
export function roleOf(sectionTitle: string | undefined, headingTitle?: string): SectionRole {
  const role = sectionRole(sectionTitle);
  if (role === 'subjects' && headingTitle !== undefined && /^positive aspects$/i.test(headingTitle.trim())) return 'positive';
  return role;
}

export function parseParagraph(normalized: string, raw: RawParagraph): ParsedParagraph {
  const joined = joinLines(normalized, raw.bodyStart, raw.end);
  const segments = findSegments(raw.lines, raw.bodyStart, joined);
  const role = roleOf(raw.section?.title, raw.heading?.title);
  const paragraph: ParsedParagraph = {
    number: raw.number,
    joined,
    section: raw.section ? { label: raw.section.label, title: raw.section.title } : undefined,
    heading: raw.heading?.title,
    parts: [],
    items: [],
  };
  const items = segments.filter((s) => s.label !== undefined).map((s) => toItem(joined, s));
  if (role === 'introduction' || role === 'factors') {
    paragraph.items = items.map((i) => i.item);
    return paragraph;
  }
  if (role === 'positive') {
    paragraph.parts.push(makePart('positive', joined, 0, joined.length, items));
    return paragraph;
  }
  const split = recommendationStart(joined.text, segments);
  if (split === 0) {
    paragraph.parts.push(makePart('recommendation', joined, 0, joined.length, items));
  } else if (split !== undefined) {
    paragraph.parts.push(makePart('concern', joined, 0, split, items));
    paragraph.parts.push(makePart('recommendation', joined, split, joined.length, items));
  } else if (CONCERN_WORDS.test(joined.text)) {
    paragraph.parts.push(makePart('concern', joined, 0, joined.length, items));
  } else {
    paragraph.items = items.map((i) => i.item);
  }
  return paragraph;
}

interface Segment {
  /** Item label, or undefined for running text. */
  label?: string;
  start: number;
  end: number;
}

interface LocatedItem {
  item: ParsedItem;
  start: number;
}

/** Running text and lettered items, in joined-text indices. */
function findSegments(lines: Line[], bodyStart: number, joined: JoinedText): Segment[] {
  const segments: Segment[] = [{ start: 0, end: joined.length }];
  let lastLabel: string | undefined;
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    const current = segments[segments.length - 1]!;
    const item = ITEM_START.exec(line.text);
    const at = joined.indexAt(Math.max(line.start, bodyStart));
    // "(a)" after a line that ends mid-phrase is a pinpoint ("article 2\n(a)"), not an item.
    const listMayStart = line.blankBefore || /[:;.,]$|\b(and|or)$/.test(lines[k - 1]!.text);
    if (item && listMayStart && (item[1] === 'a' || (lastLabel && item[1] === nextLetter(lastLabel)))) {
      current.end = at;
      segments.push({ label: item[1], start: at, end: joined.length });
      lastLabel = item[1];
    } else if (current.label !== undefined && line.blankBefore && SENTENCE_END.test(lines[k - 1]!.text) && /^[A-Z]/.test(line.text)) {
      current.end = at;
      segments.push({ start: at, end: joined.length });
    }
  }
  return segments;
}

function nextLetter(label: string): string {
  return String.fromCharCode(label.charCodeAt(0) + 1);
}

function toItem(joined: JoinedText, segment: Segment): LocatedItem {
  const whole = joined.slice(segment.start, segment.end);
  const labelLength = ITEM_START.exec(whole.text)?.[0].length ?? 0;
  return { item: { label: segment.label!, joined: whole.slice(labelLength, whole.length).trim() }, start: segment.start };
}

function makePart(kind: PartKind, joined: JoinedText, start: number, end: number, items: LocatedItem[]): ParsedPart {
  return {
    kind,
    joined: joined.slice(start, end).trim(),
    items: items.filter((i) => i.start >= start && i.start < end).map((i) => i.item),
  };
}

/** Where the recommendation begins: the first sentence of running text that recommends. */
function recommendationStart(text: string, segments: Segment[]): number | undefined {
  for (const segment of segments) {
    if (segment.label !== undefined) continue;
    for (const start of sentenceStarts(text, segment.start, segment.end)) {
      const sentence = text.slice(start, sentenceEnd(text, start, segment.end));
      if (isRecommendation(sentence)) return start;
    }
  }
  return undefined;
}

function isRecommendation(sentence: string): boolean {
  if (RECOMMENDATION_OPENERS.some((re) => re.test(sentence)) || INTRODUCED_RECOMMENDATION.test(sentence)) return true;
  if (/^(The Committee|While|Although|Despite|Notwithstanding)\b/.test(sentence)) return false;
  return EMBEDDED_RECOMMENDATION.test(sentence);
}
