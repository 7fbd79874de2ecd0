import { INSTRUMENTS } from '../../catalogue/instruments.js';
import { STATES } from '../../catalogue/states.js';
import { canonicalTreatyCode } from '../../catalogue/treaties.js';
import type { Candidate } from './candidates.js';
import { paragraphIndex, WORDS } from './paragraph-index.js';
import { alternation, escapeRegExp, flexibleName, matchAll, matchAt, mayMatch, MONTHS } from './patterns.js';

/**
 * Names of domestic legal instruments (REFS rules 19-21): codes, acts, laws,
 * constitutions, decrees, orders. A name is reduced to the instrument without
 * its State ("Uzbek Criminal Code" -> Criminal Code, UZB) and the translations
 * of one code are made one name ("Criminal Procedure Code" -> "Code of
 * Criminal Procedure"), so that one code is one node of the graph.
 */

const CAP = "[A-Z][\\w’'-]*";
const PAREN_WORDS = `\\((?:${CAP}|and|of|on|for)(?:\\s+(?:${CAP}|and|of|on|for))*\\)`;
const NAME_WORD = `(?:${CAP}|${PAREN_WORDS})`;
/**
 * "Crimes of Terrorism and its Financing Act": "and its" inside a name, not after an instrument's head ("the
 * Constitution and its Criminal Code" names two instruments).
 */
const AND_ITS = '(?<!(?:Code|Act|Law|Constitution|Convention|Covenant|Charter|Decree|Ordinance|Regulations|Protocol|Statute)\\s+)and\\s+its';
/**
 * Capitalized words, with "and" / "of" / "on" / "for" / "in" between them: "Administration of Justice";
 * "against (the)" too: "Offences against the Person Act", "Protection against Domestic Violence Act".
 */
const NAME_BEFORE_HEAD = `${NAME_WORD}(?:\\s+(?:${NAME_WORD}|(?:and|of|on|for|in|against(?:\\s+the)?|${AND_ITS})(?=\\s+[A-Z(])))*`;
/** The title after "Law on": "Combating Trafficking in Human Beings", "the Police". */
const TITLE_TAIL = `(?:the\\s+)?${CAP}(?:\\s+(?:(?:and|of|on|for|in|against|to|from|with)\\s+)?(?:the\\s+)?${CAP})*`;

const STATE_NAME = alternation(STATES.flatMap((s) => s.names), flexibleName);
const STATE_ADJECTIVE = alternation(STATES.flatMap((s) => s.adjectives), escapeRegExp);

/**
 * Names with the head "Statute" that are no domestic instrument: the statutes of international courts, tribunals and
 * organizations ("Rome Statute", "Nuremberg Statute"). "the 1972 Autonomy Statute", "the Workers' Statute" are domestic.
 */
