/**
 * The Convention-article tag that closes a paragraph or a part of concluding
 * observations: "(art. 1)", "(arts. 2, 11 and 12)", "(arts. 2,11,13)",
 * "(art.11)", optionally followed by the sentence's full stop; also with the
 * sub-paragraphs the Optional Protocols' reviews give: "(art. 6 (3))",
 * "(arts. 3, 4 (2) and (3), 5, 6 and 7)", "(art. 9, paras. 1 and 2)". A tag
 * addresses articles: its sub-paragraphs are read over, not kept.
 */
export interface ArticleTag {
  /** Article numbers, ranges written out: "(arts. 11-13)" -> 11, 12, 13; "(arts. 4 (1) and (2), 5)" -> 4, 5. */
  articles: string[];
  /** Offsets of the parenthesis in the text as given (end exclusive). */
  start: number;
  end: number;
}

const NUMBER = '\\d+(?:\\s*[-–]\\s*\\d+)?';
/** A sub-paragraph in brackets: "(2)", "(a)", "(iii)". */
const SUB = '\\(\\s*(?:\\d{1,3}|[a-z]{1,2}|[ivxlc]{1,5})\\s*\\)';
const SEPARATOR = '\\s*(?:,\\s*and|,|and|&)\\s*';
/** "4", "4 (2)", "5 (d) (v)", "11-13". */
const ARTICLE = `${NUMBER}(?:\\s*${SUB})*`;
/** "(3)" in "4 (2) and (3)": one more sub-paragraph of the article before it. */
const SIBLING = `${SUB}(?:\\s*${SUB})*`;
/** ", paras. 1 and 2": paragraphs of the last article, closing the tag. */
const PARAGRAPHS = `\\s*,?\\s*paras?\\.\\s*\\d+(?:\\s*${SUB})*(?:${SEPARATOR}\\d+(?:\\s*${SUB})*)*`;
const TAG = new RegExp(
  `(\\(\\s*[Aa]rts?\\.\\s*(${ARTICLE}(?:${SEPARATOR}(?:${ARTICLE}|${SIBLING}))*)(?:${PARAGRAPHS})?\\s*\\))\\s*\\.?\\s*$`,
);
const SUBS = new RegExp(`\\s*${SUB}`, 'g');
const SEPARATOR_PATTERN = new RegExp(SEPARATOR);

function articlesOf(list: string): string[] {
  const articles: string[] = [];
  for (const written of list.split(SEPARATOR_PATTERN)) {
    // "(3)" of "4 (2) and (3)" is no article; "4 (2)" is article 4.
    if (written.startsWith('(')) continue;
    const piece = written.replace(SUBS, '');
    const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(piece);
    if (range && Number(range[2]) > Number(range[1]) && Number(range[2]) - Number(range[1]) <= 30) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) articles.push(String(n));
    } else if (piece.length > 0) {
      articles.push(piece.replace(/\s+/g, ''));
    }
  }
  return articles;
}

const SPACE = /\s/;

/** The guard of TAG: a tag closes the text, so the text ends with ")", a full stop or not, and whitespace. */
function closesWithParenthesis(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SPACE.test(text[i]!)) i -= 1;
  if (text[i] === '.') i -= 1;
  while (i >= 0 && SPACE.test(text[i]!)) i -= 1;
  return text[i] === ')';
}

/**
 * Every whitespace of TAG is a `\s*`, so it matches the text as given exactly
 * where it matches the text with its whitespace runs collapsed (flat-text.ts),
 * at the same parenthesis: the text need not be flattened.
 */
export function findArticleTag(text: string): ArticleTag | null {
  if (!closesWithParenthesis(text)) return null;
  const match = TAG.exec(text);
  if (!match) return null;
  return { articles: articlesOf(match[2]!), start: match.index, end: match.index + match[1]!.length };
}
