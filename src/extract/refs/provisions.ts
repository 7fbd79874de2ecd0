import { matchAll, matchAllFrom, matchAt } from './patterns.js';

/**
 * The grammar of a provision list, common to treaties and domestic law:
 * "articles 2, 7 and 16", "article 22, paragraph 5 (b)", "article 14 (2) and
 * (3) (a)–(b) and (g)", "Part 1 of article 347-1", "section 266 b",
 * "articles 11 to 15". Whose provisions they are is decided afterwards, from
 * what follows the list (see articles.ts).
 */

/** A "paragraph" is a provision of a domestic instrument only when the instrument's name follows it ("paragraph 12 of the Constitution"). */
export type ProvisionKeyword = 'article' | 'section' | 'paragraph';

/** The first subdivision below an article or section, with the items below it. */
export interface Subdivision {
  value: string;
  items: string[];
}

export interface ProvisionNumber {
  /** As numbered: "347-1", "11", "266b", "14bis", "14.2", "10:24". */
  number: string;
  /** Last number of a range written with a dash or "to": "14" of "11–14". */
  rangeEnd: string | null;
  /** "347-1": a law's own numbering, or a range of treaty articles; the owner decides. */
  hyphenated: boolean;
  subdivisions: Subdivision[];
  chapter: string | null;
  /** "article XXIII", "Article V": a capital Roman number, which only a domestic instrument's articles have. */
  roman?: boolean;
}

export interface ProvisionGroup {
  keyword: ProvisionKeyword;
  /** From the keyword, or the "Part 1 of" before it, to the end of the list. */
  start: number;
  end: number;
  numbers: ProvisionNumber[];
  /** "(arts. 2, 11 and 12)": the list is all that the parenthesis holds. */
  parenthesized: boolean;
  /** Written "art." / "arts.", as the Convention-article tags of concluding observations are. */
  abbreviated: boolean;
  /** Where the instrument's name starts when it is written before the list: "Articles of the Covenant: 7 and 9". */
  ownerStart?: number;
}

