import { canonicalTreatyCode, communicationsProtocolOf, hasArticle, type TreatyCode } from '../../catalogue/treaties.js';
import type { FlatText } from './flat-text.js';
import { numbersArticlesByChapter } from './laws.js';
import type { Mention, MentionContext } from './mentions.js';
import { matchAll, matchAt } from './patterns.js';
import type { ProvisionGroup, ProvisionNumber } from './provisions.js';

/**
 * Whose provisions a list names (REFS rules 14, 15, 18, 20): the instrument
 * written right after it ("of the Convention", "of the Criminal Code"), the one
 * at the end of a chain ("article 1 read in conjunction with article 2 of the
 * Convention"), or, for a bare list, the instrument named last before it, and
 * failing that the committee's own treaty.
 */

export type TreatyArticleReference = {
  kind: 'treaty-article'; treaty: string; article: string; paragraph?: string; items?: string[]; range?: boolean;
  start: number; end: number;
};
export type LawReference = {
  kind: 'law'; jurisdiction: string; instrument: string; article?: string; part?: string; chapter?: string; title?: string;
  start: number; end: number;
};
export type ProvisionReference = TreatyArticleReference | LawReference;

type Owner =
  | { type: 'treaty'; code: TreatyCode }
  | { type: 'law'; mention: Extract<Mention, { type: 'law' }> }
  | { type: 'none' };

interface Resolution {
  owner: Owner;
  /** The owner's name written right after the list: the citation runs to its end. */
  ownerEnd: number | null;
}

