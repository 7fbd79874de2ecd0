/**
 * The parsed layout to the document model: references in every part,
 * Convention-article tags, reiterated recommendations, follow-up and the
 * next report, each anchored in the normalized text.
 */
import { stateByIso3 } from '../catalogue/states.js';
import { treatyOfDocument } from '../catalogue/symbols.js';
import type { JoinedText, ParsedDocument, ParsedItem, ParsedParagraph } from '../parse/index.js';
import { sentenceStartBefore } from '../parse/sentences.js';
import {
  emptyReferences,
  type Anchor,
  type ConcludingObservations,
  type Heading,
  type Item,
  type Paragraph,
  type Part,
  type References,
  type Section,
} from '../model.js';
import { findArticleTag, findReferences, lawInstrumentKey, type RefContext } from './refs/index.js';
import { PlainText } from './refs/paragraph-index.js';
import { findFollowUp, findNextReport } from './requests.js';

/** Words that make a citation of an earlier paragraph a reiteration of it. */
const REITERATION = /\b(reiterat|as (?:it (?:has|had) )?(?:previously |already )?recommended|previous(?:ly)? recommend|its (?:previous|earlier) recommendations?|recalls its|repeats its)/i;

export function extractDocument(parsed: ParsedDocument): ConcludingObservations {
  const { source, metadata, body } = parsed;
  const anchorOf = (joined: JoinedText, start = 0, end = joined.length): Anchor => {
    const span = joined.spanOf(start, end);
    return {
      start: source.codePointOffset(span.start),
      end: source.codePointOffset(span.end),
      exact: source.text.slice(span.start, span.end),
    };
  };
  const state = metadata.state!;
  // A review under an Optional Protocol (CRC/C/OPSC/...) is of the protocol: its tags and "the Optional Protocol".
  const treaty = treatyOfDocument(parsed.symbol, body);
  const context: RefContext = { treaty, jurisdiction: state.iso3, concludingObservations: true };
  const referencesIn = (joined: JoinedText, excluded: Array<[number, number]>): References =>
    collectReferences(joined, context, excluded, anchorOf);

  const headings = new Map<string, Heading>();
  for (const h of parsed.headings) {
    if (headings.has(h.title)) continue;
    headings.set(h.title, { title: h.title, key: slug(h.title), anchor: lineAnchor(source, h.line.start, h.line.end) });
  }
  const sections: Section[] = parsed.sections.map((s) => ({
    label: s.label,
    title: s.title,
    anchor: lineAnchor(source, s.line.start, s.line.end),
  }));

  const titleTags = new Map([...parsed.headings, ...parsed.sections].map((t) => [t.title, findArticleTag(t.title)?.articles ?? []]));
  // The section each heading stands in, found once for the document rather than once per paragraph.
  const headingSections = parsed.headings.map((h) => parsed.sections.filter((s) => s.line.start < h.line.start).at(-1)?.label);
  const paragraphs = parsed.paragraphs.map((p) => toParagraph(p, anchorOf, referencesIn, inheritedTags(p, parsed, headingSections, titleTags)));
  const model: ConcludingObservations = {
    symbol: parsed.symbol,
    symbolSource: parsed.symbolSource,
    treatyBody: body.code,
    treaty,
    stateParty: { ...state, wikidata: state.wikidata ?? stateByIso3(state.iso3)?.wikidata },
    session: metadata.session,
    reportConsidered: metadata.reportConsidered,
    listOfIssuesReplies: metadata.listOfIssuesReplies,
    meetings: metadata.meetings,
    adoptedOn: metadata.adoptedOn,
    issuedOn: metadata.issuedOn,
    sections,
    headings: [...headings.values()],
    paragraphs,
    warnings: [...parsed.warnings],
    text: source.text,
    source: source.path,
  };
  for (const p of parsed.paragraphs) {
    // One lower-cased copy of the paragraph for the guards of both requests.
    const literals = new PlainText(p.joined.text);
    const followUp = findFollowUp(p.joined.text, literals);
    if (followUp && !model.followUp) {
      model.followUp = { paragraphs: followUp.paragraphs, deadline: followUp.deadline, requestedIn: p.number, anchor: anchorOf(p.joined) };
      const unknown = followUp.paragraphs.filter((n) => !paragraphs.some((q) => q.number === n));
      if (unknown.length > 0) model.warnings.push({ message: `follow-up names paragraphs that are not in the document: ${unknown.join(', ')}`, paragraph: p.number });
    }
    const next = findNextReport(p.joined.text, literals);
    if (next && !model.nextReport) {
      model.nextReport = { ordinal: next.ordinal, due: next.due, requestedIn: p.number, anchor: anchorOf(p.joined) };
    }
  }
  return model;
}

type AnchorOf = (joined: JoinedText, start?: number, end?: number) => Anchor;
type ReferencesIn = (joined: JoinedText, excluded: Array<[number, number]>) => References;

