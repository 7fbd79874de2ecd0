/**
 * The same document gives the same graph whatever its rendering: `tbkg
 * convert` of each rendering of the seed, read back from N-Quads, against
 * the graph of the seed's text. Only the anchors' positions (oa:start,
 * oa:end: the front matter of a rendering differs, a masthead comes first)
 * and dcterms:issued (only a masthead gives it) are left out; every tb:text
 * and every oa:exact must be identical.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, type Quad } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED, scratchDir, tbkg } from '../support/cli.js';
import { RENDERINGS, RENDERINGS_DIR } from '../support/renderings.js';

const OA = 'http://www.w3.org/ns/oa#';
const ISSUED = 'http://purl.org/dc/terms/issued';
const POSITIONS = new Set([`${OA}start`, `${OA}end`]);
/**
 * pdftotext -raw keeps neither blank lines nor indentation: where a concern
 * ends on a full line and the recommendation follows, nothing in the text
 * says a new paragraph starts, so the paragraph's quote has a space where
 * the others have a paragraph break. Its quotes are compared with white
 * space folded; everything else must still be identical.
 */
const NO_PARAGRAPH_BREAKS = new Set([join(RENDERINGS_DIR, 'CAT_C_KAZ_CO_2.pdftotext-raw.txt')]);

function convert(file: string): Quad[] {
  const out = join(scratchDir(), 'graph.nq');
  const run = tbkg(['convert', file, '-o', out, '-q']);
  expect(run.status, run.stderr).toBe(0);
  return new Parser({ format: 'N-Quads' }).parse(readFileSync(out, 'utf8'));
}

function comparable(quads: Quad[], options: { issued: boolean; foldQuotes: boolean }): string[] {
  return quads
    .filter((q) => !POSITIONS.has(q.predicate.value) && (options.issued || q.predicate.value !== ISSUED))
    .map((q) => {
      const object = q.object.termType === 'Literal' && options.foldQuotes && q.predicate.value === `${OA}exact`
        ? `"${q.object.value.replace(/\s+/g, ' ')}"`
        : q.object.termType === 'Literal' ? `"${q.object.value}"^^${q.object.datatype.value}@${q.object.language}` : `<${q.object.value}>`;
      return `<${q.subject.value}> <${q.predicate.value}> ${object} <${q.graph.value}>`;
    })
    .sort();
}

describe('every rendering of CAT/C/KAZ/CO/2 gives the graph of its text', () => {
  let seed: Quad[];
  beforeAll(() => {
    seed = convert(SEED);
  });

  it.each(RENDERINGS.map((r) => [r.label, r] as const))('%s', (_label, rendering) => {
    const quads = convert(rendering.file);
    const foldQuotes = NO_PARAGRAPH_BREAKS.has(rendering.file);
    const mine = comparable(quads, { issued: false, foldQuotes });
    const text = comparable(seed, { issued: false, foldQuotes });
    expect(mine.filter((q) => !text.includes(q)), 'quads only in the rendering').toEqual([]);
    expect(text.filter((q) => !mine.includes(q)), 'quads only in the text').toEqual([]);
    // dcterms:issued comes from the masthead, where the rendering has one.
    const issued = quads.filter((q) => q.predicate.value === ISSUED).map((q) => q.object.value);
    expect(issued).toEqual(rendering.masthead ? ['2008-12-12'] : []);
  });
});
