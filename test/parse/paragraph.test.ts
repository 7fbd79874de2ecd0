/**
 * The split of a paragraph into its parts, on the layout of the Committee on
 * the Rights of the Child's Optional Protocol reviews of the 2010s: a
 * "Positive aspects" heading under "II. General observations", and
 * recommendations that open with a recall of earlier ones.
 */
import { describe, expect, it } from 'vitest';
import { parseParagraph } from '../../src/parse/paragraph.js';
import { findLayout, splitLines } from '../../src/parse/structure.js';

function parts(text: string): string[] {
  const layout = findLayout(splitLines(text));
  return layout.paragraphs.map((raw) => {
    const p = parseParagraph(text, raw);
    return `${p.number}:${p.parts.map((part) => `${part.kind}@${part.joined.text.slice(0, 12)}`).join('+')}`;
  });
}

describe('a heading "Positive aspects" under a section of general observations', () => {
  it('makes its paragraphs positive aspects; the next heading ends it', () => {
    expect(parts([
      'I. Introduction', '',
      '1. The Committee considered the initial report of the State party.', '',
      'II. General observations', '',
      'Positive aspects', '',
      '2. The Committee welcomes the adoption of the National Strategy for Action for Children.', '',
      'Data', '',
      '3. The Committee welcomes the efforts made, but regrets the absence of a centralized data system.',
    ].join('\n'))).toEqual(['1:', '2:positive@The Committe', '3:concern@The Committe']);
  });
});

describe('a recommendation opened by a recall or a reference', () => {
  it.each([
    ['Recalling its previous recommendation (CRC/C/RUS/CO/4-5, para. 14), the Committee recommends that the State party develop a data system.'],
    ['With reference to its general comment No. 5 (2003), the Committee urges the State party to adopt a comprehensive strategy.'],
    ['In the light of article 4 of the Convention, the Committee also recommends that the State party increase its budget.'],
  ])('%s', (sentence) => {
    expect(parts(['I. Data', '', `1. ${sentence}`].join('\n'))).toEqual([`1:recommendation@${sentence.slice(0, 12)}`]);
  });

  it('follows a concern in the same paragraph', () => {
    expect(parts(['I. Data', '', '1. The Committee regrets the lack of data. Recalling its previous recommendations, the Committee recommends that the State party collect them.'].join('\n')))
      .toEqual(['1:concern@The Committe+recommendation@Recalling it']);
  });

  it('is not a concern opened the same way', () => {
    expect(parts(['I. Data', '', '1. Recalling its previous recommendations, the Committee is concerned that no data are collected.'].join('\n')))
      .toEqual(['1:concern@Recalling it']);
  });
});

describe('words that look like a concern', () => {
  it('"concerning" (a preposition) and "the concerns and recommendations" of the document make no concern', () => {
    expect(parts([
      'I. Principal areas of concern and recommendations', '',
      '1. The Committee emphasizes the importance of all the recommendations contained in the present concluding observations. With regard to urgent measures that must be taken, the Committee would like to draw the attention of the State party to the recommendations contained in paragraphs 13 and 15 above, concerning equal recognition before the law and liberty and security of the person.', '',
      '2. The Committee recalls the State party\'s obligation to systematically and continuously implement all the provisions of the Convention and views the concerns and recommendations identified in the present concluding comments as requiring the State party\'s priority attention.', '',
      '3. The Committee remains concerned about the concerns expressed by women with disabilities concerning access to justice.',
    ].join('\n'))).toEqual(['1:', '2:', '3:concern@The Committe']);
  });
});
