/**
 * The Convention-article tag that closes a paragraph or a part of concluding
 * observations: "(art. 1)", "(arts. 2, 11 and 12)", "(arts. 2,11,13)",
 * "(art.11)", optionally followed by the sentence's full stop.
 */
export interface ArticleTag {
  /** Article numbers, ranges written out: "(arts. 11-13)" -> 11, 12, 13. */
  articles: string[];
  /** Offsets of the parenthesis in the text as given (end exclusive). */
  start: number;
  end: number;
}

const NUMBER = '\\d+(?:\\s*[-–]\\s*\\d+)?';
const TAG = new RegExp(`\\(\\s*[Aa]rts?\\.\\s*(${NUMBER}(?:\\s*(?:,\\s*and|,|and|&)\\s*${NUMBER})*)\\s*\\)\\s*\\.?\\s*$`);

function articlesOf(list: string): string[] {
  const articles: string[] = [];
  for (const piece of list.split(/\s*(?:,\s*and|,|and|&)\s*/)) {
    const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(piece);
    if (range && Number(range[2]) > Number(range[1]) && Number(range[2]) - Number(range[1]) <= 30) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) articles.push(String(n));
    } else if (piece.length > 0) {
      articles.push(piece.replace(/\s+/g, ''));
    }
  }
  return articles;
}

/**
 * Every whitespace of TAG is a `\s*`, so it matches the text as given exactly
 * where it matches the text with its whitespace runs collapsed (flat-text.ts),
 * at the same parenthesis: the text need not be flattened.
 */
export function findArticleTag(text: string): ArticleTag | null {
  const match = TAG.exec(text);
  if (!match) return null;
  const close = text.indexOf(')', match.index);
  return { articles: articlesOf(match[1]!), start: match.index, end: close + 1 };
}
