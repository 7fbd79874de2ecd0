import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../src/catalogue/instruments.js';
import { wholeWords } from '../../src/extract/refs/instrument-names.js';
import { guardOf, NOTHING, requiredLiterals } from '../../src/extract/refs/literals.js';
import { literal, ParagraphIndex, WORDS } from '../../src/extract/refs/paragraph-index.js';
import { flatten } from '../../src/extract/refs/flat-text.js';
import { findMentions, mentionContext } from '../../src/extract/refs/mentions.js';
import { flexibleName, matchAll, matchAllFrom } from '../../src/extract/refs/patterns.js';
import { KEYWORD, KEYWORD_START } from '../../src/extract/refs/provisions.js';

describe('ParagraphIndex', () => {
  const [torture, convention, con, ilo, torturei, kelvin, kelvink, state, tate, stra] =
    ['torture', 'convention', 'con', 'ilo', 'torturei', 'kelvin', 'kelvink', 'state', 'tate', 'stra'].map((w) => WORDS.add(w));

  it('tells the words of a text as its lower-cased runs of a-z', () => {
    const paragraph = new ParagraphIndex('The CONVENTION against Torture2 (ILO-Convention)');
    expect([torture, convention, con, ilo].map((id) => paragraph.hasWord(id!))).toEqual([true, true, false, true]);
    expect(paragraph.lower).toBe('the convention against torture2 (ilo-convention)');
  });

  it('agrees with a set of the matches of [a-z]+ on odd letters, and lets a whole word be anywhere near them', () => {
    const text = 'Tortureİ Kelvin\u212A ſtate straße';
    const expected = new Set(text.toLowerCase().match(/[a-z]+/g));
    const paragraph = new ParagraphIndex(text);
    const ids = [torture, torturei, kelvin, kelvink, state, tate, stra];
    expect(ids.map((id) => paragraph.hasWord(id!))).toEqual(['torture', 'torturei', 'kelvin', 'kelvink', 'state', 'tate', 'stra'].map((w) => expected.has(w)));
    expect(paragraph.mayHoldWhole(torture!)).toBe(true);
    expect(new ParagraphIndex('Torture').mayHoldWhole(kelvin!)).toBe(false);
  });

  it('reads the text as it is where no character but "İ" and "K" lower-cases to ASCII or to more than one character', () => {
    // What the index relies on to skip making the lower-cased text (ParagraphIndex's constructor).
    const odd: string[] = [];
    for (let code = 0x80; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const char = String.fromCodePoint(code);
      const lower = char.toLowerCase();
      if (/[\x00-\x7f]/.test(lower) || lower.length !== char.length) odd.push(char);
    }
    expect(odd).toEqual(['\u0130', '\u212a']);
  });

  it('finds a literal wherever the text holds it, whatever the trigrams', () => {
    const text = 'Regulation (EU) No 604/2013 of the ILO, ’quoted’';
    const paragraph = new ParagraphIndex(text);
    for (const [wanted, caseless] of [['Regulation', false], ['(EU) No 604', false], ['ilo,', true], ['’quoted’', false], ['regulation', true]] as const) {
      expect(paragraph.includes(literal(wanted, caseless))).toBe(true);
    }
    for (const [wanted, caseless] of [['regulation', false], ['ILO;', false], ['604/2014', true]] as const) {
      expect(paragraph.includes(literal(wanted, caseless))).toBe(false);
    }
  });
});

