/**
 * A DOCX (Word, as the UN publishes it) to normalized text: the paragraphs
 * of the document body in order, table cells included, with the numbers
 * and item letters that exist only as automatic numbering (`w:numPr`) put
 * back, and bold runs kept as evidence for the recommendation. Headers,
 * footers and footnotes live in other parts and are not read; deleted text
 * of tracked changes and field instructions are not text.
 */
import { InputError } from '../errors.js';
import { DocxNumbering, DocxStyles, type NumberingReference } from './docx-styles.js';
import { LineCollector, type RawLine } from './lines.js';
import { UnitLocator, type SourceUnit } from './locate.js';
import { normalizeLines } from './normalize.js';
import type { SourceText } from './source.js';
import { onOff, walkXml } from './xml.js';
import { ZipArchive } from './zip.js';

const MAIN_DOCUMENT = 'word/document.xml';
const OFFICE_DOCUMENT_RELATIONSHIP = /officeDocument$/;
/** Elements whose content is not the document's visible text. */
const SKIPPED = new Set(['w:delText', 'w:instrText', 'w:del', 'mc:Fallback', 'w:moveFrom']);

export async function readDocx(bytes: Uint8Array, path: string): Promise<SourceText> {
  const zip = new ZipArchive(bytes, path);
  const main = mainDocumentPart(zip, path);
  const xml = decodePart(zip, main, path)!;
  const styles = new DocxStyles(decodePart(zip, 'word/styles.xml', path));
  const numbering = new DocxNumbering(decodePart(zip, 'word/numbering.xml', path));
  const { lines, units, length } = readBody(xml, styles, numbering, path);
  if (!lines.some((l) => l.text.trim().length > 0)) throw new InputError('a DOCX without text in its document body', path);
  return normalizeLines(lines, { path, format: 'docx', locator: new UnitLocator(units, 'docx'), endOffset: length, carriesBold: true });
}

function mainDocumentPart(zip: ZipArchive, path: string): string {
  const rels = decodePart(zip, '_rels/.rels', path);
  if (rels) {
    let target: string | undefined;
    walkXml(rels, {
      open(name, a) {
        if (name.endsWith('Relationship') && OFFICE_DOCUMENT_RELATIONSHIP.test(a.Type ?? '') && !target) target = (a.Target ?? '').replace(/^\//, '');
      },
    });
    if (target && zip.has(target)) return target;
  }
  if (zip.has(MAIN_DOCUMENT)) return MAIN_DOCUMENT;
  const mimetype = zip.has('mimetype') ? new TextDecoder().decode(zip.read('mimetype')) : '';
  if (mimetype.startsWith('application/vnd.oasis.opendocument')) {
    throw new InputError(`an OpenDocument file (${mimetype}), not a DOCX: save it as DOCX or PDF`, path);
  }
  throw new InputError(`a ZIP archive without ${MAIN_DOCUMENT}: not a DOCX`, path);
}

function decodePart(zip: ZipArchive, name: string, path: string): string | undefined {
  const bytes = zip.read(name);
  if (!bytes) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`a corrupt DOCX: the part ${name} is not UTF-8 XML`, path);
  }
}

interface OpenParagraph {
  unit: SourceUnit;
  /** Offset of the paragraph's first character in the reader's source. */
  start: number;
  style?: string;
  numbering: Partial<NumberingReference>;
  text: LineCollector;
  lines: RawLine[];
}

/**
 * The body, paragraph by paragraph. The reader's source is the text of the
 * paragraphs one after the other, each followed by a newline, so an offset
 * tells the paragraph and the character in it.
 */
function readBody(xml: string, styles: DocxStyles, numbering: DocxNumbering, path: string) {
  const lines: RawLine[] = [];
  const units: SourceUnit[] = [];
  const stack: OpenParagraph[] = [];
  /** Offset in the reader's source of the next character: paragraphs, nested ones (text boxes) too, follow one another. */
  let cursor = 0;
  let skipDepth = 0;
  let inText = false;
  let inParagraphProperties = false;
  let inRunProperties = false;
  let run: { bold?: boolean; style?: string } | undefined;
  let sawBody = false;

  const paragraph = () => stack[stack.length - 1];
  const runBold = (p: OpenParagraph) => run?.bold ?? styles.bold(run?.style) ?? styles.bold(p.style) ?? false;
  const put = (p: OpenParagraph, text: string, bold: boolean) => {
    const from = cursor;
    p.text.push(text, (i) => from + i, bold);
    cursor += text.length;
  };
  const breakLine = (p: OpenParagraph) => {
    if (!p.text.empty) p.lines.push(p.text.take(cursor, { breakAfter: 'block' }));
  };

  walkXml(xml, {
    open(name, a) {
      if (skipDepth > 0 || SKIPPED.has(name)) {
        skipDepth++;
        return;
      }
      if (name === 'w:body') sawBody = true;
      const p = paragraph();
      switch (name) {
        case 'w:p': {
          const unit: SourceUnit = { start: cursor, line: units.length + 1 };
          units.push(unit);
          stack.push({ unit, start: cursor, numbering: {}, text: new LineCollector(), lines: [] });
          break;
        }
        case 'w:pPr':
          inParagraphProperties = true;
          break;
        case 'w:pStyle':
          if (p && inParagraphProperties) p.style = a['w:val'];
          break;
        case 'w:numId':
          if (p && inParagraphProperties) p.numbering.numId = a['w:val'];
          break;
        case 'w:ilvl':
          if (p && inParagraphProperties) p.numbering.level = Number(a['w:val'] ?? 0);
          break;
        case 'w:r':
          run = {};
          break;
        case 'w:rPr':
          inRunProperties = true;
          break;
        case 'w:b':
          if (run && inRunProperties) run.bold = onOff(a);
          break;
        case 'w:rStyle':
          if (run && inRunProperties) run.style = a['w:val'];
          break;
        case 'w:t':
          inText = true;
          break;
        case 'w:tab':
          if (p && !inParagraphProperties) put(p, '\t', runBold(p));
          break;
        case 'w:noBreakHyphen':
          if (p) put(p, '-', runBold(p));
          break;
        case 'w:softHyphen':
          if (p) put(p, '\u00ad', runBold(p));
          break;
        case 'w:br':
        case 'w:cr':
          if (p) breakLine(p);
          break;
      }
    },
    text(text) {
      const p = paragraph();
      if (skipDepth > 0 || !inText || !p) return;
      put(p, text, runBold(p));
    },
    close(name) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (name === 'w:t') inText = false;
      else if (name === 'w:pPr') inParagraphProperties = false;
      else if (name === 'w:rPr') inRunProperties = false;
      else if (name === 'w:r') run = undefined;
      else if (name === 'w:p') {
        const p = stack.pop()!;
        breakLine(p);
        const ref = p.numbering.numId !== undefined ? { numId: p.numbering.numId, level: p.numbering.level ?? 0 } : styles.numbering(p.style);
        const label = ref ? numbering.label(ref) : undefined;
        if (label && p.lines.length > 0) {
          // The number Word draws before the text: mapped to the paragraph's first character.
          const first = p.lines[0]!;
          p.lines[0] = {
            ...first,
            text: label + first.text,
            offsets: Int32Array.from([...new Array<number>(label.length).fill(p.start), ...first.offsets]),
            bold: Uint8Array.from([...new Array<number>(label.length).fill(0), ...(first.bold ?? [])]),
          };
        }
        lines.push(...p.lines);
        cursor += 1;
      }
    },
  });
  if (!sawBody) throw new InputError('a corrupt DOCX: word/document.xml has no document body (w:body)', path);
  return { lines, units, length: cursor };
}