/** "of", "under"; ", respectively, of" after a list whose units the sentence pairs with others ("article 3 (1) and 3 (2), respectively, of the Optional Protocol"). */
const OF_WORD = /,?\s*(?:respectively\s*,\s*)?(of|in|under|OF|IN|UNDER)\s+/y;
/** Words between "of" and the owner's name, a year among them: "article 33 of the 1951 Convention relating to ...". */
const DETERMINERS = /(?:(?:the|its|it|this|that|their|his|her|said|same|present|above-mentioned|aforementioned|new|amended|current|relevant|THE|1[89]\d\d|20\d\d|State\s+party['’]s)\s+)*/y;
const CAPITALIZED_WORDS = /^(?:[A-Z][\w’'-]*\s+){1,4}$/;
const TREATY_ACRONYM = /(CAT|CCPR|CESCR|CERD|CEDAW|CRC|CRPD|CMW|CED|ICCPR|ICESCR|ICERD|ICMW|ICRMW|ICPPED|OPCAT)\b(?![/-])/y;
const CHAIN = /[,;]?\s*(?:and,?\s+)?(?:(?:read\s+)?(?:alone\s+(?:and|or)\s+)?(?:in\s+conjunction|together|jointly|taken\s+together)\s+with,?|juncto\s+|(?:or,?\s+)?alternatively,?\s+(?:with\s+)?|(?:and|or|nor|as\s+well\s+as)(?:\s+(?:of|with|under|in))?)?\s*(?=(?:[Aa]rticles?|[Aa]rts?\.|[Ss]ections?|§))/y;
/** Words before a bare article that make it a treaty's, whatever law was named before: "in violation of article 7". */
const TREATY_FRAME = /\b(?:violat\w*|breach\w*|infring\w*|contraven\w*|rights?|obligations?|claims?)\b[^.;()]{0,40}?\b(?:of|under)\s+$/i;
/**
 * "the obligation contained in article 12 (3)", "the obligations set out in article 4": a treaty's obligation, written with
 * its verb right before the article (REFS is silent; sixth review round).
 */
const OBLIGATION_IN = /\bobligations?\s+(?:contained|set\s+(?:out|forth)|enshrined|laid\s+down|embodied|stipulated)\s+in\s+$/i;
/**
 * "Under article 5 (2), States parties must prohibit ...", "pursuant to article 9, the State party is under an obligation
 * to ...": the States parties of a treaty as the subject right after a bare article. What a State party must do is the
 * treaty's, not a domestic act's; only the obligation's verb, so that "the State party submits" is no frame.
 */
const STATES_PARTIES_AFTER = /^\)?,?\s*(?:(?:all|the)\s+)?(?:States\s+[Pp]arties\s+(?:must|shall|should|undertake|have\s+(?:an?\s+|the\s+)?(?:obligation|duty)|are\s+(?:required|obliged|obligated|bound|under\s+an?\s+(?:obligation|duty)))|State\s+[Pp]arty\s+(?:undertakes|has\s+(?:an?\s+|the\s+)?(?:obligation|duty)|is\s+(?:required|obliged|obligated|bound|under\s+an?\s+(?:obligation|duty))))\b/;
/**
 * The same after the committee's communications protocol ("... article 5 (2) (b) of the Optional Protocol. ... his
 * claims under articles 19 and 21"): rights are the treaty's; obligations may be the protocol's ("its obligations
 * under article 1", interim measures), and so are not a frame here.
 */
const PROTOCOL_FRAME = /\b(?:violat\w*|infring\w*|contraven\w*|rights?|claims?|allegations?)\b(?:(?!obligation)[^.;()]){0,40}?\b(?:of|under|(?:with|in)\s+(?:regard|respect|relation)\s+to)\s+$/i;
/**
 * A capital Roman numeral right below a bare article ("article 2 (II)", "article 4 (III)"): a domestic law's subdivision
 * (REFS rule 23's "article 109 (III)"), never a paragraph of a UN treaty's article, whose paragraphs are Arabic numerals
 * and whose items are small letters (eighth review round). Two letters at least: "(I)" may be a slip for "(1)".
 */
const CAPITAL_ROMAN = /^(?:II|III|IV|VI{0,3}|IX|XI{0,3}|XI?V|XVI{0,3})$/;
/** Between a law's name and a provision written after it: "Act No. 1/2000 of 7 January on civil procedure, art. 437". */
const LAW_THEN_PROVISION = /^(?:,?\s+of\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?(?:,?\s+on\s+[a-z][a-z\s-]*?)?,?\s*$/;
const TITLES = /^\s*\(((?:\s*(?:,|or|and)?\s*[“"][^”"]+[”"])+)\s*(?:,?\s*respectively)?\s*\)/;
const QUOTED = /[“"]([^”"]+)[”"]/g;
const SENTENCE_END = /[.;]\s+[A-Z(]/;
/** A bare article right after "annex" closes a document's citation: "(A/RES/61/295, annex), art. 26". */
const AFTER_ANNEX = /\b[Aa]nnex(?:\s+[IVXL]+)?\s*\)?\s*,\s*$/;

function mentionOwner(mention: Mention): Owner {
  if (mention.type === 'law') return { type: 'law', mention };
  if (mention.type === 'instrument' && mention.treaty) return { type: 'treaty', code: mention.treaty };
  return { type: 'none' };
}

/** "article 3 common to the four Geneva Conventions": an article shared by instruments that are no UN treaties. */
const COMMON_TO = /,?\s*common\s+to\s+(?:all\s+)?(?:the\s+)?(?:four\s+|three\s+|two\s+)?(?:[A-Z][\w’'-]*\s+)*Conventions\b/y;

/** The instrument written right after the list, if any. */
function directOwner(text: string, group: ProvisionGroup, mentions: readonly Mention[]): Resolution | null {
  if (group.ownerStart !== undefined) {
    // "Articles of the Covenant: 7 and 9": the instrument written before the list, in a cover page's heading.
    const mention = mentions.find((m) => m.start === group.ownerStart);
    return { owner: mention ? mentionOwner(mention) : { type: 'none' }, ownerEnd: null };
  }
  if (matchAt(COMMON_TO, text, group.end)) return { owner: { type: 'none' }, ownerEnd: COMMON_TO.lastIndex };
  const of = matchAt(OF_WORD, text, group.end);
  if (!of) return acronymAfter(text, group, mentions) ?? parenthesizedLaw(text, group, mentions);
  const afterOf = OF_WORD.lastIndex;
  matchAt(DETERMINERS, text, afterOf);
  const afterDeterminers = DETERMINERS.lastIndex;
  const mention = mentions.find((m) => m.start >= group.end && m.start <= afterDeterminers && m.end > afterDeterminers)
    // "article 5 of the Anti-Terror Law No. 3713": capitalized words before a numbered law's name.
    ?? mentions.find((m) => m.type === 'law' && m.start > afterDeterminers && m.start - afterDeterminers <= 60
      && CAPITALIZED_WORDS.test(text.slice(afterDeterminers, m.start)));
  if (mention) return { owner: mentionOwner(mention), ownerEnd: mention.end };
  const acronym = treatyAcronymAt(text, afterDeterminers);
  if (acronym) return { owner: acronym.code ? { type: 'treaty', code: acronym.code } : { type: 'none' }, ownerEnd: acronym.end };
  if (/^(?:of|OF)$/.test(of[1]!)) {
    // "article 1 of the present Views", "article 12 of Decree 31": a name this recognizer does not know.
    if (/^[A-Z]/.test(text.slice(afterDeterminers, afterDeterminers + 1))) return { owner: { type: 'none' }, ownerEnd: null };
    // "(art. 7 of the judgement)", "article 3 of the contract": an article of no instrument.
    const document = matchAt(NOT_INSTRUMENT, text, afterDeterminers);
    if (document) return { owner: { type: 'none' }, ownerEnd: NOT_INSTRUMENT.lastIndex };
  }
  return null;
}

/**
 * What an article can be "of" that is no instrument: a court's judgment or decision, a contract, an agreement between
 * parties, a company's statute, written in lower case, at most two lower-case words before the noun ("the first-instance
 * judgment", "the employment contract"). Not "the law", "the code" (anaphora, resolved as mentions before this is tried).
 */
const NOT_INSTRUMENT = /(?:[a-z][\w-]*\s+){0,2}?(?:judge?ments?|decisions?|rulings?|verdicts?|sentences?|indictments?|contracts?|agreements?|statutes?|by-?laws|awards?|laws?|decrees?|regulations?|ordinances?)\b/y;
/** "(article 4, Malagasy Code of Criminal Procedure)": a comma, then the law's name closing the parenthesis. */
const COMMA_THEN_NAME = /,\s*/y;
const OPENS_PARENTHESIS = /\(\s*$/;
const CLOSES_PARENTHESIS = /\s*\)/y;

/** A law named after a comma in the parenthesis the list opens: "(article 4, Malagasy Code of Criminal Procedure)". */
function parenthesizedLaw(text: string, group: ProvisionGroup, mentions: readonly Mention[]): Resolution | null {
  if (text.charCodeAt(group.end) !== 44 /* , */ || !OPENS_PARENTHESIS.test(text.slice(Math.max(0, group.start - 3), group.start))) return null;
  if (!matchAt(COMMA_THEN_NAME, text, group.end)) return null;
  const position = COMMA_THEN_NAME.lastIndex;
  const mention = mentions.find((m) => m.start === position);
  if (mention?.type !== 'law' || !matchAt(CLOSES_PARENTHESIS, text, mention.end)) return null;
  return { owner: mentionOwner(mention), ownerEnd: mention.end };
}

/** A treaty's acronym at `position` ("ICCPR", "CAT"), its code (null for one of no treaty) and its end. */
function treatyAcronymAt(text: string, position: number): { code: TreatyCode | null; end: number } | null {
  const acronym = matchAt(TREATY_ACRONYM, text, position);
  return acronym ? { code: canonicalTreatyCode(acronym[1]!), end: TREATY_ACRONYM.lastIndex } : null;
}

const SPACE = /\s+/y;
/** An acronym in a mention of a treaty: "ICCPR", "OP-CEDAW", "ICCPR-OP 2". */
const ACRONYM_TEXT = /^[A-Z][A-Z0-9-]*(?:\s\d)?$/;

/** "article 7 ICCPR", "art. 3 CAT", "article 8 OP-CEDAW": a treaty's acronym written right after the list, with no "of". */
function acronymAfter(text: string, group: ProvisionGroup, mentions: readonly Mention[]): Resolution | null {
  if (!matchAt(SPACE, text, group.end)) return null;
  const position = SPACE.lastIndex;
  const acronym = treatyAcronymAt(text, position);
  if (acronym) return acronym.code ? { owner: { type: 'treaty', code: acronym.code }, ownerEnd: acronym.end } : null;
  const mention = mentions.find((m) => m.start === position);
  if (mention?.type === 'instrument' && mention.treaty && ACRONYM_TEXT.test(text.slice(mention.start, mention.end))) {
    return { owner: { type: 'treaty', code: mention.treaty }, ownerEnd: mention.end };
  }
  return null;
}

/**
 * "(art. 1)" closing a paragraph or a part: the Convention-article tag of concluding observations. In a decision only
 * a tag that closes a quotation counts ("... (arts. 4(a) and 6)”", concluding observations quoted), unless `tags`.
 */
function isTrailingTag(flat: FlatText, group: ProvisionGroup, tags: boolean): boolean {
  if (!group.parenthesized || !group.abbreviated || group.keyword !== 'article') return false;
  const text = flat.text;
  let position = group.end;
  if (text[position] === ' ') position += 1;
  position += 1; // the closing parenthesis
  if (text[position] === '.') position += 1;
  // A tag quoted from concluding observations ends the quotation: "... (arts. 4(a) and 6)”".
  if (/[”"’]/.test(text[position] ?? '')) return true;
  return tags && (position >= text.length || (text[position] === ' ' && (flat.lineBreakAt.has(position) || position + 1 >= text.length)));
}

function lastMentionBefore(mentions: readonly Mention[], position: number, accept: (m: Mention) => boolean): Mention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i]!;
    if (mention.end <= position && accept(mention)) return mention;
  }
  return undefined;
}

function ownsArticles(mention: Mention): boolean {
  if (mention.type === 'rules') return false;
  // "the General Prosecutor misinterpreted the law": an anaphor of no instrument named before owns no article.
  if (mention.type === 'unresolved' && mention.anaphor) return false;
  if (mention.type === 'instrument') return mention.hasArticles;
  return true;
}

/** Whether the treaty is the committee's communications protocol (OP-ICCPR of a CCPR text). */
function isOwnProtocolCode(code: TreatyCode | null, ctx: MentionContext): boolean {
  return code !== null && ctx.treaty !== null && code === communicationsProtocolOf(ctx.treaty);
}

/** A mention of the committee's communications protocol, named or as "the Optional Protocol". */
function isOwnProtocol(mention: Mention, ctx: MentionContext): boolean {
  return mention.type === 'instrument' && isOwnProtocolCode(mention.treaty, ctx);
}

/**
 * "Committee on the Rights of the Child, general comment No. 14 (2013) on ... (art. 3, para. 1)", "Human Rights Committee,
 * general comment No. 35 (2014) on article 9": a general comment or recommendation cited with the name of the committee
 * that wrote it. A bare article of its title is an article of that committee's treaty, not of the text's (REFS rule 15:
 * "general comment on article 3" is the committee's treaty, here another committee's).
 */
const COMMITTEE_COMMENT = new RegExp('\\b(Human\\s+Rights\\s+Committee|Committee\\s+(?:against\\s+Torture'
  + '|on\\s+Economic,\\s+Social\\s+and\\s+Cultural\\s+Rights|on\\s+the\\s+Elimination\\s+of\\s+Racial\\s+Discrimination'
  + '|on\\s+the\\s+Elimination\\s+of\\s+Discrimination\\s+against\\s+Women|on\\s+the\\s+Rights\\s+of\\s+the\\s+Child'
  + '|on\\s+the\\s+Rights\\s+of\\s+Persons\\s+with\\s+Disabilities|on\\s+Enforced\\s+Disappearances|on\\s+Migrant\\s+Workers'
  + '|on\\s+the\\s+Protection\\s+of\\s+the\\s+Rights\\s+of\\s+All\\s+Migrant\\s+Workers\\s+and\\s+Members\\s+of\\s+Their\\s+Families))'
  + '(?:[\'’]s)?,?\\s+(?:in\\s+its\\s+|its\\s+)?(?:joint\\s+)?general\\s+(?:comments?|recommendations?)\\b', 'g');

const COMMITTEE_TREATY: readonly (readonly [RegExp, TreatyCode])[] = [
  [/^Human/, 'CCPR'], [/Torture$/, 'CAT'], [/Cultural/, 'CESCR'], [/Racial/, 'CERD'], [/Women$/, 'CEDAW'],
  [/Child$/, 'CRC'], [/Disabilities$/, 'CRPD'], [/Disappearances$/, 'CED'], [/Migrant/, 'CMW'],
];

interface CommitteeComment { start: number; end: number; code: TreatyCode }

/** The general comments cited with their committee's name in the paragraph. */
function committeeComments(text: string): CommitteeComment[] {
  const found: CommitteeComment[] = [];
  for (const m of matchAll(COMMITTEE_COMMENT, text)) {
    const name = m[1]!.replace(/\s+/g, ' ');
    const code = COMMITTEE_TREATY.find(([re]) => re.test(name))?.[1];
    if (code) found.push({ start: m.index, end: m.index + m[0].length, code });
  }
  return found;
}

/**
 * Between a general comment's committee and a bare article of its title: no ";", no sentence end, no clause after a comma
 * ("..., the Committee finds a violation of article 5"), no other instrument. A colon opens a title ("general comment No.
 * 13: The right to education (article 13)"), a comma may be part of it ("... in economic, social and cultural rights (art. 2,
 * para. 2)").
 */
const TITLE_BREAK = /;|\.\s+[A-Z(]|,\s+(?:and\s+)?(?:the|it|its|this|that|which|who|he|she|they|as|in|under|where|while|when|whereas)\s/;
const GENERIC_WORD = /^(?:Convention|Covenant)$/;
const MAX_TITLE = 300;

/** The treaty of another committee whose general comment's title holds the bare group, if any. */
function commentTreaty(text: string, group: ProvisionGroup, comments: readonly CommitteeComment[], mentions: readonly Mention[]): TreatyCode | null {
  for (let i = comments.length - 1; i >= 0; i--) {
    const comment = comments[i]!;
    if (comment.end > group.start) continue;
    if (group.start - comment.end > MAX_TITLE || TITLE_BREAK.test(text.slice(comment.end, group.start))) return null;
    // "the Convention" of the title is that committee's treaty; an instrument named in full is the article's owner.
    const between = mentions.some((m) => m.start >= comment.end && m.end <= group.start && !GENERIC_WORD.test(text.slice(m.start, m.end)));
    return between ? null : comment.code;
  }
  return null;
}

/** The first law named after the group in the rest of its sentence ("section 4 ... of the Penal Code"). */
function lawLaterInSentence(text: string, group: ProvisionGroup, mentions: readonly Mention[]): Mention | undefined {
  const rest = text.slice(group.end);
  const sentenceEnd = SENTENCE_END.exec(rest);
  const limit = group.end + (sentenceEnd ? sentenceEnd.index : rest.length);
  return mentions.find((m) => m.type === 'law' && m.start >= group.end && m.start < limit);
}

/** What the whole paragraph tells a bare list's owner: read once, before its lists are resolved one by one. */
interface ParagraphFacts {
  options: ResolveOptions;
  /** The general comments cited with their committee's name. */
  comments: readonly CommitteeComment[];
  laws: LawsCited;
  /** Article numbers given to the committee's own treaty so far, in the order of the lists. */
  treatySeen: ReadonlySet<string>;
}

function bareOwner(flat: FlatText, group: ProvisionGroup, mentions: readonly Mention[], ctx: MentionContext, facts: ParagraphFacts): Owner {
  const text = flat.text;
  const { comments, laws, treatySeen } = facts;
  if (isTrailingTag(flat, group, facts.options.tags)) return ctx.treaty ? { type: 'treaty', code: ctx.treaty } : { type: 'none' };
  // "(A/RES/61/295, annex), art. 26": an article of the instrument a resolution or report annexes, no treaty's.
  if (AFTER_ANNEX.test(text.slice(Math.max(0, group.start - 20), group.start))) return { type: 'none' };
  // "Committee on the Rights of the Child, general comment No. 14 ... (art. 3, para. 1)": that committee's treaty.
  const commented = comments.length > 0 ? commentTreaty(text, group, comments, mentions) : null;
  if (commented) return { type: 'treaty', code: commented };
  const lawBefore = lastMentionBefore(mentions, group.start, (m) => m.type === 'law');
  if (lawBefore && LAW_THEN_PROVISION.test(text.slice(lawBefore.end, group.start))) return mentionOwner(lawBefore);
  // "the exceptions set out in article 2 (II)": a law's article; the law named before it, else no one's.
  if (group.keyword !== 'section' && group.numbers.every((n) => n.subdivisions.length > 0 && CAPITAL_ROMAN.test(n.subdivisions[0]!.value))) {
    return lawBefore ? mentionOwner(lawBefore) : { type: 'none' };
  }
  if (group.keyword === 'section') {
    // "a bare section that precedes the name of its code in the same sentence belongs to that code" (REFS rule 20).
    const after = lawLaterInSentence(text, group, mentions);
    if (after) return mentionOwner(after);
    return lawBefore ? mentionOwner(lawBefore) : { type: 'none' };
  }
  // "Section 3 of the Poor Prisoners' Defence Act ... the requirements of article 5, paragraph 2 (b)": a law the
  // paragraph cites by sections only numbers no articles; the article is the instrument's named before it, or the treaty's.
  const last = lastMentionBefore(mentions, group.start, (m) => ownsArticles(m) && !(m.type === 'law' && laws.sectionsOnly.has(lawKey(m))));
  const before = text.slice(Math.max(0, group.start - 80), group.start);
  const toTreaty = ctx.treaty !== null && last !== undefined
    && ((last.type === 'law' && (TREATY_FRAME.test(before) || OBLIGATION_IN.test(before) || STATES_PARTIES_AFTER.test(text.slice(group.end, group.end + 80))))
      || (isOwnProtocol(last, ctx) && PROTOCOL_FRAME.test(before))
      // "article 26 of the Covenant ... the Penal Code makes no provision ... the scope of article 26": the same article
      // read before as the committee's treaty's, after a law only named (no provision of it written with its name).
      || (last.type === 'law' && !laws.withProvisions.has(lawKey(last))
        && group.numbers.every((n) => treatySeen.has(n.number)) && !lawLaterInSentence(text, group, mentions)));
  if (last && !toTreaty) return mentionOwner(last);
  return ctx.treaty ? { type: 'treaty', code: ctx.treaty } : { type: 'none' };
}

/** Between a law's name and a paragraph written after it: "the School System Act, paragraph 6", "the Act of 2 May 1990, paragraph 4". */
const LAW_COMMA = /^(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?,\s*$/;

/** The law whose name the paragraph group follows after a comma, not followed itself by "of" ("paragraph 2 of article 5"). */
function lawRightBefore(text: string, group: ProvisionGroup, mentions: readonly Mention[]): Extract<Mention, { type: 'law' }> | undefined {
  if (matchAt(OF_WORD, text, group.end)) return undefined;
  const law = lastMentionBefore(mentions, group.start, (m) => m.type === 'law');
  return law?.type === 'law' && group.start - law.end <= 30 && LAW_COMMA.test(text.slice(law.end, group.start)) ? law : undefined;
}

function titlesAfter(text: string, position: number): string[] {
  const match = TITLES.exec(text.slice(position));
  if (!match) return [];
  return [...match[1]!.matchAll(QUOTED)].map((q) => q[1]!.trim());
}

/**
 * "the requirements of article 5, paragraph 2 (b), have been met": in a text of the Human Rights Committee a bare article 5,
 * paragraph 2, with item (a) or (b) is the Optional Protocol's admissibility rule; the Covenant's article 5 (2) has no items.
 */
function isAdmissibilityRule(code: TreatyCode, provision: ProvisionNumber): boolean {
  return code === 'CCPR' && provision.number === '5' && provision.rangeEnd === null
    && provision.subdivisions.length > 0 && provision.subdivisions.every((s) => s.value === '2' && s.items.length > 0 && s.items.every((item) => /^[ab]$/.test(item)));
}

const MAX_TREATY_PARAGRAPH = 12;

function treatyArticles(code: TreatyCode, provision: ProvisionNumber, start: number, end: number): TreatyArticleReference[] {
  let article = provision.number;
  let range = provision.hyphenated;
  if (provision.rangeEnd) {
    article = `${provision.number}-${provision.rangeEnd}`;
    range = true;
  }
  // No treaty article has dozens of paragraphs: "article 14, para. 40" pinpoints a general comment, not the article.
  const subdivisions = provision.subdivisions.filter((s) => !/^\d+$/.test(s.value) || Number(s.value) <= MAX_TREATY_PARAGRAPH);
  const decimal = /^(\d+)\.(\d+)$/.exec(article);
  if (decimal && subdivisions.length === 0) {
    article = decimal[1]!;
    subdivisions.push({ value: decimal[2]!, items: [] });
  }
  const base = { kind: 'treaty-article' as const, treaty: code, article, ...(range ? { range: true } : {}), start, end };
  if (subdivisions.length === 0) return [base];
  return subdivisions.map((s) => ({ ...base, paragraph: s.value, ...(s.items.length > 0 ? { items: s.items } : {}) }));
}

function expandLawRange(from: string, to: string): string[] {
  const a = Number(from);
  const b = Number(to);
  if (/^\d+$/.test(from) && /^\d+$/.test(to) && b > a && b - a <= 30) return Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
  return [`${from}-${to}`];
}

function lawArticles(
  law: Extract<Mention, { type: 'law' }>, provision: ProvisionNumber, title: string | undefined, start: number, end: number,
): LawReference[] {
  const references: LawReference[] = [];
  const articles = provision.rangeEnd ? expandLawRange(provision.number, provision.rangeEnd) : [provision.number];
  for (const written of articles) {
    let article = written;
    const parts = provision.subdivisions.map((s) => s.value);
    // "article 14.2" is article 14, part 2 (REFS rule 22), except where the code numbers chapter.article.
    const decimal = /^(\d+)\.(\d+)$/.exec(written);
    if (decimal && !numbersArticlesByChapter(law.instrument)) {
      article = decimal[1]!;
      // "article 20.1 (a)": the part is 1, (a) an item below it (dropped, REFS rule 23).
      parts.splice(0, parts.length, decimal[2]!);
    }
    const base: LawReference = {
      kind: 'law', jurisdiction: law.jurisdiction, instrument: law.instrument, article,
      ...(provision.chapter ? { chapter: provision.chapter } : {}),
      ...(title ? { title } : {}),
      start, end,
    };
    if (parts.length === 0) references.push(base);
    for (const part of parts) references.push({ ...base, part });
  }
  return references;
}

export interface ResolvedProvisions {
  references: ProvisionReference[];
  /** Law mentions that own a provision: they are not also cited as bare instruments. */
  owningMentions: Set<Mention>;
}

export interface ResolveOptions {
  /**
   * Whether a closing "(art. 12)." is the committee's Convention-article tag, as in concluding observations; in
   * decisions it is not, and is a bare article like any other (REFS rule 20: "(art. 49)" after a named instrument).
   */
  tags: boolean;
}

function lawKey(mention: Extract<Mention, { type: 'law' }>): string {
  return `${mention.jurisdiction}\u0000${mention.instrument}`;
}

/** The laws (by lawKey) whose provisions the paragraph writes with their name. */
interface LawsCited {
  /** Those with any provision so written. */
  withProvisions: ReadonlySet<string>;
  /** Those cited by sections only ("Section 3 of the Act"), never by articles. */
  sectionsOnly: ReadonlySet<string>;
}

function lawsCited(groups: readonly ProvisionGroup[], resolutions: readonly (Resolution | null)[]): LawsCited {
  const withProvisions = new Set<string>();
  const sections = new Set<string>();
  const articles = new Set<string>();
  groups.forEach((group, i) => {
    const owner = resolutions[i]?.owner;
    if (owner?.type !== 'law') return;
    const key = lawKey(owner.mention);
    withProvisions.add(key);
    if (group.keyword === 'section') sections.add(key);
    else if (group.keyword === 'article') articles.add(key);
  });
  for (const key of articles) sections.delete(key);
  return { withProvisions, sectionsOnly: sections };
}

export function resolveProvisions(
  flat: FlatText, groups: readonly ProvisionGroup[], mentions: readonly Mention[], ctx: MentionContext,
  options: ResolveOptions = { tags: true },
): ResolvedProvisions {
  const text = flat.text;
  const resolutions: (Resolution | null)[] = groups.map((group) => directOwner(text, group, mentions));
  // A chain shares the instrument named at its end (REFS rule 15): resolve from the last group back.
  for (let i = groups.length - 2; i >= 0; i--) {
    // "paragraph 2, article 5 of the Law" is a paragraph of article 5, no paragraph of the Law.
    if (resolutions[i] || groups[i]!.keyword === 'paragraph') continue;
    const chain = matchAt(CHAIN, text, groups[i]!.end);
    if (chain && CHAIN.lastIndex === groups[i + 1]!.start && resolutions[i + 1]) {
      resolutions[i] = { owner: resolutions[i + 1]!.owner, ownerEnd: null };
    }
  }
  const treatySeen = new Set<string>();
  const facts: ParagraphFacts = { options, comments: committeeComments(text), laws: lawsCited(groups, resolutions), treatySeen };
  const references: ProvisionReference[] = [];
  const owningMentions = new Set<Mention>();
  groups.forEach((group, i) => {
    const resolution = resolutions[i];
    // "paragraph 12 of the Constitution" is a provision; "paragraph 12 of general comment No. 31", "paragraph 2 of
    // article 15", a bare "paragraph 4" are not.
    const lawParagraph = group.keyword === 'paragraph' && !resolution ? lawRightBefore(text, group, mentions) : undefined;
    if (group.keyword === 'paragraph' && resolution?.owner.type !== 'law' && !lawParagraph) return;
    const owner = lawParagraph ? mentionOwner(lawParagraph) : resolution ? resolution.owner : bareOwner(flat, group, mentions, ctx, facts);
    const start = group.start;
    const end = resolution?.ownerEnd ?? group.end;
    if (owner.type === 'treaty') {
      for (const provision of group.numbers) {
        if (provision.roman) continue;
        // A bare "article 235" cannot be one of the 33 articles of the Convention against Torture: the
        // committee's treaty (or the one named before) owns it only if it has such an article.
        const written = `${Number.parseInt(provision.number, 10)}${provision.rangeEnd ? `-${provision.rangeEnd}` : ''}`;
        let code = owner.code;
        if (!resolution && code === ctx.treaty && isAdmissibilityRule(code, provision)) code = communicationsProtocolOf(code)!;
        if (!resolution && !hasArticle(code, written)) {
          // "... of the Optional Protocol. ... his claims under article 19": the protocol has no article 19, the
          // committee's treaty has (a bare article after its communications protocol is the treaty's then).
          if (!isOwnProtocolCode(code, ctx) || !hasArticle(ctx.treaty!, written)) continue;
          code = ctx.treaty!;
        }
        if (code === ctx.treaty && group.keyword === 'article' && !provision.rangeEnd) treatySeen.add(provision.number);
        references.push(...treatyArticles(code, provision, start, end));
      }
    } else if (owner.type === 'law') {
      owningMentions.add(owner.mention);
      const titles = resolution?.ownerEnd ? titlesAfter(text, resolution.ownerEnd) : [];
      group.numbers.forEach((provision, n) => {
        const title = titles.length === group.numbers.length ? titles[n] : undefined;
        references.push(...lawArticles(owner.mention, provision, title, start, end));
      });
    }
  });
  return { references, owningMentions };
}
