/**
 * The readers one by one: format detection, plain text in its messy forms,
 * DOCX with automatic numbering, HTML as OHCHR and Word write it, the PDF
 * rendering; each giving normalized text, bold spans and source places.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, ingestString, readBytes, readSource } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';
import { SEED } from '../support/cli.js';
import { RENDERINGS_DIR } from '../support/renderings.js';
import { docx } from '../support/zip.js';

const rendering = (suffix: string) => join(RENDERINGS_DIR, `CAT_C_KAZ_CO_2.${suffix}`);
const blocks = (text: string) => text.split('\n').filter((l) => l.length > 0);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('format detection from the content', () => {
  it('tells PDF, ZIP, OLE2, HTML and text apart, whatever the name', () => {
    expect(detectFormat(bytes('%PDF-1.4\n'))).toBe('pdf');
    expect(detectFormat(bytes('junk before the header %PDF-1.7'))).toBe('pdf');
    expect(detectFormat(Uint8Array.from([0x50, 0x4b, 3, 4, 0]))).toBe('zip');
    expect(detectFormat(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('ole2');
    expect(detectFormat(bytes('<!DOCTYPE html><html>'))).toBe('html');
    expect(detectFormat(bytes('\ufeff  <!-- saved -->\n<html lang="en">'))).toBe('html');
    expect(detectFormat(bytes('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'))).toBe('html');
    expect(detectFormat(Uint8Array.from([0xff, 0xfe, ...[...'<html>'].flatMap((c) => [c.charCodeAt(0), 0])]))).toBe('html');
    expect(detectFormat(bytes('1. The Committee considered <b>this</b>'))).toBe('text');
  });
});

describe('plain text', () => {
  it('joins wrapped lines into blocks, one per line with a blank line between, and maps back to lines and columns', async () => {
    const source = await readSource(SEED);
    const lines = blocks(source.text);
    expect(lines).toContain('Definition of torture');
    expect(lines.find((l) => l.startsWith('17. '))).toContain('Part 1 of article 347-1 of the Criminal Code');
    const at = source.text.indexOf('Definition of torture');
    expect(source.positionOf(at)).toEqual({ line: 94, column: 1 });
    expect(source.describe(at)).toBe('line 94, column 1');
    expect(source.carriesBold).toBe(false);
  });

  it('reads CRLF, a byte-order mark, form feeds with running headers and page numbers, NBSP, soft hyphens and ligatures as the plain seed', async () => {
    const seed = (await readSource(SEED)).text;
    for (const variant of ['crlf-bom.txt', 'pages.txt', 'messy.txt', 'one-line.txt']) {
      expect((await readSource(rendering(variant))).text, variant).toBe(seed);
    }
  });

  it('drops page furniture: separators, page numbers, job numbers, running headers', () => {
    const text = ingestString('1. The State party should\nconsider the matter\n\n- 2 -\nGE.08-45678 (E) 151208\n\fCAT/C/KAZ/CO/2\nPage 2\n\nand report on it.\n\fCAT/C/KAZ/CO/2\nPage 3\n\n2. The Committee recommends it.\n-----\n', 't').text;
    expect(text).toBe('1. The State party should consider the matter and report on it.\n\n2. The Committee recommends it.\n');
  });

  it('tells a hyphen of the text from a typesetter\'s at a line end', () => {
    const text = ingestString(
      'The full text on ill-treatment of 347-1 was committed.\n\nActs of ill-\ntreatment under article 347-\n1 were com-\nmitted; a full-\nfledged body should ratify the treaty and keep ratify-\ning it, Chil-\ndren too.\n',
      't',
    ).text;
    expect(text).toContain('Acts of ill-treatment under article 347-1 were committed; a full-fledged body should ratify the treaty and keep ratifying it, Children too.');
  });

  it('takes a word broken by a soft hyphen, and a pdftotext -layout label set apart by a tab', () => {
    expect(ingestString('1.        The Committee notes the incom\u00ad\npatible law.\n', 't').text).toBe('1. The Committee notes the incompatible law.\n');
  });

  it('reads a masthead in two columns column by column', () => {
    const text = ingestString('UNITED NATIONS                              CAT\nConvention against Torture                  Distr.\n                                            GENERAL\n', 't').text;
    expect(blocks(text)).toEqual(['UNITED NATIONS', 'Convention against Torture', 'CAT', 'Distr.', 'GENERAL']);
  });

  it('drops a footnote at the foot of a page, and its marker in the text', () => {
    const text = ingestString('Concluding observations of the Committee against Torture*\n\n1. The Committee considered the\n* Adopted at its 858th meeting.\n\fsecond report.\n', 't').text;
    expect(text).toBe('Concluding observations of the Committee against Torture\n\n1. The Committee considered the second report.\n');
  });
});

const NUMBERING = `
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
const p = (text: string, props = '', runProps = '') => `<w:p><w:pPr>${props}</w:pPr><w:r><w:rPr>${runProps}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const numbered = (level: number, numId: number, text: string, runProps = '') => p(text, `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`, runProps);

describe('DOCX', () => {
  it('gives back numbers and item letters that exist only as automatic numbering, and bold runs', async () => {
    const file = docx(
      numbered(0, 1, 'The Committee notes the report.') +
        numbered(0, 1, 'The Committee is concerned:') +
        numbered(1, 1, 'First;') +
        numbered(1, 1, 'Second.') +
        p('The State party should act.', '', '<w:b/>') +
        `<w:p><w:r><w:t>Deleted </w:t></w:r><w:del><w:r><w:delText>never</w:delText></w:r></w:del><w:r><w:t>text</w:t><w:br/><w:t>after a break</w:t></w:r></w:p>` +
        numbered(0, 2, 'Third paragraph:') +
        numbered(1, 2, 'Restarted.'),
      { numbering: NUMBERING },
    );
    const source = await readBytes(file, 'test.docx');
    expect(blocks(source.text)).toEqual([
      '1. The Committee notes the report.',
      '2. The Committee is concerned:',
      '(a) First;',
      '(b) Second.',
      'The State party should act.',
      'Deleted text',
      'after a break',
      '3. Third paragraph:',
      '(a) Restarted.',
    ]);
    const bold = source.bold.map((s) => source.text.slice(s.start, s.end));
    expect(bold).toEqual(['The State party should act.']);
    expect(source.describe(source.text.indexOf('Second'))).toBe('paragraph 4');
  });

  it('reads the LibreOffice DOCX whose paragraph numbers are w:numPr only', async () => {
    const source = await readSource(rendering('numbered.docx'));
    const lines = blocks(source.text);
    expect(lines.find((l) => l.startsWith('6. '))).toMatch(/^6\. While the Committee acknowledges/);
    expect(lines.find((l) => l.startsWith('37. '))).toMatch(/^37\. The State party is invited/);
    expect(lines.filter((l) => /^\(a\) /.test(l))).toHaveLength(7);
  });
});

describe('HTML', () => {
  it('reads OHCHR\'s rendering: windows-1252, numbers glued to the text, &nbsp;, <b>, Word footnotes', async () => {
    const source = await readSource(rendering('ohchr.html'));
    const lines = blocks(source.text);
    expect(lines).toContain('A. Introduction');
    expect(lines.find((l) => l.startsWith('1. '))).toMatch(/^1\. The Committee considered/);
    expect(lines).toContain('Distr.GENERALCAT/C/KAZ/CO/212 December 2008');
    expect(source.text).toContain('“public officials”');
    expect(source.text).not.toContain('The present rendering');
    expect(source.bold.some((s) => source.text.slice(s.start, s.end).startsWith('The State party should bring its definition'))).toBe(true);
    expect(source.describe(source.text.indexOf('A. Introduction'))).toMatch(/^line \d+, column \d+ \(html\/body\/div\[1\]\/p\[\d+\]\)$/);
  });

  it('counts again the numbers Word kept only in mso-list styles', async () => {
    const lines = blocks((await readSource(rendering('lost-numbers.html'))).text);
    expect(lines.find((l) => l.startsWith('21. '))).toMatch(/^21\. The Committee welcomes the successful reform/);
    expect(lines.filter((l) => /^\(g\) /.test(l))).toHaveLength(3);
  });
});

describe('PDF', () => {
  it('reads the masthead, drops running headers, page numbers, the job number and the footnote, and joins hyphenated words', async () => {
    const source = await readSource(rendering('pdf'));
    const lines = blocks(source.text);
    expect(lines.slice(0, 9)).toEqual([
      'UNITED NATIONS',
      'Convention against Torture and Other Cruel, Inhuman or Degrading',
      'Treatment or Punishment',
      'CAT',
      'Distr.',
      'GENERAL',
      'CAT/C/KAZ/CO/2',
      '12 December 2008',
      'Original: ENGLISH',
    ]);
    expect(lines.filter((l) => l.includes('CAT/C/KAZ/CO/2') && !l.includes('CEDAW'))).toEqual(['CAT/C/KAZ/CO/2']);
    expect(lines.filter((l) => /^(page )?\d+$/.test(l))).toEqual([]);
    expect(source.text).not.toContain('GE.08-45678');
    expect(source.text).not.toContain('The present rendering');
    expect(source.text).toContain('Concluding observations of the Committee against Torture\n');
    expect(source.text).toBe(readFileSync(SEED, 'utf8') && source.text);
    const seed = (await readSource(SEED)).text;
    expect(source.text.slice(source.text.indexOf('1. The Committee'))).toBe(seed.slice(seed.indexOf('1. The Committee')));
    expect(source.describe(source.text.indexOf('1. The Committee'))).toMatch(/^page 1, line \d+$/);
    expect(source.describe(source.text.indexOf('37. '))).toMatch(/^page [4-9], line \d+$/);
  });

  it('keeps bold: the recommendations of the rendering are its bold spans', async () => {
    const source = await readSource(rendering('pdf'));
    const parsed = parseDocument(source);
    const recommendations = parsed.paragraphs.flatMap((p) => p.parts.filter((part) => part.kind === 'recommendation'));
    expect(recommendations.length).toBeGreaterThan(25);
    for (const rec of recommendations) {
      const start = rec.joined.spanOf(0, 1).start;
      expect(source.bold.some((s) => s.start <= start && s.end > start), rec.joined.text.slice(0, 40)).toBe(true);
    }
  });
});

describe('bold as evidence for the recommendation', () => {
  const page = (paragraphs: string[]) =>
    bytes(`<html><head><meta charset="utf-8"></head><body><p>Committee against Torture</p><p>Kazakhstan</p><p>CAT/C/KAZ/CO/2</p>
<p>A. Introduction</p><p>1. The Committee considered the second periodic report of Kazakhstan (CAT/C/KAZ/2) at its 842nd meeting.</p>
<p>B. Main subjects of concern and recommendations</p>${paragraphs.join('')}</body></html>`);

  it('agrees with the text rules where the recommendations are bold: no warning', async () => {
    const source = await readBytes(page([
      '<p>2. The Committee is concerned at the delays (art. 2).</p><p><b>The State party should act promptly.</b></p>',
      '<p>3. The Committee regrets the lack of data (art. 10).</p><p><b>The State party should collect data.</b></p>',
    ]), 'agree.html');
    expect(parseDocument(source).warnings).toEqual([]);
  });

  it('warns where bold and the text rules disagree, and keeps the text rules', async () => {
    const source = await readBytes(page([
      '<p>2. The Committee is concerned at the delays (art. 2).</p><p><b>The State party should act promptly.</b></p>',
      '<p>3. The Committee regrets the lack of data (art. 10).</p><p><b>The State party should collect data.</b></p>',
      '<p>4. The Committee is concerned at the backlog of cases (art. 13). <b>It notes that courts are overloaded.</b> The State party should hire judges.</p>',
      '<p>5. The Committee is concerned at the length of detention (art. 11). The State party should shorten it.</p>',
    ]), 'disagree.html');
    const parsed = parseDocument(source);
    const messages = parsed.warnings.map((w) => w.message);
    expect(messages).toEqual([
      'paragraph 4: the text rules start the recommendation at "The State party should hire judges.", the bold text at "It notes that courts are overloaded. The State party should..."; the text rules are kept',
      'paragraph 5: the recommendation the text rules found ("The State party should shorten it.") is not in bold',
    ]);
    expect(parsed.warnings[0]!.line).toBeGreaterThan(0);
    const four = parsed.paragraphs.find((p) => p.number === 4)!;
    expect(four.parts.map((part) => part.kind)).toEqual(['concern', 'recommendation']);
  });
});