describe('requiredLiterals', () => {
  const required = (re: RegExp) => requiredLiterals(re).requirement;

  it('reads the literals every match holds', () => {
    expect(required(/\bILO\s+Convention\s+No\.\s*29\b/)).toEqual({ kind: 'all', of: [
      { kind: 'literal', text: 'ILO' }, { kind: 'literal', text: 'Convention' }, { kind: 'literal', text: 'No.' }, { kind: 'literal', text: '29' }] });
    expect(required(/ab?c/)).toEqual({ kind: 'all', of: [{ kind: 'literal', text: 'a' }, { kind: 'literal', text: 'c' }] });
    expect(required(/(?:x|yz)+w{0,2}/)).toEqual({ kind: 'any', of: [{ kind: 'literal', text: 'x' }, { kind: 'literal', text: 'yz' }] });
  });

  it('lower-cases the literals of a caseless expression', () => {
    expect(requiredLiterals(/Basic\s+Principles/i)).toEqual({ caseless: true, requirement: { kind: 'all', of: [
      { kind: 'literal', text: 'basic' }, { kind: 'literal', text: 'principles' }] } });
  });

  it('guards by the telling literals only, one alternation in one test', () => {
    const guard = guardOf(requiredLiterals(/(?:Decree|Order)\s+No\.\s*\d+\s+of\s+the\s+(?:Ministry|Government)/));
    const passes = (g: typeof guard, text: string) => g(new ParagraphIndex(text));
    expect(passes(guard, 'Decree No. 5 of the Government')).toBe(true);
    expect(passes(guard, 'Order No. 5 of the Ministry')).toBe(true);
    expect(passes(guard, 'Order No. 5 of the State')).toBe(false);
    expect(passes(guard, 'ORDER NO. 5 OF THE MINISTRY')).toBe(false);
    expect(passes(guardOf(requiredLiterals(/of\s+(?:to|A)/)), 'nothing here')).toBe(true);
    expect(passes(guardOf(requiredLiterals(/Basic\s+Principles/i)), 'BASIC PRINCIPLES')).toBe(true);
    expect(passes(guardOf(requiredLiterals(/Basic\s+Principles/i)), 'BASIC PRINCIPLE')).toBe(false);
  });

  it('requires nothing of what it does not read', () => {
    for (const re of [/a|b?/, /\u0041/, /(a)\1/, /(?<=x)[abc]/, /\p{L}/u, /k/iu]) expect(required(re)).toEqual(NOTHING);
  });

  it('is met by every text in which the expression matches', () => {
    for (const entry of INSTRUMENTS) {
      for (const re of entry.patterns ?? []) {
        const guard = guardOf(requiredLiterals(re));
        for (const name of [...entry.names, ...(entry.acronyms ?? [])]) {
          const text = `The State party refers to the ${name} and to ILO Convention No. 29, the 1951 Convention, the 1967 Protocol.`;
          if (re.test(text)) expect(guard(new ParagraphIndex(text))).toBe(true);
        }
      }
    }
  });
});

describe('wholeWords', () => {
  it('keeps the runs of letters that no optional comma, hyphen or accent can glue to another', () => {
    expect(wholeWords('Convention against Torture and Other Cruel, Inhuman')).toEqual(['convention', 'against', 'torture', 'and', 'other', 'cruel', 'inhuman']);
    expect(wholeWords('Belém do Pará Convention')).toEqual(['do', 'convention']);
    expect(wholeWords('Non-custodial Measures')).toEqual(['measures']);
    expect(wholeWords('A,B c')).toEqual(['c']);
  });

  it('names words that every match of the name holds', () => {
    for (const entry of INSTRUMENTS) {
      for (const name of entry.names) {
        const re = new RegExp(flexibleName(name), 'i');
        const variant = name.replace(/,/g, '').replace(/-/g, '').replace(/é/g, 'e').replace(/ /g, '\n ');
        if (!re.test(variant)) continue;
        const words = new Set(variant.toLowerCase().match(/[a-z]+/g));
        for (const word of wholeWords(name)) expect(words.has(word), `${word} in ${variant}`).toBe(true);
      }
    }
  });
});

describe('matchAllFrom', () => {
  it('gives the matches of matchAll where every match starts at one of the positions', () => {
    const text = 'the said Convention, this Convention; a Convention';
    const re = /(?<=\b(?:the|this|said)\s)Convention/y;
    const starts = [...text.matchAll(/Convention/g)].map((m) => m.index);
    expect([...matchAllFrom(re, text, starts)].map((m) => m.index)).toEqual([...matchAll(/(?<=\b(?:the|this|said)\s)Convention/g, text)].map((m) => m.index));
  });

  it('skips a position inside the last match', () => {
    expect([...matchAllFrom(/aa/y, 'aaaa', [0, 1, 2, 3])].map((m) => m.index)).toEqual([0, 2]);
  });
});

describe('the provision keyword tried at its starts only', () => {
  it('finds what a search of every position finds', () => {
    const pieces = ['article', 'Article', 'ARTICLE', 'articles', 'art.', 'arts.', 'Art.', 'Arts.', 'ARTS.', 'section', 'Sections', 'SECTION',
      'sect.', 'sects.', '§', '§§', 'particle', 'sub-', 'part', 'arts', ' ', '', '\n', '1', '12', '(', '-', 'x', 'é'];
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const everywhere = new RegExp(KEYWORD.source, 'g');
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = 0; k < 12; k++) text += pieces[Math.floor(random() * pieces.length)];
      const starts = [...text.matchAll(KEYWORD_START)].map((m) => m.index);
      expect([...matchAllFrom(KEYWORD, text, starts)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(everywhere)].map((m) => [m.index, m[0]]));
    }
  });
});

describe('"the present Convention" across any whitespace', () => {
  it('is one mention from "present" on', () => {
    const text = `under the present${' '.repeat(50)}\n Convention and the present\nCovenant`;
    const spans = findMentions(flatten(text).text, mentionContext('CAT', 'KAZ')).map((m) => flatten(text).text.slice(m.start, m.end));
    expect(spans).toEqual([`present Convention`, 'present Covenant']);
    const raw = findMentions(text, mentionContext('CAT', 'KAZ')).map((m) => text.slice(m.start, m.end));
    expect(raw).toEqual([`present${' '.repeat(50)}\n Convention`, 'present\nCovenant']);
  });
});
