import { MONTHS, matchAll, matchAt } from './patterns.js';

/**
 * UN document symbols with their paragraph pinpoints (REFS rules 5-12):
 * "(A/56/44, para. 129 (e))", "(CCPR/C/51/D/449/1991), para. 5.7",
 * "(A/53/44, annex IX, para. 6)", "CAT A/56/44 (2001), paragraph 104".
 */
export interface DocumentCitation {
  readonly symbol: string;
  readonly paragraph: string | null;
  readonly item: string | null;
  readonly start: number;
  readonly end: number;
}

interface Pinpoint {
  paragraph: string;
  item: string | null;
}

/** The bodies and organs whose symbols a treaty-body text cites. */
const SERIES = '(?:A|E|S|CAT|CCPR|CERD|CEDAW|CRC|CRPD|CMW|CED|HRI|ST|UNW|TD|DP|UNEP|FCCC)';
/** "Add. 22", "Corr. 1": a space after the period of an addendum is a typist's or a PDF's, dropped like the others (REFS rule 3). */
const SEGMENT = '(?:(?:Add|Corr|Rev)\\.\\s?\\d+|[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*)';
/**
 * A space after a slash is a PDF's line break inside the symbol (REFS rule 3); so is a space before a slash followed
 * by a digit ("CAT/C/14/D /6/1990", as OCR'd headers write it).
 */
const SYMBOL_BODY = `${SERIES}(?:(?:/ ?| /(?=\\d))${SEGMENT})+(?![\\w/])`;
const SYMBOL_SOURCE = `(?<![\\w/.-])${SYMBOL_BODY}`;
const SYMBOL = new RegExp(SYMBOL_SOURCE, 'g');
/**
 * "CRC/C/85/D/79/2019–CRC/C/85/D/109/2019": the one symbol of Views on joined communications or of a joint general
 * comment, its parts joined by a dash as well as by a hyphen (which SEGMENT reads on).
 */
const JOINED_SYMBOL = new RegExp(`\\s?–\\s?${SYMBOL_BODY}`, 'y');
const URL = /\b(?:https?:\/\/|www\.)\S+/g;

/** "para. 12", "paragraphs 12", "paras 12", "par. 12", "at para. 12". */
const PARAGRAPH_WORD = /,?\s*(?:at\s+)?(?:paragraphs?|paras?\.?|pars?\.)\s*/y;
/** "12", "7.3-7.4", "62–73", "12 to 14". */
const NUMBER = /(\d+(?:\.\d+)*)(?:(?:\s?[-–]\s?|\s+to\s+)(\d+(?:\.\d+)*))?/y;
const PAREN_ITEM = /\s?\(\s*([a-z]{1,4})\s*\)/y;
/** "49 (a)-(d)": a range of items, written out. */
const PAREN_ITEM_RANGE = /\s?[-–]\s?\(\s*([a-z])\s*\)/y;
const BARE_ITEM = /\s([a-z])(?=\s*[,;.)]|\s+and\b|$)/y;
const FOLLOWING = /\s?ff\.?/y;
const LIST_SEPARATOR = /\s*(?:,\s*and|,|and|&)\s*/y;

