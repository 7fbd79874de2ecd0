/** `tbkg refs`: the reference recognizers as JSON lines, with code-point offsets, on texts and decisions. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED, scratchDir, tbkg } from '../support/cli.js';

const DECISIONS = join(SHARED, 'corpus', 'decisions');

function lines(stdout: string): Array<Record<string, unknown>> {
  return stdout.split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('tbkg refs on a text', () => {
  const text = 'The State party should amend Part 1 of article 347-1 of the Criminal Code, in line with article 3, paragraph 1, of the Convention '
    + '(CAT/C/KAZ/CO/2, para. 15), as it did under the Refugee Act.';

  it('writes one object per reference, as REFS.md writes them, with start and end', () => {
    const r = tbkg(['refs', '-', '--treaty', 'CAT', '--jurisdiction', 'KAZ'], text);
    expect(r.status, r.stderr).toBe(0);
    const found = lines(r.stdout);
    expect(found.map(({ start, end, ...rest }) => rest)).toEqual([
      { kind: 'law', jurisdiction: 'KAZ', instrument: 'Criminal Code', article: '347-1', part: '1' },
      { kind: 'treaty-article', treaty: 'CAT', article: '3', paragraph: '1' },
      { kind: 'un-document', symbol: 'CAT/C/KAZ/CO/2', paragraph: '15', item: null },
    ]);
    for (const ref of found) expect(typeof ref.start === 'number' && typeof ref.end === 'number' && ref.end > ref.start).toBe(true);
    expect(text.slice(found[2]!.start as number, found[2]!.end as number)).toBe('CAT/C/KAZ/CO/2, para. 15');
    // "the Refugee Act" names no provision: no object (REFS rule 19).
    expect(r.stdout).not.toContain('Refugee Act');
  });

  it('counts offsets in code points, not UTF-16 units', () => {
    const astral = `\u{1D4D0}\u{1D4D1} see article 22 of the Convention.`;
    const [ref] = lines(tbkg(['refs', '-', '--treaty', 'CAT', '--jurisdiction', 'KAZ'], astral).stdout);
    expect([...astral].slice(ref!.start as number, ref!.end as number).join('')).toBe('article 22 of the Convention');
  });

  it('reads a text paragraph by paragraph: nothing carries over (REFS rule 4)', () => {
    const file = join(scratchDir(), 'two.txt');
    writeFileSync(file, '1. The Criminal Code of Uzbekistan was amended.\n\n2. Under article 235 the penalty is five years.\n');
    const found = lines(tbkg(['refs', file, '--treaty', 'CAT', '--jurisdiction', 'KAZ']).stdout);
    // Article 235 is no article of the Convention against Torture (33 articles), and no code is named in its paragraph.
    expect(found).toEqual([]);
  });

  it('takes the treaty from a file named by its symbol, a protocol\'s for a review under it', () => {
    const dir = scratchDir();
    const text = '12. The Committee recommends that the State party amend article 127.1 of its Criminal Code to comply with article 3 of the Optional Protocol and article 34 of the Convention.\n';
    const underProtocol = join(dir, 'crc-c-opsc-rus-co-1.txt');
    const underConvention = join(dir, 'crc-c-rus-co-4-5.txt');
    writeFileSync(underProtocol, text);
    writeFileSync(underConvention, text.replace('article 3 of the Optional Protocol and ', ''));
    const opsc = lines(tbkg(['refs', underProtocol, '--jurisdiction', 'RUS']).stdout).filter((r) => r.kind === 'treaty-article');
    expect(opsc.map((r) => `${r.treaty} ${r.article}`)).toEqual(['OPSC 3', 'CRC 34']);
    const crc = lines(tbkg(['refs', underConvention, '--jurisdiction', 'RUS']).stdout).filter((r) => r.kind === 'treaty-article');
    expect(crc.map((r) => `${r.treaty} ${r.article}`)).toEqual(['CRC 34']);
  });

  it('resolves "the Covenant" to --treaty and refuses an unknown treaty', () => {
    const [ref] = lines(tbkg(['refs', '-', '--treaty', 'ICCPR', '--jurisdiction', 'UZB'], 'in violation of article 14 (3) (g) of the Covenant').stdout);
    expect(ref).toMatchObject({ kind: 'treaty-article', treaty: 'CCPR', article: '14', paragraph: '3', items: ['g'] });
    expect(tbkg(['refs', '-', '--treaty', 'ECHR'], 'x').status).toBe(2);
    expect(tbkg(['refs', '-', '--jurisdiction', 'Kazakhstan', '--treaty', 'CAT'], 'x').status).toBe(2);
  });
});

describe('tbkg refs on a decision given as JSON', () => {
  it('reads the fields whatever their case, footnotes as strings, and an array under "paragraphs"', () => {
    const lower = JSON.stringify([
      { id: '7.2', text: 'See CAT/C/RUR/CO/3, para. 12.', footnotes: ['CCPR/C/GC/36, para. 3.', { n: 9, text: 'A/HRC/40/59, para. 7.' }] },
    ]);
    const found = lines(tbkg(['refs', '-', '--treaty', 'CAT', '--jurisdiction', 'KAZ'], lower).stdout);
    expect(found).toEqual([
      { kind: 'un-document', symbol: 'CAT/C/RUR/CO/3', paragraph: '12', item: null, start: 4, end: 28, id: '7.2', field: 'Text' },
      { kind: 'un-document', symbol: 'CCPR/C/GC/36', paragraph: '3', item: null, start: 0, end: 21, id: '7.2', field: 'Footnotes', footnote: 1 },
      { kind: 'un-document', symbol: 'A/HRC/40/59', paragraph: '7', item: null, start: 0, end: 20, id: '7.2', field: 'Footnotes', footnote: 9 },
    ]);
    const wrapped = JSON.stringify({ documents: ['x'], paragraphs: [{ paragraphId: '4.1.', Text: 'under article 22, paragraph 5 (b), of the Convention', Footnotes: null }] });
    expect(lines(tbkg(['refs', '-', '--treaty', 'CAT', '--jurisdiction', 'KAZ'], wrapped).stdout)).toEqual([
      { kind: 'treaty-article', treaty: 'CAT', article: '22', paragraph: '5', items: ['b'], start: 6, end: 52, id: '4.1.', field: 'Text' },
    ]);
  });

  it('reads any other JSON as text', () => {
    const other = JSON.stringify([{ symbol: 'CAT/C/RUR/CO/3' }]);
    expect(lines(tbkg(['refs', '-', '--treaty', 'CAT', '--jurisdiction', 'KAZ'], other).stdout)).toMatchObject([
      { kind: 'un-document', symbol: 'CAT/C/RUR/CO/3', start: 12 },
    ]);
  });
});

describe.skipIf(!existsSync(DECISIONS))('tbkg refs on the decisions of ../shared/corpus/decisions', () => {
  it('reads each paragraph\'s Text and Footnotes, naming the paragraph, with offsets into that field as given', () => {
    const file = join(DECISIONS, 'cat-c-46-d-341-2008.json');
    const r = tbkg(['refs', file]);
    expect(r.status, r.stderr).toBe(0);
    const found = lines(r.stdout);
    const paragraphs = JSON.parse(readFileSync(file, 'utf8')) as Array<{ ID: string; Text: string; Footnotes?: Array<{ n: number; text: string }> | null }>;
    for (const ref of found) {
      const p = paragraphs.find((x) => x.ID === ref.id)!;
      const field = ref.field === 'Text' ? p.Text : p.Footnotes!.find((f) => f.n === ref.footnote)!.text;
      const quoted = [...field].slice(ref.start as number, ref.end as number).join('');
      expect(quoted.length, JSON.stringify(ref)).toBeGreaterThan(0);
    }
    // The treaty from the file's name (CAT/C/46/D/341/2008), the State from the text (Algeria).
    const first = found.find((f) => f.id === '1.1.' && f.kind === 'treaty-article');
    expect(first).toMatchObject({ treaty: 'CAT', article: '2', paragraph: '1', field: 'Text' });
    expect(found.filter((f) => f.kind === 'law').every((f) => f.jurisdiction === 'DZA')).toBe(true);
    expect(found.some((f) => f.field === 'Footnotes' && f.kind === 'un-document')).toBe(true);
  });

  it('takes the State party from the paragraphs that present the parties, not from the jurisprudence cited', () => {
    const found = lines(tbkg(['refs', join(DECISIONS, 'crpd-c-30-d-84-2020.json')]).stdout);
    const laws = found.filter((f) => f.kind === 'law');
    expect(laws.length).toBeGreaterThan(0);
    expect(new Set(laws.map((f) => f.jurisdiction))).toEqual(new Set(['SAU']));
    expect(found.find((f) => f.kind === 'treaty-article')).toMatchObject({ treaty: 'CRPD' });
  });
});

describe('tbkg refs: a closing "(art. N)." is a concluding-observations tag only outside decisions', () => {
  const paragraph = 'Under Decree No. 411 powers of arrest are also given to district governors (art. 4) and to mayors (art. 9).';
  const owners = (stdout: string): string[] => lines(stdout).map((r) => (r.kind === 'law' ? `${r.instrument} ${r.article}` : `${r.treaty} ${r.article}`));

  it('in a decision given as JSON, it is the article of the decree named before it', () => {
    const decision = JSON.stringify([{ ID: '2.3', Text: paragraph, Footnotes: [] }]);
    expect(owners(tbkg(['refs', '-', '--treaty', 'CCPR', '--jurisdiction', 'PER'], decision).stdout))
      .toEqual(['Decree No. 411 4', 'Decree No. 411 9']);
  });

  it('in a text file named by a decision\'s symbol, or opening as decisions do, too', () => {
    const dir = scratchDir();
    const named = join(dir, 'ccpr-c-130-d-2900-2017.txt');
    writeFileSync(named, `2.3 ${paragraph}\n`);
    expect(owners(tbkg(['refs', named, '--jurisdiction', 'PER']).stdout)).toEqual(['Decree No. 411 4', 'Decree No. 411 9']);
    const opening = `1.1 The author of the communication is J.R., a national of Peru.\n\n2.3 ${paragraph}\n`;
    expect(owners(tbkg(['refs', '-', '--treaty', 'CCPR', '--jurisdiction', 'PER'], opening).stdout))
      .toEqual(['Decree No. 411 4', 'Decree No. 411 9']);
  });

  it('in any other text (concluding observations, a text of unknown kind) it stays the committee\'s tag', () => {
    const dir = scratchDir();
    const co = join(dir, 'ccpr-c-per-co-6.txt');
    writeFileSync(co, `14. ${paragraph}\n`);
    expect(owners(tbkg(['refs', co, '--jurisdiction', 'PER']).stdout)).toEqual(['Decree No. 411 4', 'CCPR 9']);
    expect(owners(tbkg(['refs', '-', '--treaty', 'CCPR', '--jurisdiction', 'PER'], paragraph).stdout)).toEqual(['Decree No. 411 4', 'CCPR 9']);
    const report = `Concluding observations on the sixth periodic report of Peru\n\n1. The author of the communication cited in its report was heard.\n\n14. ${paragraph}\n`;
    expect(owners(tbkg(['refs', '-', '--treaty', 'CCPR', '--jurisdiction', 'PER'], report).stdout)).toEqual(['Decree No. 411 4', 'CCPR 9']);
  });
});
