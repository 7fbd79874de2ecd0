/**
 * Reference recognizers: pure functions over the text of one paragraph (or
 * part of one) that find what REFS.md calls references: UN document symbols
 * with pinpoints, articles of the core treaties, provisions of domestic law,
 * domestic codes named without a provision, and international instruments.
 * Nothing is carried from one call to the next (REFS rule 4).
 *
 * A list ("articles 2, 7 and 16", "paras. 7, 8 and 13") gives one object per
 * unit, and every object of a list covers the whole citation it belongs to,
 * from its first word ("article", "Part", the symbol) to its last (the
 * instrument's name, the last pinpoint).
 */
import { resolveProvisions } from './articles.js';
import { flatten, originalSpan } from './flat-text.js';
import { findMentions, mentionContext } from './mentions.js';
import { findProvisionGroups } from './provisions.js';
import { findDocumentCitations } from './symbols.js';

export { findArticleTag, type ArticleTag } from './tag.js';
export { canonicalLawName, lawInstrumentKey } from './laws.js';

export interface RefContext {
  /** The committee's treaty code, e.g. 'CAT' (aliases such as 'ICCPR' are accepted). */
  treaty: string;
  /** ISO 3166 alpha-3 code of the State party, e.g. 'KAZ'. */
  jurisdiction: string;
  /**
   * Whether the text is concluding observations (the default): a parenthesis of "art." and numbers closing a paragraph
   * is then the committee's Convention-article tag. False for decisions (Views), where "(art. 12)." after "Decree No.
   * 1923" is the decree's article 12 (REFS rule 20).
   */
  concludingObservations?: boolean;
}

export type Reference =
  | { kind: 'un-document'; symbol: string; paragraph: string | null; item: string | null; start: number; end: number }
  | { kind: 'treaty-article'; treaty: string; article: string; paragraph?: string; items?: string[]; range?: boolean; start: number; end: number }
  | { kind: 'law'; jurisdiction: string; instrument: string; article?: string; part?: string; chapter?: string; title?: string; start: number; end: number }
  /** A domestic instrument named without a provision (REFS rule 19: not a `law` object, but the paragraph cites it). */
  | { kind: 'law-instrument'; jurisdiction: string; instrument: string; start: number; end: number }
  /** An international instrument of the catalogue, other than the committee's own treaty. */
  | { kind: 'instrument'; id: string; start: number; end: number };

/** All references of one paragraph, sorted by start, then end; offsets are UTF-16 indices into `text`. */
export function findReferences(text: string, ctx: RefContext): Reference[] {
  const flat = flatten(text);
  const context = mentionContext(ctx.treaty, ctx.jurisdiction);
  const mentions = findMentions(flat.text, context);
  // "paragraph 12 of the Constitution": paragraph provisions are looked for only where a domestic instrument is named.
  const groups = findProvisionGroups(flat.text, mentions.some((m) => m.type === 'law'));
  const provisions = resolveProvisions(flat, groups, mentions, context, { tags: ctx.concludingObservations !== false });

  const found: Reference[] = [...provisions.references];
  for (const citation of findDocumentCitations(flat.text)) found.push({ kind: 'un-document', ...citation });
  for (const mention of mentions) {
    if (mention.type === 'instrument' && mention.id !== null && !mention.own) {
      found.push({ kind: 'instrument', id: mention.id, start: mention.start, end: mention.end });
    } else if (mention.type === 'law' && !provisions.owningMentions.has(mention)) {
      found.push({ kind: 'law-instrument', jurisdiction: mention.jurisdiction, instrument: mention.instrument, start: mention.start, end: mention.end });
    }
  }
  const located = found.map((reference) => ({ ...reference, ...originalSpan(flat, reference.start, reference.end) }));
  return located
    .map((reference, order) => ({ reference, order }))
    .sort((a, b) => a.reference.start - b.reference.start || a.reference.end - b.reference.end || a.order - b.order)
    .map(({ reference }) => reference);
}