/**
 * The article tag of the title a paragraph stands under, where the titles
 * carry them rather than the paragraphs: "Equality and non-discrimination
 * (art. 5)", "1. Definition and criminalization of enforced disappearance
 * (arts. 1-7)", "V. Prevention of the sale of children ... (art. 9, paras. 1
 * and 2)". The nearest title above the paragraph in its section that has a
 * tag gives it, the section's own title being the farthest; a numbered
 * sub-section without a tag ends the tag of the sub-section before it, and
 * the section's title applies again. A tag that closes the paragraph itself
 * replaces the inherited one (toParagraph).
 */
function inheritedTags(p: ParsedParagraph, parsed: ParsedDocument, headingSections: Array<string | undefined>, tags: Map<string, string[]>): string[] {
  const sectionTag = p.section ? tags.get(p.section.title) ?? [] : [];
  const start = p.joined.spanOf(0, 0).start;
  let found: string[] = sectionTag;
  for (const [i, h] of parsed.headings.entries()) {
    if (h.line.start > start) break;
    if (headingSections[i] !== p.section?.label) {
      found = sectionTag;
      continue;
    }
    const t = tags.get(h.title) ?? [];
    if (t.length > 0) found = t;
    else if (h.subsection) found = sectionTag;
  }
  return found;
}

function toParagraph(p: ParsedParagraph, anchorOf: AnchorOf, referencesIn: ReferencesIn, inherited: string[] = []): Paragraph {
  const toItem = (i: ParsedItem): Item => ({ label: i.label, text: i.joined.text, anchor: anchorOf(i.joined) });
  const tags: string[] = [];
  const tagSpans = new Map<JoinedText, Array<[number, number]>>();
  const readTag = (joined: JoinedText) => {
    const tag = findArticleTag(joined.text);
    if (!tag) return;
    for (const a of tag.articles) if (!tags.includes(a)) tags.push(a);
    tagSpans.set(joined, [[tag.start, tag.end]]);
  };
  if (p.parts.length === 0) readTag(p.joined);
  for (const part of p.parts) if (part.kind === 'concern') readTag(part.joined);
  if (tags.length === 0) for (const part of p.parts) readTag(part.joined);
  if (tags.length === 0) tags.push(...inherited);

  const parts: Part[] = p.parts.map((part) => ({
    kind: part.kind,
    text: part.joined.text,
    anchor: anchorOf(part.joined),
    items: part.items.map(toItem),
    refs: referencesIn(part.joined, tagSpans.get(part.joined) ?? []),
  }));
  return {
    number: p.number,
    text: p.joined.text,
    anchor: anchorOf(p.joined),
    section: p.section?.label,
    heading: p.heading,
    articleTags: tags,
    parts,
    items: p.items.map(toItem),
    refs: p.parts.length === 0 ? referencesIn(p.joined, tagSpans.get(p.joined) ?? []) : emptyReferences(),
  };
}

function collectReferences(joined: JoinedText, context: RefContext, excluded: Array<[number, number]>, anchorOf: AnchorOf): References {
  const refs = emptyReferences();
  const text = joined.text;
  const inTag = (start: number) => excluded.some(([s, e]) => start >= s && start < e);
  for (const ref of findReferences(text, context)) {
    const anchor = anchorOf(joined, ref.start, ref.end);
    switch (ref.kind) {
      case 'treaty-article':
        if (!inTag(ref.start)) refs.articles.push({ treaty: ref.treaty, article: ref.article, paragraph: ref.paragraph, anchor });
        break;
      case 'law':
      case 'law-instrument': {
        const { jurisdiction, instrument } = ref;
        const instrumentKey = lawInstrumentKey(instrument);
        if (ref.kind === 'law') {
          const partKind = ref.part === undefined ? undefined : /\b(part|subsection)\b/i.test(anchor.exact) ? 'part' : 'para';
          // Written out rather than spread from the object below: a spread is a slow copy in this loop. Same keys, same order.
          refs.laws.push({
            jurisdiction, instrument, instrumentKey, anchor,
            article: ref.article, part: ref.part, partKind, chapter: ref.chapter, title: ref.title,
          });
        } else refs.laws.push({ jurisdiction, instrument, instrumentKey, anchor });
        break;
      }
      case 'un-document': {
        refs.documents.push({ symbol: ref.symbol, paragraph: ref.paragraph, item: ref.item, anchor });
        const sentence = text.slice(sentenceStartBefore(text, ref.start), ref.end);
        if (ref.paragraph !== null && REITERATION.test(sentence)) {
          refs.reiterations.push({ symbol: ref.symbol, paragraph: ref.paragraph, item: ref.item, anchor });
        }
        break;
      }
      case 'instrument':
        refs.instruments.push({ id: ref.id, anchor });
        break;
    }
  }
  return refs;
}

function lineAnchor(source: ParsedDocument['source'], start: number, end: number): Anchor {
  return { start: source.codePointOffset(start), end: source.codePointOffset(end), exact: source.text.slice(start, end) };
}

/** "Definition of torture" -> "definition-of-torture". */
export function slug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