const NOT_STATUTE_NAMES = /\b(?:Rome|Nuremberg|Nürnberg|International|Tribunal|Court|Olympic|European|Council|Agency|Organi[sz]ation|Union|Nations|League|Bank|Fund|Assembly|Commission|Committee|Military|Special|Residual|Mechanism)\b/;
/** "Introductory Law to the Civil Code" (Greece, Germany): one name, not an introductory law and the Civil Code. */
const INTRODUCTORY = new RegExp(`(?<![\\w-])Introductory\\s+(?:Law|Act)\\s+(?:to|of)\\s+the\\s+(?:${CAP}\\s+){0,3}Code\\b`, 'g');
/** Names with the head "Law" that are bodies of law or schools, not domestic instruments. */
const NOT_LAW_NAMES = /\b(?:International|Humanitarian|Customary|Case|European|Community|Union|Common|Public|Private|Human|Islamic|Sharia|Shari['’]a|Religious|Canon|Tribal|Traditional|Roman|Model|Rule|Martial|Natural|Domestic|National|Local|Statutory|Written|Soft|Faculty|School|Department|Institute|Centre|Center|Professor|Doctor|Master|Bachelor|Journal|Review|Society|Association|Commission|Committee|Court|University|College)\b/;
/**
 * "Criminal Code", "Aliens Act", "Evidence Ordinance" (Sri Lanka, Hong Kong, Cyprus); "Law" too, as in "the Criminal Law" (Latvia, China), "the Basic Law" (Germany),
 * but not "Law on" (LAW_ON), "Law No." (NUMBERED), nor a name that runs on ("International Law Commission");
 * NOT_LAW_NAMES drops the bodies of law and the schools ("International Humanitarian Law", "Faculty of Law").
 */
const NAMED_HEAD = new RegExp(`(?<![\\w’'-])(${NAME_BEFORE_HEAD})\\s+(Code|Act|Ordinance|Regulations|Statute|Law(?![-‐]|\\s+(?:[A-Z(]|No\\b|on\\s|concerning\\s|relating\\s)))\\b`, 'g');
/**
 * "Code of Criminal Procedure", "Code on Administrative Offences", "Code on the Entry and Residence", "Code of
 * Ukraine on Administrative Offences" (the State, group 1, is no part of the name).
 */
const CODE_OF = new RegExp(`(?<![\\w’'-])Code\\s+(?:of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?(${STATE_NAME})\\s+(?=on\\s))?(?:of\\s+|on\\s+((?:the\\s+)?))(${CAP}(?:\\s+(?:${CAP}|and(?=\\s+[A-Z])))*)`
  // "Code of Organization of the Military Courts": the title runs on over "of the" and capitalized words (TITLE_RUN
  // below cuts it back before a State's name).
  + `((?:\\s+of\\s+the\\s+${CAP}(?:\\s+(?:${CAP}|and(?=\\s+[A-Z])))*)*)`, 'g');
/** One "of the ..." segment of a title run on (CODE_OF's group 4). */
const TITLE_RUN = /\s+of\s+the\s+/g;
/**
 * Words that make an "of the ..." after a code's title a State or a part of one ("of the Republic of Moldova", "of the
 * Russian Soviet Federative Socialist Republic", "of the Canton of Geneva"): the name stops before them, as it did before
 * titles ran on; STATE_SUFFIX takes a State's name as the jurisdiction.
 */
const STATE_FORM = /\b(?:Republic|Kingdom|Federation|Federal|Federative|Confederation|Union|State|States|Principality|Duchy|Grand|Commonwealth|Emirates?|Sultanate|Socialist|Democratic|Islamic|Plurinational|Bolivarian|United|People['’]s|Canton|Province|Region|Autonomous|Territory|Territories|Country|Land|USSR|RSFSR)\b/;

/** The part of CODE_OF's group 4 that is title: the "of the ..." segments before the first that names a State. */
function titleRun(run: string): string {
  if (!run) return '';
  const starts = [...run.matchAll(TITLE_RUN)].map((m) => m.index);
  let kept = 0;
  for (let i = 0; i < starts.length; i++) {
    const segment = run.slice(starts[i]!, starts[i + 1] ?? run.length);
    const words = segment.replace(TITLE_RUN, '').trim();
    if (STATE_FORM.test(words) || stateOfName(words)) break;
    kept = starts[i + 1] ?? run.length;
  }
  return run.slice(0, kept);
}
const CODE_KINDS = 'criminal|penal|civil|labou?r|family|administrative|housing|land|tax|customs|electoral|election|military|water|forest|health|education|commercial|penitentiary|criminal\\s+procedure|civil\\s+procedure|criminal\\s+executive|penal\\s+enforcement|administrative\\s+offences';
const LOWER_CODE = new RegExp(`(?<![\\w-])(?:(?:${CODE_KINDS})\\s+code|code\\s+of\\s+(?:criminal|civil|administrative|penal)\\s+procedure)\\b`, 'gi');
/** "Constitution" with a capital: a lower-case "constitution of the commission" is its setting up. */
const CONSTITUTION = /(?<![\w-]|(?:ILO|WHO|UNESCO|FAO)\s)(?:(?:[Ff]ederal|[Nn]ational|[Ii]nterim|[Tt]ransitional|Political)\s+)?Constitution\b(?!\s+of\s+(?:the\s+)?(?:World|International|United\s+Nations|Food|Universal))/g;
const ISSUER = '(?:[Rr]oyal|[Rr]epublic|[Pp]residential|[Ff]ederal|[Oo]rganic|[Cc]onstitutional|[Ll]egislative|[Gg]overnment(?:al)?|[Mm]inisterial|[Cc]abinet|[Ee]xecutive|[Ee]mergency|[Rr]epublican|[Rr]egional|[Mm]unicipal)';
const NUMBERED_KIND = '(?:[Dd]ecree(?:-|\\s+)[Ll]aw|[Dd]ecree|[Ll]aw|[Aa]ct|[Oo]rdinance|[Oo]rder|[Pp]roclamation)';
/** "31", "06-01", "2010-1192", "4/2000", "26.061", and "15,848" (Latin-American laws with a thousands separator). */
const INSTRUMENT_NUMBER = '\\d[0-9A-Za-z]*(?:[./:-][0-9A-Za-z]+|,\\d{3}(?!\\d))*';
/**
 * "Republic Act 7309", "Presidential Decree 1866": the Philippines' acts and decrees, numbered without "No.". A bare
 * number after any other kind ("the Act 1998", "Decree 31 of ...") is not read: a year, or not a name this knows.
 * Four digits from 1900 to 2099 are taken for a year.
 */
const BARE_NUMBER = '(?<=(?:Republic\\s+Act|Presidential\\s+Decree)\\s+)(?!(?:19|20)\\d\\d(?!\\d))(\\d{3,5})(?![\\w-]|[./,]\\d)';
const NUMBERED = new RegExp(`(?<![\\w-])((?:${ISSUER}\\s+)*${NUMBERED_KIND})\\s+(?:No\\.?\\s*(${INSTRUMENT_NUMBER})|(\\d+(?:[./-]\\d+)+)|${BARE_NUMBER})`, 'g');
/**
 * What every match of NUMBERED holds: its kind as a whole word (after
 * (?<![\w-]) or an issuer's space, before a space or the hyphen of
 * "Decree-Law"), and from the kind on "Law No", "Decree 31". Tested first,
 * they spare most paragraphs the scan for issuers.
 */
const NUMBERED_KIND_WORDS = ['decree', 'law', 'act', 'ordinance', 'order', 'proclamation'].map((word) => WORDS.add(word));
const NUMBERED_CORE = new RegExp(`${NUMBERED_KIND}\\s+(?:No|\\d)`);

function mayHoldNumbered(text: string): boolean {
  const paragraph = paragraphIndex(text);
  return NUMBERED_KIND_WORDS.some((id) => paragraph.mayHoldWhole(id)) && NUMBERED_CORE.test(text);
}
/**
 * "the Law of 15 December 1980", "Act of 1 June 2011", "Royal Decree of 11 July 2001": an instrument named by
 * its date, as Belgian, French and Luxembourg laws are. Tried only where its literals (a kind, a month) and then
 * DATED_CORE are (no lookbehind to try at every position).
 */
const DATED = new RegExp(`(?<![\\w-])((?:${ISSUER}\\s+)*(?:Decree(?:-|\\s+)Law|Decree|Law|Act|Ordinance))\\s+of\\s+(\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4})\\b`, 'g');
const DATED_CORE = new RegExp(`(?:Law|Act|Decree|Ordinance)\\s+of\\s+\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}`);
/** "Act IV of 1959"; "Act IV of the 1959 Civil Code", as a translation may write it. */
const ACT_OF_YEAR = /(?<![\w-])Act\s+([IVXLC]+)\s+of\s+(?:the\s+)?(\d{4})\b/g;
const LAW_ON = new RegExp(`(?<![\\w-])((?:(?:${ISSUER}|General|Basic|Framework|Federal|National)\\s+)?(?:Law|Act))\\s+(?:of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?(${STATE_NAME})\\s+)?(on|concerning|relating\\s+to|in)\\s+(${TITLE_TAIL})`, 'g');
const TITLE_LIST_TAIL = new RegExp(`^(?:,\\s+${CAP}(?:\\s+${CAP})*)+,?\\s+and\\s+${CAP}(?:\\s+${CAP})*`);
/**
 * "the Law "On Mass Events"", "Federal Law “On Countering Extremist Activity”", "the Law of the Republic of Belarus
 * "On Mass Events"": a title in quotation marks, as translations of the laws of the former Soviet Union write it. The
 * same law as "the Law on Mass Events" (LAW_ON), and so named the same; the title opens with a capital ("the Code
 * "on paper"" is no title). Guarded by the opening quotation mark and "On" written together.
 */
const QUOTED_TITLE = new RegExp(`(?<![\\w-])((?:(?:${ISSUER}|General|Basic|Framework|Federal|National)\\s+)?(?:Law|Act|Code))\\s+(?:of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?(${STATE_NAME})\\s+)?(?:"On|“On|"on|“on)\\s+([A-Z][^"”.;]{0,150}?),?["”]`, 'g');
/**
 * "Charter for Peace and National Reconciliation"; the Czech and Slovak "Charter of Fundamental Rights and (Basic)
 * Freedoms"; the "(Canadian) Charter of Rights and Freedoms" and Quebec's "Charter of Human Rights and Freedoms".
 */
const DOMESTIC_CHARTER = new RegExp(`(?<![\\w-])Charter\\s+(?:(?:for|on)\\s+(${TITLE_TAIL})|of\\s+(?:Fundamental\\s+|Human\\s+)?Rights\\s+and\\s+(?:Basic\\s+)?Freedoms)`, 'g');
const ANAPHOR = /(?<![\w-])(?:[Tt]he|[Tt]his|[Tt]hat|[Ss]aid)\s+(?:(?:said|same|above-mentioned|aforementioned|aforesaid|new|amended|relevant)\s+)?(Code|Act|Law|Order|Ordinance|Decree|Charter|Regulations|Proclamation|code|law)\b(?!\s+(?:No\b|of\s+[A-Z]|on\s+[A-Z]|enforcement))/g;

const STATE_SUFFIX = new RegExp(`^\\s+of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?(${STATE_NAME})(?![\\w])`);
/** A word that dates an instrument ("the former Criminal Code", "the old Aliens Act"): part of its mention, not of its name. */
/**
 * Also a word that sets it apart from another of its kind ("the civilian Code of Penal Procedure", as against the
 * military one; "the ordinary Criminal Code", "the applicable Penal Code").
 */
const QUALIFIER_PREFIX = /(?<![\w-])(?:former|old|previous|repealed|civilian|ordinary|revised|existing|applicable)\s+$/;
/** "Kazakhstan's Criminal Code", "the Uzbek Criminal Code"; a year may stand between ("the Swedish 1989 Aliens Act"). */
const STATE_PREFIX = new RegExp(`(?<![\\w-])(?:(${STATE_NAME})['’]s|(${STATE_ADJECTIVE}))\\s+(?:(?:1[89]|20)\\d\\d\\s+)?$`);

/** Capitalized words that begin a sentence or a phrase, not a law's name. */
const LEADING_WORDS = new Set([
  'The', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'A', 'An', 'Any', 'Every', 'Each',
  'Under', 'In', 'On', 'By', 'For', 'With', 'Without', 'Of', 'To', 'From', 'As', 'At', 'Since', 'After', 'Before',
  'According', 'Pursuant', 'Moreover', 'However', 'Furthermore', 'Also', 'Both', 'Such', 'Although', 'While',
  'When', 'If', 'Whereas', 'Article', 'Articles', 'Section', 'Sections', 'Part', 'New', 'Amended', 'Draft',
  'Current', 'Existing', 'Relevant',
]);
/** Capitalized names that end like a law's but are not domestic law. */
const NOT_LAWS = /(?:^|\s)Final Act$/;
const CONNECTORS = new Set(['and', 'of', 'on', 'for', 'in', 'the', 'against', 'to', 'from', 'with']);

function normalizeKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').toLowerCase();
}

const STATE_BY_NAME = new Map<string, string>();
const STATE_BY_ADJECTIVE = new Map<string, string>();
for (const state of STATES) {
  for (const name of state.names) STATE_BY_NAME.set(normalizeKey(name), state.iso3);
  for (const adjective of state.adjectives) {
    if (!STATE_BY_ADJECTIVE.has(adjective.toLowerCase())) STATE_BY_ADJECTIVE.set(adjective.toLowerCase(), state.iso3);
  }
}

function stateOfName(name: string): string | null {
  return STATE_BY_NAME.get(normalizeKey(name)) ?? null;
}

function stateOfAdjective(adjective: string): string | null {
  return STATE_BY_ADJECTIVE.get(adjective.toLowerCase()) ?? null;
}

function titleCase(name: string): string {
  return name.split(' ').map((word, i) =>
    i > 0 && CONNECTORS.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}

/**
 * The one name of a domestic instrument: "Criminal Procedure Code" and
 * "Code of Criminal Procedure" are one code (REFS rule 20), a name written in
 * lower case is title-cased, and a numbered act keeps its wording.
 */
export function canonicalLawName(raw: string): string {
  let name = raw.replace(/\s+/g, ' ').replace(/’/g, "'").trim();
  if (/\bcode\b/.test(name) || /^[a-z ]+$/.test(name)) name = titleCase(name);
  const procedure = /^(Criminal|Civil|Penal|Administrative) Procedur(?:e|al) Code$/i.exec(name);
  if (procedure) return `Code of ${titleCase(procedure[1]!.toLowerCase())} Procedure`;
  // "Code of Criminal Procedures", "Federal Code of Civil Procedures": the one code of procedure.
  const plural = /^(.*\b)?Code of (Criminal|Civil|Penal|Administrative) Procedures$/i.exec(name);
  if (plural) return `${plural[1] ?? ''}Code of ${plural[2]} Procedure`;
  if (/^(?:Code (?:of|on) )?Administrative (?:Offences|Offenses|Violations)(?: Code)?$/i.test(name)) return 'Code of Administrative Offences';
  return name;
}

/** The slug of an instrument's name for IRIs: 'criminal-code', 'code-of-criminal-procedure'. */
export function lawInstrumentKey(name: string): string {
  return canonicalLawName(name).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Whether a code numbers its articles "chapter.article" (Russian-style administrative codes: "5.61"). */
export function numbersArticlesByChapter(instrument: string): boolean {
  // Also the Belarusian "Procedural-Executive Code of (on) Administrative Offences" ("article 2.4").
  return /\bAdministrative Offences$/.test(instrument);
}

interface RawLaw {
  start: number;
  end: number;
  name: string;
  jurisdiction: string | null;
}

/**
 * How many words at the start of a name are a State's name ("Canada", "New Zealand", "United Kingdom"), if a word
 * of the name proper is left after them; else 0.
 */
function stateNameWords(words: readonly string[]): number {
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (stateOfName(words.slice(0, n).join(' ')) && !CONNECTORS.has(words[n]!)) return n;
  }
  return 0;
}

/** Strip the words before the name proper ("The", "Under", a State's adjective) from a capitalized run. */
function trimNamedHead(match: RegExpExecArray): RawLaw | null {
  const words = match[1]!.split(/\s+/);
  let offset = match.index;
  let jurisdiction: string | null = null;
  const drop = (): void => {
    offset += words[0]!.length + 1;
    words.shift();
  };
  while (words.length > 0) {
    const word = words[0]!;
    const possessive = /^(.+)['’]s$/.exec(word);
    // "Canada Immigration Act", "New Zealand Bill of Rights Act": a State's name opening the name is its State (as
    // "Uzbek" is), when words of the name remain after it ("Australia Act" stays whole).
    const stateWords = jurisdiction === null ? stateNameWords(words) : 0;
    if (stateWords > 0) {
      jurisdiction = stateOfName(words.slice(0, stateWords).join(' '));
      for (let i = 0; i < stateWords; i++) drop();
    } else if (LEADING_WORDS.has(word) || CONNECTORS.has(word)) {
      drop();
    } else if (possessive && stateOfName(possessive[1]!)) {
      jurisdiction = stateOfName(possessive[1]!);
      drop();
    } else if (stateOfAdjective(word)) {
      jurisdiction = stateOfAdjective(word);
      drop();
    } else {
      break;
    }
  }
  if (words.length === 0) return null;
  const name = `${words.join(' ')} ${match[2]}`;
  if (NOT_LAWS.test(name)) return null;
  return { start: offset, end: match.index + match[0].length, name, jurisdiction };
}

function rawLaws(text: string): RawLaw[] {
  const found: RawLaw[] = [];
  const named: RawLaw[] = [];
  for (const m of matchAll(NAMED_HEAD, text)) {
    const law = trimNamedHead(m);
    if (law && !(m[2] === 'Law' && NOT_LAW_NAMES.test(law.name)) && !(m[2] === 'Statute' && NOT_STATUTE_NAMES.test(law.name))) named.push(law);
  }
  for (const m of matchAll(INTRODUCTORY, text)) {
    named.push({ start: m.index, end: m.index + m[0].length, name: m[0].replace(/\s+/g, ' '), jurisdiction: null });
  }
  found.push(...named);
  for (const m of matchAll(CODE_OF, text)) {
    const run = titleRun(m[4]!);
    const title = `${m[3]!}${run}`.replace(/\s+/g, ' ');
    if (m[2] === undefined && stateOfName(m[3]!.replace(/\s+/g, ' '))) continue;
    const end = m.index + m[0].length - m[4]!.length + run.length;
    const jurisdiction = m[1] ? stateOfName(m[1]) : null;
    const tail = m[2] === undefined ? `of ${title}` : `on ${m[2] ? 'the ' : ''}${title}`;
    // "Procedural-Executive Code of Administrative Offences", "Federal Code of Criminal Procedure": the words
    // before "Code" are the name's too.
    const head = named.find((law) => law.end === m.index + 'Code'.length);
    if (head) {
      head.end = end;
      // "the Belarus Code of Administrative Offences", "the Uzbekistan Code of Criminal Procedure": a State's name
      // before "Code of" is its jurisdiction, no part of the name (as in "Kazakhstan Criminal Code").
      const stateHead = /^(.+) Code$/.exec(head.name);
      const headState = stateHead ? stateOfName(stateHead[1]!) : null;
      if (headState) {
        head.name = `Code ${tail}`;
        head.jurisdiction ??= headState;
        continue;
      }
      head.name = `${head.name} ${tail}`;
      head.jurisdiction ??= jurisdiction;
      continue;
    }
    found.push({ start: m.index, end, name: `Code ${tail}`, jurisdiction });
  }
  for (const m of matchAll(LOWER_CODE, text)) {
    found.push({ start: m.index, end: m.index + m[0].length, name: m[0], jurisdiction: null });
  }
  for (const m of matchAll(CONSTITUTION, text)) {
    found.push({ start: m.index, end: m.index + m[0].length, name: 'Constitution', jurisdiction: null });
  }
  for (const m of mayHoldNumbered(text) ? matchAll(NUMBERED, text) : []) {
    const number = m[2] ?? m[3] ?? m[4]!;
    const kind = m[1]!.replace(/\s+/g, ' ');
    found.push({ start: m.index, end: m.index + m[0].length, name: m[2] ? `${kind} No. ${number}` : `${kind} ${number}`, jurisdiction: null });
  }
  for (const m of mayMatch(DATED, paragraphIndex(text)) && DATED_CORE.test(text) ? matchAll(DATED, text) : []) {
    found.push({ start: m.index, end: m.index + m[0].length, name: `${m[1]!.replace(/\s+/g, ' ')} of ${m[2]!.replace(/\s+/g, ' ')}`, jurisdiction: null });
  }
  for (const m of matchAll(ACT_OF_YEAR, text)) {
    found.push({ start: m.index, end: m.index + m[0].length, name: `Act ${m[1]} of ${m[2]}`, jurisdiction: null });
  }
  for (const m of matchAll(LAW_ON, text)) {
    const connector = m[3]!.replace(/\s+/g, ' ');
    // "Act on Refugees, Complementary Protection and Political Asylum": a title that lists its subjects.
    const listed = TITLE_LIST_TAIL.exec(text.slice(m.index + m[0].length));
    const tail = listed ? `${m[4]!}${listed[0]}` : m[4]!;
    found.push({
      start: m.index, end: m.index + m[0].length + (listed ? listed[0].length : 0),
      name: `${m[1]!.replace(/\s+/g, ' ')} ${connector} ${tail.replace(/\s+/g, ' ')}`,
      jurisdiction: m[2] ? stateOfName(m[2]) : null,
    });
  }
  for (const m of matchAll(QUOTED_TITLE, text)) {
    found.push({
      start: m.index, end: m.index + m[0].length,
      name: `${m[1]!.replace(/\s+/g, ' ')} on ${m[3]!.replace(/\s+/g, ' ')}`,
      jurisdiction: m[2] ? stateOfName(m[2]) : null,
    });
  }
  for (const m of matchAll(DOMESTIC_CHARTER, text)) {
    found.push({ start: m.index, end: m.index + m[0].length, name: m[0].replace(/\s+/g, ' '), jurisdiction: null });
  }
  return found;
}

/** Widen a name to the State written around it: "Criminal Code of Kazakhstan", "Kazakhstan's Criminal Code". */
function withState(text: string, law: RawLaw): RawLaw {
  const widened = { ...law };
  const suffix = STATE_SUFFIX.exec(text.slice(law.end));
  if (suffix) {
    widened.end += suffix[0].length;
    widened.jurisdiction ??= stateOfName(suffix[1]!);
  }
  const prefix = STATE_PREFIX.exec(text.slice(Math.max(0, law.start - 80), law.start));
  if (prefix) {
    widened.start -= prefix[0].length;
    widened.jurisdiction ??= prefix[1] ? stateOfName(prefix[1]) : stateOfAdjective(prefix[2]!);
  }
  // "article 181 of the former Criminal Code": the code's own word, so that the list reaches its owner.
  const qualifier = QUALIFIER_PREFIX.exec(text.slice(Math.max(0, widened.start - 12), widened.start));
  if (qualifier) widened.start -= qualifier[0].length;
  return widened;
}

/**
 * "Act IV of 1959 on the Civil Code of the Republic of Hungary (the Civil
 * Code)": a long title followed by the short name the text goes on to use is
 * one instrument, called by that short name (REFS rule 20).
 */
function applyShortNames(text: string, laws: RawLaw[]): RawLaw[] {
  const dropped = new Set<RawLaw>();
  for (const law of laws) {
    if (dropped.has(law)) continue;
    const tail = /^[^.;()]{0,150}?\(\s*(?:the\s+)?/.exec(text.slice(law.end));
    if (!tail) continue;
    const shortStart = law.end + tail[0].length;
    const short = laws.find((other) => other !== law && other.start === shortStart && /^\s*\)/.test(text.slice(other.end)));
    if (!short) continue;
    // "the Equal Treatment Act, to Act XXVI of 1998 on ... (the Disabilities Act)": the short name is the later law's;
    // the one written before the comma keeps its name.
    if (laws.some((other) => other !== short && other.start >= law.end && other.start < short.start
      && /,\s*(?:(?:and|or|to)\s+)?(?:the\s+)?$/.test(text.slice(law.end, other.start)))) continue;
    // "the Clemency Act (Law No. 2/2010)": a number in the parenthesis identifies the act named before it, whose name stays.
    if (!/\bNo\.\s/.test(short.name) || /\bNo\.\s/.test(law.name)) {
      law.name = short.name;
      law.jurisdiction ??= short.jurisdiction;
    }
    for (const other of laws) if (other !== law && other.start >= law.end && other.start <= short.start) dropped.add(other);
  }
  return laws.filter((law) => !dropped.has(law));
}

/**
 * "the Prevention of Terrorism Act No. 48 of 1979 (as amended by ...) (hereinafter "the PTA")": an abbreviation of
 * two to eight capitals defined in a parenthesis right after a law's name (its number, its year and one parenthesis
 * between). Group 1 is the abbreviation. Tried only at the end of a law found, so it costs nothing elsewhere.
 */
const ABBREVIATION_DEFINED = /(?:\s+No\.?\s*\d[\w./-]*)?(?:,?\s+(?:of\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\s+)?\d{4})?(?:\s*\([^()]{0,120}\))?\s*\(\s*(?:(?:hereinafter|hereafter|henceforth)(?:\s+(?:referred\s+to\s+as|called|cited\s+as))?:?\s+)?(?:the\s+)?["“]?(?:the\s+)?([A-Z]{2,8})["”]?\s*\)/y;
/**
 * Abbreviations that are never a domestic law's, whatever a parenthesis says: besides the treaty codes and their aliases
 * (canonicalTreatyCode), the acronyms of the catalogue's instruments ("UDHR", "ECHR") and those of courts,
 * organizations and bodies, which the catalogue does not hold.
 */
const NOT_LAW_ABBREVIATIONS = new Set([
  ...INSTRUMENTS.flatMap((instrument) => instrument.acronyms ?? []).map((acronym) => acronym.toUpperCase()),
  'SPT', 'ECTHR', 'ACHR', 'ACHPR', 'IACHR', 'ESC', 'UN', 'UNO', 'OHCHR', 'UNHCR', 'UNICEF', 'UNESCO', 'UNDP', 'UNRWA',
  'ILO', 'WHO', 'FAO', 'IOM', 'ICRC', 'EU', 'CJEU', 'ECJ', 'ICC', 'ICJ', 'ICTY', 'ICTR', 'OSCE', 'OAS', 'AU', 'COE',
  'NATO', 'HRC', 'GA', 'SC', 'NGO', 'NHRI', 'UPR',
]);

/**
 * Each use, after its definition, of an abbreviation defined for a law in this text: the law under its own name
 * ("section 15 (2) of the PTA" is a section of the Prevention of Terrorism Act). Nothing without the definition in
 * the same text (REFS rule 4).
 */
function abbreviationUses(text: string, laws: readonly Candidate[]): Candidate[] {
  const uses: Candidate[] = [];
  const defined = new Set<number>();
  for (const law of [...laws].sort((a, b) => a.start - b.start)) {
    if (law.kind !== 'law') continue;
    const m = matchAt(ABBREVIATION_DEFINED, text, law.end);
    if (!m || NOT_LAW_ABBREVIATIONS.has(m[1]!.toUpperCase()) || canonicalTreatyCode(m[1]!) !== null) continue;
    const definitionEnd = ABBREVIATION_DEFINED.lastIndex;
    if (defined.has(definitionEnd)) continue;
    defined.add(definitionEnd);
    const abbreviation = new RegExp(`(?<![\\w’'/-])${m[1]}(?![\\w’/-])`, 'g');
    abbreviation.lastIndex = definitionEnd;
    for (let use = abbreviation.exec(text); use; use = abbreviation.exec(text)) {
      uses.push({ ...law, start: use.index, end: use.index + use[0].length });
    }
  }
  return uses;
}

export function lawCandidates(text: string, defaultJurisdiction: string): Candidate[] {
  const candidates: Candidate[] = applyShortNames(text, rawLaws(text).map((raw) => withState(text, raw))).map((law) => ({
    kind: 'law' as const,
    start: law.start,
    end: law.end,
    instrument: canonicalLawName(law.name),
    jurisdiction: law.jurisdiction ?? defaultJurisdiction,
  }));
  candidates.push(...abbreviationUses(text, candidates));
  for (const m of matchAll(ANAPHOR, text)) {
    if (/\bbefore\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    candidates.push({ kind: 'law-anaphor', start: m.index, end: m.index + m[0].length, head: m[1]!.toLowerCase() });
  }
  return candidates;
}
