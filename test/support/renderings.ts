/** The renderings of the seed in test/fixtures/renderings (made by scripts/make-renderings.mjs). */
import { join } from 'node:path';
import { ROOT } from './cli.js';

export const RENDERINGS_DIR = join(ROOT, 'test', 'fixtures', 'renderings');

export interface Rendering {
  file: string;
  /** What the rendering is, as a test names it. */
  label: string;
  /** Carries the UN masthead, so the symbol and the issue date (dcterms:issued). */
  masthead: boolean;
}

const rendering = (suffix: string, label: string, masthead: boolean): Rendering => ({
  file: join(RENDERINGS_DIR, `CAT_C_KAZ_CO_2.${suffix}`),
  label,
  masthead,
});

export const RENDERINGS: Rendering[] = [
  rendering('pdf', 'PDF (LibreOffice: masthead, running headers, hyphenation, footnote, bold)', true),
  rendering('docx', 'DOCX (typed numbers, bold)', true),
  rendering('numbered.docx', 'DOCX (numbers only as w:numPr automatic numbering)', true),
  rendering('ohchr.html', 'HTML as OHCHR renders Word (windows-1252, glued numbers, masthead run together)', true),
  rendering('lost-numbers.html', 'HTML whose numbers are only mso-list styles (UTF-8)', true),
  rendering('crlf-bom.txt', 'text with CRLF and a byte-order mark', false),
  rendering('pages.txt', 'text with form feeds, running headers and page numbers', false),
  rendering('messy.txt', 'text with non-breaking spaces, soft hyphens and ligatures', false),
  rendering('one-line.txt', 'text with one line per paragraph', false),
  rendering('pdftotext-layout.txt', 'pdftotext -layout of the PDF', true),
  rendering('pdftotext-raw.txt', 'pdftotext -raw of the PDF', true),
];