/** What may stand between a symbol and its pinpoint: annexes, chapters, dates, years, volumes, pages. */
const SKIPPABLE: readonly RegExp[] = [
  new RegExp(`\\s?\\(\\s*(?:\\d{4}|[Vv]ol(?:ume)?\\.?\\s*[IVXL\\d]+|\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4})\\s*\\)`, 'y'),
  new RegExp(`,?\\s*(?:annex(?:es)?|[Aa]nnex|[Cc]hap(?:ter)?\\.?|[Ss]ect(?:ion)?\\.?|[Pp]art|[Vv]ol(?:ume)?\\.?|[Ss]upplement\\s+No\\.?)\\s*(?:[A-Z]+(?:\\.[A-Z0-9]+)*\\.?|\\d+(?:\\.\\d+)*|one|two|three|four|five)(?=[\\s,;)]|$)`, 'y'),
  // "CCPR/C/126/D/2807/2016, Views adopted on 25 July 2019, para. 7.5", "CCPR/C/GC/36, of 3 September 2019".
  new RegExp(`,?\\s*(?:(?:(?:Views|views|[Dd]ecision|[Oo]pinion)\\s+)?(?:(?:adopted|issued|dated)\\s+(?:on\\s+)?|of\\s+))?\\d{1,2}\\s+(?:${MONTHS})(?:\\s+\\d{4})?`, 'y'),
  // "(A/HRC/32/44, annex, para. 15)": an annex with no number or letter.
  /,?\s*[Aa]nnex(?=\s*[,;)])/y,
  // "A/53/44, annex IX, CAT General Comment No 1, paragraph 6": the title of what the annex holds.
  /,?\s*(?:[A-Z]{3,5}\s+)?[Gg]eneral\s+(?:[Cc]omment|[Rr]ecommendation)\s+No\.?\s*\d+(?:\s*\(\d{4}\))?(?=\s*,)/y,
  /,?\s*pp?\.\s*\d+(?:\s*[-–]\s*\d+)?/y,
  /\s+and\s+(?:Corr|Add|Rev)\.\s?\d+/y,
  new RegExp(`\\s+and\\s+${SYMBOL_SOURCE}`, 'y'),
  /\s+and\s+\d+\/\d{4}\b/y,
];
const CLOSING_PARENTHESIS = /\s?\)/y;
const OPEN_PINPOINT = /\s?\(\s*(?:paragraphs?|paras?\.?)\s*(?=\d)/y;
/** "CAT/C/SR.470, 473 and 482": summary records listed by their numbers after the first symbol. */
const RECORD_LIST_ITEM = /(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)(\d+)(?![\d/.\w])/y;
const CORRIGENDUM = /\s+and\s+((?:Corr|Add|Rev)\.\s?\d+)/y;
/**
 * "CAT/C/13/D/15/1994 Annex", "CCPR/C/45/D/400/1990 Page 3", "CAT/C/14/D/6/1990 page 8": a running page header that
 * repeats the document's own symbol (REFS rule 5), the word right after the symbol with no comma. An annex with a
 * number or letter ("A/47/40 Annex IX") may be a citation and is not taken for a header.
 */
const PAGE_HEADER_AFTER = /\s(?:Annex|ANNEX)(?!\s+(?:[IVXL]+|[A-Z])\b)(?![\w-])|\s[Pp]age\s\d{1,3}(?![\w.,/-])/y;

function asRange(first: string, last: string | undefined): string {
  return last ? `${first}-${last}` : first;
}

/** "27 and 30 (a)", "7 (a) and (b)", "62-73", "129 (e)", "7 a" from `position`. */
function parsePinpointList(text: string, position: number): { pinpoints: Pinpoint[]; end: number } | null {
  const pinpoints: Pinpoint[] = [];
  let cursor = position;
  const first = matchAt(NUMBER, text, cursor);
  if (!first) return null;
  let current: Pinpoint = { paragraph: asRange(first[1]!, first[2]), item: null };
  cursor = NUMBER.lastIndex;
  let currentHasItems = false;
  const addItem = (item: string): void => {
    if (!currentHasItems) {
      current.item = item;
      currentHasItems = true;
    } else {
      pinpoints.push(current);
      current = { paragraph: current.paragraph, item };
    }
  };
  const readItems = (): void => {
    const paren = matchAt(PAREN_ITEM, text, cursor);
    if (paren) {
      addItem(paren[1]!);
      cursor = PAREN_ITEM.lastIndex;
      const range = /^[a-z]$/.test(paren[1]!) ? matchAt(PAREN_ITEM_RANGE, text, cursor) : null;
      if (range && range[1]! > paren[1]! && range[1]!.charCodeAt(0) - paren[1]!.charCodeAt(0) <= 12) {
        for (let code = paren[1]!.charCodeAt(0) + 1; code <= range[1]!.charCodeAt(0); code++) addItem(String.fromCharCode(code));
        cursor = PAREN_ITEM_RANGE.lastIndex;
      }
      // Deeper items ("16 (c) (ii)") are below the pinpoint's item.
      while (matchAt(PAREN_ITEM, text, cursor)) cursor = PAREN_ITEM.lastIndex;
      return;
    }
    const bare = matchAt(BARE_ITEM, text, cursor);
    if (bare) {
      addItem(bare[1]!);
      cursor = BARE_ITEM.lastIndex;
    }
  };
  readItems();
  if (matchAt(FOLLOWING, text, cursor)) cursor = FOLLOWING.lastIndex;
  for (;;) {
    const separator = matchAt(LIST_SEPARATOR, text, cursor);
    if (!separator) break;
    const afterSeparator = LIST_SEPARATOR.lastIndex;
    const next = matchAt(NUMBER, text, afterSeparator);
    if (next) {
      pinpoints.push(current);
      current = { paragraph: asRange(next[1]!, next[2]), item: null };
      currentHasItems = false;
      cursor = NUMBER.lastIndex;
      readItems();
      continue;
    }
    const item = matchAt(PAREN_ITEM, text, afterSeparator);
    if (item && currentHasItems) {
      addItem(item[1]!);
      cursor = PAREN_ITEM.lastIndex;
      continue;
    }
    break;
  }
  pinpoints.push(current);
  return { pinpoints, end: cursor };
}

/** The pinpoint that follows a symbol inside its citation or right after its closing parenthesis. */
function pinpointAfter(text: string, symbolEnd: number, insideParenthesis: boolean): { pinpoints: Pinpoint[]; end: number } | null {
  let cursor = symbolEnd;
  let open = insideParenthesis;
  // "A/HRC/37/55/Add.1 (para. 20)": a symbol written in the running text, its pinpoint alone in the parenthesis after it.
  if (!insideParenthesis && matchAt(OPEN_PINPOINT, text, cursor)) {
    const list = parsePinpointList(text, OPEN_PINPOINT.lastIndex);
    if (list && matchAt(CLOSING_PARENTHESIS, text, list.end)) return list;
  }
  for (;;) {
    const paragraphWord = matchAt(PARAGRAPH_WORD, text, cursor);
    if (paragraphWord) {
      const list = parsePinpointList(text, PARAGRAPH_WORD.lastIndex);
      if (list) return list;
    }
    const skip = SKIPPABLE.find((re) => matchAt(re, text, cursor));
    if (skip) {
      cursor = skip.lastIndex;
      continue;
    }
    if (open && matchAt(CLOSING_PARENTHESIS, text, cursor)) {
      cursor = CLOSING_PARENTHESIS.lastIndex;
      open = false;
      continue;
    }
    return null;
  }
}

const PINPOINT_BEFORE = /(?:paragraphs?|paras?\.?)\s*(\d[\d.,\s\-–()a-z]*?)\s*,?\s*\(\s*(?:see\s+)?$/;

/**
 * "paragraph 8 of general comment No. 31 (CCPR/C/21/Rev.1/Add.13)", "paragraph 12 of its previous concluding
 * observations (CAT/C/RUR/CO/5)", "para. 5 of CCPR/C/GC/36": the pinpoint of a document named by its title, the
 * symbol in the parenthesis right after the title (or right after "of"). The title is one of the documents
 * committees pinpoint, and holds no parenthesis but a year, no comma (after one, the sentence may have gone on
 * to another document), no sentence end.
 */
const PINPOINT_OF_TITLE = /(?:[Pp]aragraphs?|[Pp]aras?\.?)\s*(\d[\d.,\s\-–()a-z]*?)\s+of\s+(?:(?:the\s+(?:Committee['’]s\s+)?|its\s+|their\s+)(?:(?:joint\s+)?general\s+(?:comments?|recommendations?)|(?:(?:previous|last|latest|prior|most\s+recent|initial)\s+)?concluding\s+observations|Views|decision|report|document)\b(?:[^().;,]|\(\d{4}\)|No\.)*?\(\s*(?:see\s+)?|(?:(?:joint\s+)?general\s+(?:comments?|recommendations?)|document)\b(?:[^().;,]|\(\d{4}\)|No\.)*?\(\s*(?:see\s+)?|(?:document\s+)?)$/;
/** What PINPOINT_OF_TITLE needs before a symbol: it is tried only where both are. */
const OF_BEFORE = /\sof\s/;
const PARA_BEFORE = /[Pp]ara/;

/** "para. 14 (CAT/C/DZA/CO/3, 16 May 2008)": a pinpoint written before the parenthesis holding the symbol. */
function pinpointBefore(text: string, symbolStart: number): { pinpoints: Pinpoint[]; start: number } | null {
  const near = text.slice(Math.max(0, symbolStart - 60), symbolStart);
  const found = pinpointIn(text, near, symbolStart, PINPOINT_BEFORE);
  if (found) return found;
  const far = text.slice(Math.max(0, symbolStart - 240), symbolStart);
  return OF_BEFORE.test(far) && PARA_BEFORE.test(far) ? pinpointIn(text, far, symbolStart, PINPOINT_OF_TITLE) : null;
}

/** The pinpoint list `re` finds at the end of `before` (the text before the symbol), if it is all a pinpoint. */
function pinpointIn(text: string, before: string, symbolStart: number, re: RegExp): { pinpoints: Pinpoint[]; start: number } | null {
  const match = re.exec(before);
  if (!match) return null;
  const listStart = symbolStart - before.length + match.index + match[0].indexOf(match[1]!);
  const list = parsePinpointList(text, listStart);
  if (!list || list.end !== listStart + match[1]!.length) return null;
  return { pinpoints: list.pinpoints, start: symbolStart - before.length + match.index };
}

function isInsideParenthesis(text: string, position: number): boolean {
  const open = text.lastIndexOf('(', position);
  return open >= 0 && text.lastIndexOf(')', position - 1) < open;
}

export function findDocumentCitations(text: string): DocumentCitation[] {
  const urls = [...matchAll(URL, text)].map((m) => [m.index, m.index + m[0].length] as const);
  const citations: DocumentCitation[] = [];
  // The end of the last symbol joined to the one before it by a dash: the matches before it are read already.
  let joinedUntil = 0;
  for (const match of matchAll(SYMBOL, text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start < joinedUntil) continue;
    let symbol = match[0].replace(/\s+/g, '');
    if (!/\d/.test(symbol)) continue;
    if (urls.some(([from, to]) => start >= from && start < to)) continue;

    let symbolEnd = end;
    for (let joined = matchAt(JOINED_SYMBOL, text, symbolEnd); joined; joined = matchAt(JOINED_SYMBOL, text, symbolEnd)) {
      symbol += joined[0].replace(/\s+/g, '');
      symbolEnd = JOINED_SYMBOL.lastIndex;
      joinedUntil = symbolEnd;
    }
    const symbols = [symbol];
    const record = /^(.*\/SR\.)(\d+)$/.exec(symbol);
    if (record) {
      // Meetings of one consideration follow one another; a larger gap is a year or another number.
      let last = Number(record[2]);
      for (let more = matchAt(RECORD_LIST_ITEM, text, symbolEnd); more; more = matchAt(RECORD_LIST_ITEM, text, symbolEnd)) {
        const n = Number(more[1]);
        if (n <= last || n > last + 100) break;
        last = n;
        symbols.push(`${record[1]}${more[1]}`);
        symbolEnd = RECORD_LIST_ITEM.lastIndex;
      }
    }
    const corrigendum = matchAt(CORRIGENDUM, text, symbolEnd);
    if (corrigendum) symbols.push(`${symbol}/${corrigendum[1]!.replace(/\s+/g, '')}`);

    const inside = isInsideParenthesis(text, start);
    // A page header: not in a citation's parenthesis, no pinpoint after it.
    if (!inside && !record && !corrigendum && matchAt(PAGE_HEADER_AFTER, text, symbolEnd)
      && !pinpointAfter(text, PAGE_HEADER_AFTER.lastIndex, false)) continue;
    const after = pinpointAfter(text, symbolEnd, inside);
    const before = after ? null : pinpointBefore(text, start);
    const pinpoints = after?.pinpoints ?? before?.pinpoints ?? [];
    const citationStart = before?.start ?? start;
    const citationEnd = after?.end ?? (corrigendum ? CORRIGENDUM.lastIndex : symbolEnd);
    for (const cited of symbols) {
      if (pinpoints.length === 0) {
        citations.push({ symbol: cited, paragraph: null, item: null, start: citationStart, end: citationEnd });
      }
      for (const pinpoint of pinpoints) {
        citations.push({ symbol: cited, paragraph: pinpoint.paragraph, item: pinpoint.item, start: citationStart, end: citationEnd });
      }
    }
  }
  return citations;
}