export const KEYWORD = /(?<![\w-])(?:(articles?|Articles?|ARTICLES?|arts?\.|Arts?\.)|(sections?|Sections?|sects?\.|§§?)|(paragraphs?|Paragraphs?))\s?(?=\d|[LRD]\.?\s?\d|[IVX]{2}|[VX](?![\w’'-]))/y;
/**
 * Where a match of KEYWORD may start: every one of its words begins with one
 * of these ("arti", "art.", "arts", "ART", "sect", "§", "paragraph"). A match cannot start
 * inside one of them either, since a letter stands before any such position and
 * KEYWORD's lookbehind wants none. Tried only there, the sticky KEYWORD finds
 * what a search of every position would, without the engine trying its
 * lookbehind all along the paragraph.
 */
const ARTICLE_OR_SECTION_START = '[Aa]rt[is.]|ART|[Ss]ect|§';
export const KEYWORD_START = new RegExp(`${ARTICLE_OR_SECTION_START}|[Pp]aragraph`, 'g');
/** The same without "paragraph": a paragraph that names no domestic instrument has no paragraph provision, and most name none. */
const KEYWORD_START_NO_PARAGRAPH = new RegExp(ARTICLE_OR_SECTION_START, 'g');
/**
 * The heading of a Views' or decision's cover page: "Articles of the Covenant: 2 (3), 7 and 14 (1)", "Article of the
 * Optional Protocol: 5 (2) (b)", "Articles of the Convention: 3 and 22". A colon and a number after the words.
 */
const HEADING = /\b(?:Articles?|ARTICLES?)\s+(?:of|OF)\s+(?:the|THE)\s+(Covenant|Convention|Optional\s+Protocol|COVENANT|CONVENTION|OPTIONAL\s+PROTOCOL)\s*:\s*(?=\d)/g;
const REPEATED_KEYWORD = /(?:articles?|Articles?|arts?\.|Arts?\.|sections?|Sections?|sects?\.|§§?)\s?(?=\d|[LRD]\.?\s?\d)/y;

/** "article L. 511-1", "R. 421-1", "D. 12": the legislative, regulatory and decree articles of French codes, kept as "L.511-1". */
const CODE_PART = /([LRD])\.?\s?(?=\d)/y;
const BASE = /\d+/y;
/**
 * "article XXIII, paragraph 6, of the Fundamental Law", "Article V of Law No. 93-12": a capital Roman article number,
 * two letters at least, or V or X alone ("article I" may be an OCR slip for 1), up to XXXIX, as Hungary's Fundamental
 * Law, the Philippine Constitution and some francophone laws number their articles. Read only after "article" and kept
 * only when a domestic instrument owns the list (articles.ts): the UN treaties number their articles in Arabic figures.
 */
const ROMAN_BASE = /(?=[IVX]{2}|[VX](?![\w’'-]))X{0,3}(?:IX|IV|V?I{0,3})(?![\w’'-])/y;
const HYPHEN_PART = /-\s?(\d+)(?![.:]\d)/y;
/** "article 215-A of the Federal Criminal Code": a letter after a hyphen is part of a law's own numbering. */
const HYPHEN_LETTER = /-([A-Z])(?![\w-])/y;
const DECIMAL = /([.:])(\d+(?:\.\d+)*)/y;
const ATTACHED_LETTER = /([a-zA-Z])(?![\w])/y;
const SPACED_LETTER = /\s([a-z])(?=[\s,;)]|$)(?!\s+(?:and|or)\s+\d)/y;
const LATIN = /\s?\(?(bis|ter|quater|quinquies|sexies)\)?(?![\w])/y;
const CAPITAL_LETTER = /\s?([A-H])(?=\s?\()/y;
const DASH_RANGE = /\s?[–—]\s?(\d+)(?![.:]\d)/y;
const TO_RANGE = /\s+to\s+(\d+)(?![.:\d])/y;

const PAREN_PARAGRAPH = /\s?\(\s*(?:paragraphs?|paras?\.?)\s*(\d+)\s*\)/y;
const PAREN_VALUE = /\s?\(\s*(\d{1,3}(?:\s?bis)?|[a-z]{1,2}|[ivxlc]{1,5}|[IVXLC]{1,5})\s*\)/y;
/**
 * "9 (1, 2, 3, 4, 5)", "10 (1 and 3)", "14 (3) (b, d and e)": several values of one kind in one parenthesis, as early
 * Views write an article's paragraphs. Numbers of up to two digits or single letters, ascending (checked in code).
 */
const PAREN_LIST = /\s?\(\s*(\d{1,2}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{1,2})+|[a-z](?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[a-z])+)\s*\)/y;
const PAREN_LIST_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/;
const PAREN_VALUE_RANGE = /\s?[–-]\s?\(\s*(\d{1,3}|[a-z]{1,2}|[ivxlc]{1,5})\s*\)/y;
const PAREN_SIBLING = /(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)\(\s*(\d{1,3}|[a-z]{1,2}|[ivxlc]{1,5}|[IVXLC]{1,5})\s*\)/y;
/**
 * "articles 9 (liberty of person), 14 (fair trial) and 26 of the Covenant": a gloss in words after a number, read over
 * when the list goes on after it (another number) or reaches its owner (" of"), so that the list keeps its instrument.
 */
const GLOSS = /\s?\((?=[a-z])[a-z][a-z ,'’-]{2,79}\)(?=,?\s*(?:(?:and|or|&)\s+)?\d|,?\s+of\s)/y;
const PAREN_DESCRIPTOR = /\s?\(\s*(?:items?|points?|sub-?paragraphs?|clauses?|subsections?)\s+[^)]*\)/y;
/** Also upper-case, as the titles of older Views write it: "UNDER ARTICLE 22, PARAGRAPH 7, OF THE CONVENTION". */
const SUBDIVISION_WORD = /,?\s*(paragraphs|paras\.?|parts|subsections|paragraph|para\.?|part|subsection|PARAGRAPHS|PARAGRAPH|§)\s*(?=\(?[\dIVXLCa-z])/y;
/** "article 20, section C, of the Political Constitution": a section below an article is its first subdivision (never below a section). */
const ARTICLE_SECTION_WORD = /,?\s*(sections?)\s+(?=\(?(?:\d|[IVXLCa-z](?![\w])))/y;
const SUBDIVISION_VALUE = /\(?(\d+(?:\.\d+)*(?:\s?bis)?|[IVXLC]{1,5}|[a-z])\)?(?![\w])/y;
/** "article 9, paragraphs 1 to 4", "paragraphs 1–3": a range of numbered paragraphs, after a plural word only. */
const SUBDIVISION_RANGE = /(?:\s?[-–]\s?|\s+to\s+)(\d+)(?![\w.:-])/y;
const SUBDIVISION_LIST_SEPARATOR = /(?:\s*,\s*(?:and\s+|AND\s+)?|\s+(?:and|AND|&)\s+)(?=\(?[\dIVXLCa-z])/y;
const CHAPTER_AFTER = /,\s*chapter\s+([\dIVXLC]+)/y;
/**
 * ", read alone and in conjunction with 2 (1)", " in conjunction with 14, 17 and 26": the Human Rights Committee lists
 * the articles a violation is read with by their bare numbers, in the one list (a keyword after it starts a chain of
 * its own, articles.ts).
 */
const NUMBER_SEPARATOR = /(?:,?\s+(?:read\s+)?(?:alone\s+(?:and|or)\s+)?in\s+conjunction\s+with,?\s+(?=\d)|\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or|&)\s+)/y;
/** A number after a comma that counts something is not one more article: "under article 22, 12 complaints". */
const NOT_A_PROVISION_AFTER = /^\s*(?:%|per\s?cent|percent|persons?|people|individuals|years?|months?|weeks?|days?|hours?|minutes|cases?|complaints?|times|members|children|women|men|detainees|prisoners|victims|officers|officials|deaths?|communications?|States)\b/;

/** "first" ... "tenth", "1st", "4th": an ordinal part or paragraph ("the 4th part of Article 36", "article 5, first paragraph"). */
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
/** "one" ... "ten" after the word: "part two of article 5", "article 36, paragraph one". */
const CARDINAL_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const ORDINAL = '(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|\\d{1,2}(?:st|nd|rd|th))';
const CARDINAL = '(?:one|two|three|four|five|six|seven|eight|nine|ten)';
const ORDINAL_SUBDIVISION = '(?:[Pp]art|[Pp]aragraph|[Ss]ubsection)';
/** "the 4th part of", "the second paragraph of", "part two of": an ordinal subdivision written before the keyword. */
const ORDINAL_PREFIX = new RegExp(`(?<![\\w-])(?:(${ORDINAL})\\s+${ORDINAL_SUBDIVISION}|${ORDINAL_SUBDIVISION}\\s+(${CARDINAL}))\\s+of\\s+$`);
/** ", first paragraph", ", the 2nd part", ", part two": the same written after the number. */
const ORDINAL_AFTER = new RegExp(`,?\\s*(?:the\\s+)?(?:(${ORDINAL})\\s+(?:paragraph|part|subsection)|(?:paragraph|part|subsection)\\s+(${CARDINAL}))(?![\\w-])`, 'y');

/** The number an ordinal or cardinal word ("second", "4th", "two") stands for. */
function ordinalValue(word: string): string | null {
  const lower = word.toLowerCase();
  const value = ORDINAL_WORDS[lower] ?? CARDINAL_WORDS[lower] ?? (/^(\d{1,2})(?:st|nd|rd|th)$/.exec(lower) ? Number.parseInt(lower, 10) : undefined);
  return value === undefined || value === 0 ? null : String(value);
}

/**
 * "articles 12 (2) to 12 (4)", "articles L.116 (2) to L.116 (4)": a range of an article's paragraphs, the article
 * written again at the end (group 1, compared with the first), the last paragraph in group 2.
 */
const SAME_ARTICLE_RANGE = /\s?(?:to|[–—-])\s?((?:[LRD]\.?\s?)?\d+[A-Za-z]?)\s?\(\s*(\d{1,3}|[a-z])\s*\)/y;

/** "3", "(2)", "3 (a)", "2 (b) (ii)": one value of a PREFIX list, with the items in brackets after it. */
const PREFIX_VALUE = '\\(?(?:\\d+(?:\\.\\d+)*|[IVXLC]+|[a-z])\\)?(?:\\s?\\(\\s*(?:[a-z]{1,2}|[ivx]{1,4})\\s*\\))*';
/** "paragraph 3 of", "paragraphs 1, 2 and 5 of", "paragraph 3 (a) and (b) of" before the keyword. */
const PREFIX = new RegExp(`(?<![\\w-])(?:(?:sub-?paragraph|point|item)\\s+\\(?[a-z\\d]+\\)?\\s+of\\s+)?(?:[Pp]arts?|[Pp]aragraphs?|[Pp]aras?\\.?|[Ss]ubsections?)\\s+(${PREFIX_VALUE}(?:\\s*(?:,\\s*and|,|and)\\s*${PREFIX_VALUE})*)\\s+of\\s+$`);
const PREFIX_SEPARATOR = /\s*(?:,\s*and|,|and)\s*/;
/** The values of one piece of a PREFIX list, bracketed or not: "3", "(2)", "3 (a)", "(b)". */
const PREFIX_TOKEN = /(\()?\s*(\d+(?:\.\d+)*|[IVXLC]+|[ivx]{1,4}|[a-z]{1,2})\s*\)?/g;
const OF_AT_END = /of\s+$/;
const CHAPTER_BEFORE = /(?<![\w-])[Cc]hapter\s+([\dIVXLC]+),?\s+$/;
/** "Article III, Section 3 (1) of the Philippine Constitution": a Roman article whose section is its part. */
const ROMAN_ARTICLE_BEFORE = /(?<![\w-])Article\s+([IVXL]{1,6}),?\s+$/;

type ValueClass = 'digit' | 'letter' | 'roman';

function classOf(value: string): ValueClass {
  if (/^\d/.test(value)) return 'digit';
  if (/^[ivxlc]+$/.test(value) && value.length > 1) return 'roman';
  return 'letter';
}

/** "1"–"3" or "a"–"c" written out; anything else stays the two ends. */
function expand(from: string, to: string): string[] {
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const a = Number(from);
    const b = Number(to);
    if (b > a && b - a <= 30) return Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
  }
  if (/^[a-z]$/.test(from) && /^[a-z]$/.test(to) && to > from) {
    return Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) => String.fromCharCode(from.charCodeAt(0) + i));
  }
  return [from, to];
}

function normalizeValue(value: string): string {
  return value.replace(/\s+/g, '');
}

class GroupParser {
  cursor: number;
  /** Whether the number read last was a Roman article number ("Article III"). */
  private lastRoman = false;

  constructor(private readonly text: string, start: number, private readonly keyword: ProvisionKeyword) {
    this.cursor = start;
  }

  private at(re: RegExp): RegExpExecArray | null {
    const match = matchAt(re, this.text, this.cursor);
    if (match) this.cursor = re.lastIndex;
    return match;
  }

  number(): ProvisionNumber | null {
    const resume = this.cursor;
    this.lastRoman = false;
    const part = this.at(CODE_PART);
    const base = this.at(BASE);
    if (!base) {
      this.cursor = resume;
      const roman = this.keyword === 'article' ? this.at(ROMAN_BASE) : null;
      if (!roman) return null;
      const provision: ProvisionNumber = { number: roman[0], rangeEnd: null, hyphenated: false, subdivisions: [], chapter: null, roman: true };
      this.subdivisions(provision);
      this.lastRoman = true;
      return provision;
    }
    let number = part ? `${part[1]}.${base[0]}` : base[0];
    let hyphenated = false;
    let rangeEnd: string | null = null;
    const hyphen = this.at(HYPHEN_PART) ?? this.at(HYPHEN_LETTER);
    if (hyphen) {
      number += `-${hyphen[1]}`;
      hyphenated = true;
    }
    const decimal = !hyphenated ? this.at(DECIMAL) : null;
    if (decimal) number += decimal[1]! + decimal[2]!;
    const letter = this.at(ATTACHED_LETTER) ?? (this.keyword === 'section' ? this.at(SPACED_LETTER) : null);
    // "section 266B" and "section 266 b" are the one section 266b (REFS rule 22).
    if (letter) number += this.keyword === 'section' ? letter[1]!.toLowerCase() : letter[1];
    const latin = this.at(LATIN);
    if (latin) number += latin[1];
    const capital = this.at(CAPITAL_LETTER);
    if (capital) number += capital[1];
    const range = this.at(DASH_RANGE) ?? this.at(TO_RANGE);
    if (range) rangeEnd = range[1]!;
    const provision: ProvisionNumber = { number, rangeEnd, hyphenated, subdivisions: [], chapter: null };
    this.subdivisions(provision);
    this.sameArticleRange(provision);
    return provision;
  }

  /** "12 (2) to 12 (4)": the paragraphs 2 to 4 of article 12, when the article written at the end is the same. */
  private sameArticleRange(provision: ProvisionNumber): void {
    const only = provision.subdivisions.length === 1 ? provision.subdivisions[0]! : null;
    if (!only || only.items.length > 0 || provision.rangeEnd !== null) return;
    const range = matchAt(SAME_ARTICLE_RANGE, this.text, this.cursor);
    if (!range || range[1]!.replace(/\s+/g, '').replace(/^([LRD])(?=\d)/, '$1.') !== provision.number) return;
    const to = range[2]!;
    if (classOf(to) !== classOf(only.value)) return;
    const ascending = /^\d+$/.test(to) ? Number(to) > Number(only.value) : to > only.value;
    if (!ascending) return;
    const values = expand(only.value, to);
    this.cursor = SAME_ARTICLE_RANGE.lastIndex;
    provision.subdivisions = values.map((value) => ({ value, items: [] }));
  }

  private subdivisions(provision: ProvisionNumber): void {
    // The subdivision being read, and whether the last value read was one of its items.
    const state: { current: Subdivision | null; lastWasItem: boolean } = { current: null, lastWasItem: false };
    const addSubdivision = (value: string, items: string[] = []): void => {
      state.current = { value: normalizeValue(value), items };
      provision.subdivisions.push(state.current);
      state.lastWasItem = false;
    };
    const addItem = (value: string): void => {
      state.current?.items.push(normalizeValue(value));
      state.lastWasItem = true;
    };
    for (;;) {
      const paragraph = this.at(PAREN_PARAGRAPH);
      if (paragraph) {
        addSubdivision(paragraph[1]!);
        continue;
      }
      const list = this.parenList();
      if (list) {
        // "9 (1, 2, 3)": the article's paragraphs; "14 (3) (b, d and e)": items of its paragraph.
        if (state.current === null || classOf(list[0]!) === classOf(state.current.value)) for (const value of list) addSubdivision(value);
        else for (const value of list) addItem(value);
        continue;
      }
      const paren = this.at(PAREN_VALUE);
      if (paren) {
        const value = paren[1]!;
        // Danish "section 266(b)" is section 266b (REFS rule 22).
        const joinsNumber = this.keyword === 'section' && provision.subdivisions.length === 0 && /^[a-z]$/.test(value)
          && !/[a-z]$/.test(provision.number);
        if (joinsNumber) provision.number += value;
        else if (state.current === null) addSubdivision(value);
        else addItem(value);
        continue;
      }
      const open = state.current;
      if (open !== null) {
        const range = this.at(PAREN_VALUE_RANGE);
        if (range) {
          if (state.lastWasItem) {
            open.items.push(...expand(open.items.pop()!, range[1]!));
          } else {
            provision.subdivisions.pop();
            for (const value of expand(open.value, range[1]!)) addSubdivision(value, [...open.items]);
          }
          continue;
        }
        const sibling = this.at(PAREN_SIBLING);
        if (sibling) {
          const value = sibling[1]!;
          if (classOf(value) === classOf(provision.subdivisions[0]!.value)) addSubdivision(value);
          else addItem(value);
          continue;
        }
      }
      if (this.at(PAREN_DESCRIPTOR) ?? this.at(GLOSS)) continue;
      const chapter = this.at(CHAPTER_AFTER);
      if (chapter) {
        provision.chapter = chapter[1]!;
        continue;
      }
      // "article 5, first paragraph", "Article 36, part two": an ordinal first subdivision.
      const ordinal = provision.subdivisions.length === 0 ? this.at(ORDINAL_AFTER) : null;
      if (ordinal) {
        const value = ordinalValue(ordinal[1] ?? ordinal[2]!);
        if (value) {
          addSubdivision(value);
          continue;
        }
      }
      const word = provision.subdivisions.length === 0 ? this.subdivisionWord() : null;
      if (word) {
        const resume = this.cursor;
        this.cursor = word.end;
        const plural = /^(?:paragraphs|paras|parts|subsections|sections)/i.test(word.word);
        if (!this.subdivisionList(provision, plural)) {
          this.cursor = resume;
          return;
        }
        state.current = provision.subdivisions[provision.subdivisions.length - 1]!;
        state.lastWasItem = state.current.items.length > 0;
        continue;
      }
      return;
    }
  }

  /** "(1, 2 and 4)", "(b and d)" at the cursor: the values, when they ascend; else null and the cursor stays. */
  private parenList(): string[] | null {
    const list = matchAt(PAREN_LIST, this.text, this.cursor);
    if (!list) return null;
    const values = list[1]!.split(PAREN_LIST_SEPARATOR);
    const ascending = values.every((value, i) => i === 0
      || (/^\d/.test(value) ? Number(value) > Number(values[i - 1]) : value > values[i - 1]!));
    if (!ascending) return null;
    this.cursor = PAREN_LIST.lastIndex;
    return values;
  }

  /** The word of a first subdivision at the cursor (", paragraph", ", part", an article's ", section"), and where it ends. */
  private subdivisionWord(): { word: string; end: number } | null {
    const word = matchAt(SUBDIVISION_WORD, this.text, this.cursor);
    if (word) return { word: word[1]!, end: SUBDIVISION_WORD.lastIndex };
    const section = this.keyword === 'article' ? matchAt(ARTICLE_SECTION_WORD, this.text, this.cursor) : null;
    return section ? { word: section[1]!, end: ARTICLE_SECTION_WORD.lastIndex } : null;
  }

  /** ", paragraph 5 (b)" / ", paragraphs 1 and 3 (e)" / ", part 3". */
  private subdivisionList(provision: ProvisionNumber, plural: boolean): boolean {
    let read = false;
    // A list closed by "and" or a range ends there: "articles 9, paragraphs 1 and 4, and 14" goes on with article 14.
    let closed = false;
    for (;;) {
      const value = this.at(SUBDIVISION_VALUE);
      if (!value) return read;
      read = true;
      const range = plural && /^\d+$/.test(value[1]!) ? this.at(SUBDIVISION_RANGE) : null;
      if (range) closed = true;
      if (range) {
        const values = expand(value[1]!, range[1]!);
        provision.subdivisions.push(...values.slice(0, -1).map((v) => ({ value: v, items: [] })));
      }
      const subdivision: Subdivision = { value: normalizeValue(range ? range[1]! : value[1]!), items: [] };
      provision.subdivisions.push(subdivision);
      for (;;) {
        // "paragraph 3 (b, d and e)": items listed in one parenthesis.
        const itemList = this.parenList();
        if (itemList) {
          subdivision.items.push(...itemList);
          continue;
        }
        const item = this.at(PAREN_VALUE);
        if (item) {
          subdivision.items.push(normalizeValue(item[1]!));
          continue;
        }
        const itemRange = subdivision.items.length > 0 ? this.at(PAREN_VALUE_RANGE) : null;
        if (itemRange) {
          subdivision.items.push(...expand(subdivision.items.pop()!, itemRange[1]!));
          continue;
        }
        const itemSibling = subdivision.items.length > 0 ? matchAt(PAREN_SIBLING, this.text, this.cursor) : null;
        if (itemSibling && classOf(itemSibling[1]!) !== classOf(subdivision.value)) {
          this.cursor = PAREN_SIBLING.lastIndex;
          subdivision.items.push(normalizeValue(itemSibling[1]!));
          continue;
        }
        if (this.at(PAREN_DESCRIPTOR) ?? this.at(GLOSS)) continue;
        break;
      }
      if (!plural || closed) return true;
      const resume = this.cursor;
      const separator = this.at(SUBDIVISION_LIST_SEPARATOR);
      if (!separator) return true;
      if (!matchAt(SUBDIVISION_VALUE, this.text, this.cursor)) {
        this.cursor = resume;
        return true;
      }
      if (/\band\b|&/i.test(separator[0])) closed = true;
    }
  }

  /** One more number of the list: ", 11", " and 16", ", article 14", " to 15". */
  nextNumber(): ProvisionNumber | null {
    const resume = this.cursor;
    if (!this.at(NUMBER_SEPARATOR)) return null;
    // "paragraph 2, article 5 of the Law": a paragraph's list holds paragraphs only.
    const keywordAgain = this.keyword !== 'paragraph' ? this.at(REPEATED_KEYWORD) : null;
    const repeated = keywordAgain !== null;
    // "Article III, Section 3 (1) of the Constitution": the section is the Roman article's part, no article of the list.
    if (keywordAgain && this.lastRoman && /^[Ss§]/.test(keywordAgain[0])) {
      this.cursor = resume;
      return null;
    }
    const start = this.cursor;
    const provision = this.number();
    if (!provision || (!repeated && NOT_A_PROVISION_AFTER.test(this.text.slice(this.cursor, this.cursor + 20)))) {
      this.cursor = resume;
      return null;
    }
    if (!repeated && /^\d{4}$/.test(provision.number) && this.cursor === start + 4) {
      this.cursor = resume;
      return null;
    }
    return provision;
  }
}

/** A keyword that announces more than one provision: "articles", "arts.", "sections", "§§", "paragraphs". */
const PLURAL_KEYWORD = /^(?:articles|arts\.|sections|sects\.|§§|paragraphs)/i;

/** "1-2" read as one number ("347-1" is one article) made the range 1 to 2, when both are plain and ascending. */
function hyphenAsRange(provision: ProvisionNumber): void {
  const pair = /^(\d+)-(\d+)$/.exec(provision.number);
  if (!provision.hyphenated || provision.rangeEnd !== null || !pair || Number(pair[2]) <= Number(pair[1])) return;
  provision.number = pair[1]!;
  provision.rangeEnd = pair[2]!;
  provision.hyphenated = false;
}

/**
 * The subdivisions of a PREFIX list: "1, 2 and 5" are three; in "3 (a) and (b)" a bracketed value of another kind
 * than the first ("a" after "3") is an item of the subdivision before it.
 */
function prefixValues(list: string): Subdivision[] {
  const subdivisions: Subdivision[] = [];
  for (const piece of list.split(PREFIX_SEPARATOR)) {
    for (const token of piece.matchAll(PREFIX_TOKEN)) {
      const value = token[2]!;
      const current = subdivisions[subdivisions.length - 1];
      if (current && token[1] && classOf(value) !== classOf(subdivisions[0]!.value)) current.items.push(value);
      else subdivisions.push({ value, items: [] });
    }
  }
  return subdivisions;
}

function prefixSubdivisions(text: string, keywordStart: number): { start: number; values: Subdivision[]; chapter: string | null; romanArticle?: string } {
  const before = text.slice(Math.max(0, keywordStart - 120), keywordStart);
  const offset = keywordStart - before.length;
  // Every PREFIX and ORDINAL_PREFIX ends with " of " (the text is flat: one space); the expressions anchored at the
  // end are tried only where their words are, since each is tried at every position of the slice.
  if (OF_AT_END.test(before)) {
    const prefix = PREFIX.exec(before);
    if (prefix) return { start: offset + prefix.index, values: prefixValues(prefix[1]!), chapter: null };
    // "the 4th part of Article 36", "part two of article 5": an ordinal part.
    const ordinal = ORDINAL_PREFIX.exec(before);
    const ordinalValueWritten = ordinal ? ordinalValue(ordinal[1] ?? ordinal[2]!) : null;
    if (ordinal && ordinalValueWritten) return { start: offset + ordinal.index, values: [{ value: ordinalValueWritten, items: [] }], chapter: null };
  }
  const chapter = before.includes('hapter') ? CHAPTER_BEFORE.exec(before) : null;
  if (chapter) return { start: offset + chapter.index, values: [], chapter: chapter[1]! };
  const roman = before.includes('Article') ? ROMAN_ARTICLE_BEFORE.exec(before) : null;
  if (roman) return { start: offset + roman.index, values: [], chapter: null, romanArticle: roman[1]! };
  return { start: keywordStart, values: [], chapter: null };
}

function* keywordStarts(text: string, paragraphs: boolean): Generator<number> {
  for (const start of matchAll(paragraphs ? KEYWORD_START : KEYWORD_START_NO_PARAGRAPH, text)) yield start.index;
}

/** The provision lists of a flat paragraph; "paragraph N" lists only when `paragraphs` (a domestic instrument is named). */
export function findProvisionGroups(text: string, paragraphs = true): ProvisionGroup[] {
  const groups: ProvisionGroup[] = [];
  let consumedUntil = 0;
  for (const match of matchAllFrom(KEYWORD, text, keywordStarts(text, paragraphs))) {
    if (match.index < consumedUntil) continue;
    const keyword: ProvisionKeyword = match[1] ? 'article' : match[2] ? 'section' : 'paragraph';
    const parser = new GroupParser(text, match.index + match[0].length, keyword);
    const first = parser.number();
    if (!first) continue;
    const numbers = [first];
    for (let next = parser.nextNumber(); next; next = parser.nextNumber()) numbers.push(next);
    const prefix = prefixSubdivisions(text, match.index);
    if (prefix.values.length > 0 && numbers.length === 1 && first.subdivisions.length === 0) {
      first.subdivisions = prefix.values;
    }
    // "Chapter 12, sections 18 and 19 of the Aliens Act": the chapter written before the list is every section's.
    if (prefix.chapter) for (const provision of numbers) provision.chapter ??= prefix.chapter;
    // "Article III, Section 3 (1) of the Constitution": the section is a part of Roman article III (seventh review round);
    // the list stays a section list, so that only a domestic instrument owns it.
    if (prefix.romanArticle && keyword === 'section') {
      for (const provision of numbers) {
        provision.subdivisions = [{ value: provision.rangeEnd ? `${provision.number}-${provision.rangeEnd}` : provision.number, items: [] }];
        provision.number = prefix.romanArticle;
        provision.rangeEnd = null;
        provision.hyphenated = false;
      }
    }
    // "Sections 1-2", "articles 40-41": after a plural keyword, a lone hyphenated pair of ascending numbers is a range.
    if (numbers.length === 1 && PLURAL_KEYWORD.test(match[0])) hyphenAsRange(first);
    const start = prefix.start;
    const end = parser.cursor;
    const parenthesized = text[start - 1] === '(' && /^\s?\)/.test(text.slice(end));
    const abbreviated = /^arts?\./i.test(match[0]);
    groups.push({ keyword, start, end, numbers, parenthesized, abbreviated });
    consumedUntil = end;
  }
  for (const match of matchAll(HEADING, text)) {
    // "Articles of the Covenant: 2 (3), 7 and 14 (1)": the list after the colon, its instrument before it.
    const parser = new GroupParser(text, match.index + match[0].length, 'article');
    const first = parser.number();
    if (!first) continue;
    const numbers = [first];
    for (let next = parser.nextNumber(); next; next = parser.nextNumber()) numbers.push(next);
    const ownerStart = match.index + match[0].indexOf(match[1]!);
    groups.push({ keyword: 'article', start: match.index, end: parser.cursor, numbers, parenthesized: false, abbreviated: false, ownerStart });
  }
  return groups.sort((a, b) => a.start - b.start);
}
