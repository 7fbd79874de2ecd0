/**
 * The layout parser on the section titles of the Committee on the Rights of
 * the Child's concluding observations under its Optional Protocols, whose
 * Roman-numbered titles close with long article tags.
 */
import { describe, expect, it } from 'vitest';
import { findLayout, splitLines } from '../../src/parse/structure.js';

const layoutOf = (text: string) => findLayout(splitLines(text));

describe('Roman-numbered sections whose titles close with a long article tag', () => {
  const text = [
    'I. Introduction',
    '',
    '1. The Committee considered the initial report of the Russian Federation (CRC/C/OPSC/RUS/1).',
    '',
    'II. Prevention of the sale of children, child prostitution and child pornography (art. 9, paras. 1 and 2)',
    '',
    '2. The Committee is concerned about the lack of measures to identify children at risk.',
    '',
    'III. Prohibition of the sale of children, child pornography and child prostitution and related matters (arts. 3, 4 (2) and (3), 5, 6 and 7)',
    '',
    'Criminal legislation',
    '',
    '3. The Committee is concerned that the possession of child pornography is not criminalized.',
    '',
    'IV. Protection of the rights of child victims (arts. 8 and 9, paras. 3 and 4)',
    '',
    '4. The Committee recommends that the State party ensure that child victims are never penalized.',
  ].join('\n');

  it('are sections, their tags kept in the title, and the paragraphs stand under them', () => {
    const layout = layoutOf(text);
    expect(layout.sections.map((s) => `${s.label}. ${s.title}`)).toEqual([
      'I. Introduction',
      'II. Prevention of the sale of children, child prostitution and child pornography (art. 9, paras. 1 and 2)',
      'III. Prohibition of the sale of children, child pornography and child prostitution and related matters (arts. 3, 4 (2) and (3), 5, 6 and 7)',
      'IV. Protection of the rights of child victims (arts. 8 and 9, paras. 3 and 4)',
    ]);
    expect(layout.paragraphs.map((p) => `${p.number}:${p.section?.label}:${p.heading?.title ?? ''}`))
      .toEqual(['1:I:', '2:II:', '3:III:Criminal legislation', '4:IV:']);
    expect(layout.warnings).toEqual([]);
  });

  it('still refuse a long line that the tag does not make short: a sentence is not a title', () => {
    const long = 'II. Prevention of the sale of children and of child prostitution and child pornography in all the regions of the State party (art. 9)';
    const layout = layoutOf(['I. Introduction', '', '1. The Committee considered the report.', '', long, '', '2. The Committee notes.'].join('\n'));
    expect(layout.sections.map((s) => s.label)).toEqual(['I']);
  });

  it('do not take a parenthesis that is not an article tag off the length', () => {
    const long = 'II. Prevention of the sale of children, child prostitution and child pornography and their root causes (see the Committee\'s report)';
    const layout = layoutOf(['I. Introduction', '', '1. The Committee considered the report.', '', long, '', '2. The Committee notes.'].join('\n'));
    expect(layout.sections.map((s) => s.label)).toEqual(['I']);
  });
});

describe('numbered sub-sections named after the parts of the Migrant Workers Convention', () => {
  const text = [
    'A. Introduction', '',
    ...Array.from({ length: 13 }, (_, k) => [`${k + 1}. The Committee notes the information provided.`, '']).flat(),
    'C. Principal subjects of concern and recommendations', '',
    '1. General measures of implementation (arts. 73 and 84)', '',
    'Legislation and application', '',
    '14. The Committee urges the State party to end the detention of migrant children.', '',
    '4. Other rights of migrant workers and members of their families who are documented or in a regular situation (arts. 36–56)', '',
    '15. The Committee is concerned about the obstacles faced by Guatemalans abroad in exercising their right to vote.', '',
    '5. Promotion of sound, equitable, humane and lawful conditions in connection with international migration of workers and members of their families (arts. 64–71)', '',
    '16. The Committee is concerned at the high number of Guatemalan children returned without reintegration measures.',
  ].join('\n');

  it('are sub-section titles however long, for their tag and their number below the paragraphs reached', () => {
    const layout = layoutOf(text);
    expect(layout.paragraphs.slice(13).map((p) => `${p.number}:${p.heading?.title.slice(0, 20)}`)).toEqual([
      '14:Legislation and appl',
      '15:Other rights of migr',
      '16:Promotion of sound, ',
    ]);
    expect(layout.warnings).toEqual([]);
  });
});
