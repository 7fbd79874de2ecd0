/**
 * Bold as evidence for the concern / recommendation split. UN documents set
 * recommendations in bold; where a rendering keeps bold (PDF, DOCX, HTML),
 * the start of the first bold run of a paragraph is checked against the
 * start of the recommendation the text rules found. The text rules stay
 * authoritative: bold is lost, added or shifted by renderings more often
 * than the rules err. A disagreement is a warning, given only where the
 * document's bold does mark its recommendations on the whole.
 */
import type { SourceText } from '../ingest/source.js';
import type { Warning } from '../model.js';
import { roleOf, type ParsedParagraph } from './paragraph.js';

/** Bold runs shorter than this (a bold word, a term) say nothing about a recommendation. */
const MIN_BOLD_RUN = 12;
/** Share of the recommendations that must start where bold starts before disagreements are worth a warning. */
const MIN_AGREEMENT = 0.5;
/** Quotes in warnings are cut to about this many characters. */
const QUOTE_LENGTH = 60;

interface Evidence {
  paragraph: ParsedParagraph;
  recommendation?: number;
  bold?: number;
}

export function checkBoldEvidence(source: SourceText, paragraphs: ParsedParagraph[]): Warning[] {
  if (!source.carriesBold || source.bold.length === 0) return [];
  const evidence: Evidence[] = paragraphs
    .filter((p) => roleOf(p.section?.title, p.heading) === 'subjects' && p.joined.length > 0)
    .map((p) => {
      const span = p.joined.spanOf(0, p.joined.length);
      const rec = p.parts.find((part) => part.kind === 'recommendation');
      const run = source.boldWithin(span.start, span.end).find((r) => source.text.slice(r.start, r.end).trim().length >= MIN_BOLD_RUN);
      return {
        paragraph: p,
        recommendation: rec && rec.joined.length > 0 ? rec.joined.spanOf(0, 1).start : undefined,
        bold: run ? Math.max(run.start, span.start) + leadingSpace(source.text, Math.max(run.start, span.start)) : undefined,
      };
    });
  const withRecommendation = evidence.filter((e) => e.recommendation !== undefined);
  const agreeing = withRecommendation.filter((e) => e.bold !== undefined && Math.abs(e.bold - e.recommendation!) <= 1);
  if (withRecommendation.length === 0 || agreeing.length < MIN_AGREEMENT * withRecommendation.length) return [];
  const warnings: Warning[] = [];
  for (const e of evidence) {
    const n = e.paragraph.number;
    if (e.recommendation !== undefined && e.bold === undefined) {
      warnings.push({ message: `paragraph ${n}: the recommendation the text rules found ("${quote(source, e.recommendation)}") is not in bold`, offset: e.recommendation, paragraph: n });
    } else if (e.recommendation === undefined && e.bold !== undefined) {
      warnings.push({ message: `paragraph ${n}: bold text ("${quote(source, e.bold)}") reads as a recommendation that the text rules did not find; the text rules are kept`, offset: e.bold, paragraph: n });
    } else if (e.recommendation !== undefined && e.bold !== undefined && Math.abs(e.bold - e.recommendation) > 1) {
      warnings.push({
        message: `paragraph ${n}: the text rules start the recommendation at "${quote(source, e.recommendation)}", the bold text at "${quote(source, e.bold)}"; the text rules are kept`,
        offset: e.bold,
        paragraph: n,
      });
    }
  }
  return warnings;
}

function leadingSpace(text: string, at: number): number {
  let k = 0;
  while (/\s/.test(text[at + k] ?? '')) k++;
  return k;
}

function quote(source: SourceText, at: number): string {
  const end = source.text.indexOf('\n', at);
  const block = source.text.slice(at, end < 0 ? undefined : end).trim();
  return block.length <= QUOTE_LENGTH ? block : `${block.slice(0, QUOTE_LENGTH).replace(/\s+\S*$/, '')}...`;
}
