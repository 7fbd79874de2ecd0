/**
 * A PDF to normalized text with pdfjs (loaded only when a PDF is read): the
 * text layer of every page, laid out by pdf-layout.ts, with bold told from
 * the fonts. A PDF that needs a password, is damaged, or has no text layer
 * (scanned pages) is refused, saying so.
 */
import { InputError } from '../errors.js';
import { UnitLocator } from './locate.js';
import { normalizeLines } from './normalize.js';
import { layOut, type PdfItem, type PdfPage } from './pdf-layout.js';
import type { SourceText } from './source.js';

/** Font names of bold faces: "TimesNewRomanPS-BoldMT", "Times New Roman,Bold", "Arial-Black". */
const BOLD_FONT = /bold|black|heavy|semibold|demibold/i;
const PRIVATE_USE = /[\ue000-\uf8ff]/g;

interface PdfFont {
  name?: string;
  bold?: boolean;
  black?: boolean;
}

export async function readPdf(bytes: Uint8Array, path: string): Promise<SourceText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    // pdfjs takes the buffer over: give it a copy.
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    throw pdfError(err, path);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n));
    const chars = pages.reduce((sum, p) => sum + p.items.reduce((s, i) => s + i.str.trim().length, 0), 0);
    if (chars === 0) {
      throw new InputError(
        `a PDF without a text layer (${doc.numPages} page${doc.numPages === 1 ? '' : 's'} of images, a scan?): run OCR on it first (e.g. ocrmypdf) or get the text from the UN (DOCX, HTML)`,
        path,
      );
    }
    const laid = layOut(pages);
    return normalizeLines(laid.lines, { path, format: 'pdf', locator: new UnitLocator(laid.units, 'pdf'), endOffset: laid.length, carriesBold: true, notes: laid.notes });
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw pdfError(err, path);
  } finally {
    await doc.destroy();
  }
}

async function readPage(doc: { getPage(n: number): Promise<any> }, n: number): Promise<PdfPage> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  // The fonts (and whether they are bold) reach the main thread with the operator list.
  await page.getOperatorList();
  const bold = new Map<string, boolean>();
  const items: PdfItem[] = [];
  for (const item of content.items as Array<{ str?: string; transform: number[]; width: number; fontName: string }>) {
    if (typeof item.str !== 'string') continue;
    // Glyphs of symbol fonts (the bar code of a job number) map to the Private Use Area: no text.
    const str = item.str.replace(PRIVATE_USE, '');
    if (str.length === 0) continue;
    const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
    // Rotated text (margin notes, stamps) is not the document's running text.
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) continue;
    if (!bold.has(item.fontName)) bold.set(item.fontName, isBold(page, item.fontName));
    items.push({ str, x: e - viewport.viewBox[0], y: f - viewport.viewBox[1], width: item.width, size: Math.hypot(c, d), bold: bold.get(item.fontName)! });
  }
  page.cleanup();
  return { width: viewport.width, height: viewport.height, items };
}

function isBold(page: { commonObjs: { has(id: string): boolean; get(id: string): unknown } }, fontName: string): boolean {
  if (!page.commonObjs.has(fontName)) return false;
  const font = page.commonObjs.get(fontName) as PdfFont | undefined;
  return font?.bold === true || font?.black === true || BOLD_FONT.test(font?.name ?? '');
}

function pdfError(err: unknown, path: string): InputError {
  const e = err as { name?: string; message?: string; code?: number };
  if (e?.name === 'PasswordException') {
    return new InputError('an encrypted PDF that needs a password: open it with the password and save it without encryption (e.g. qpdf --decrypt), or get an unencrypted copy', path);
  }
  if (e?.name === 'InvalidPDFException' || e?.name === 'FormatError') return new InputError(`a corrupt PDF: ${e.message}`, path);
  return new InputError(`cannot read this PDF: ${e?.message ?? String(err)}`, path);
}
