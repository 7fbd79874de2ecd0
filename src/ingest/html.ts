/**
 * An HTML page to normalized text, as OHCHR's treaty-body database renders
 * a Word file: one block element per paragraph, numbers glued to the text
 * or kept only as Word list styles (`mso-list`), `&nbsp;`, windows-1252 or
 * UTF-8 as the page declares, recommendations in `<b>`. Scripts, styles,
 * hidden elements and Word's footnotes stay out of the text.
 */
import { Parser } from 'htmlparser2';
import { InputError } from '../errors.js';
import { bomEncoding, decodeAs } from './decode.js';
import { LineCollector, type RawLine } from './lines.js';
import { HtmlLocator, type ElementSpan } from './locate.js';
import { normalizeLines } from './normalize.js';
import type { SourceText } from './source.js';
import { WordListStyles } from './html-lists.js';

const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'td', 'th', 'caption', 'blockquote', 'pre',
  'address', 'article', 'section', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'figcaption', 'table',
  'tr', 'thead', 'tbody', 'tfoot', 'ul', 'ol', 'dl', 'center', 'form', 'hr', 'body', 'html', 'fieldset', 'legend',
]);
/** Elements whose content is never the document's text. */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'object', 'svg', 'math', 'select', 'button', 'iframe', 'frameset']);
const BOLD_TAGS = new Set(['b', 'strong']);
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'area', 'base', 'col', 'embed', 'param', 'source', 'track', 'wbr', 'frame']);

/** `<meta charset="...">`, `<meta http-equiv="Content-Type" content="...; charset=...">` or an XML declaration. */
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;

export async function readHtml(bytes: Uint8Array, path: string): Promise<SourceText> {
  const html = decodeHtml(bytes, path);
  const page = readPage(html);
  if (!page.lines.some((l) => /\p{L}/u.test(l.text))) {
    const why = page.frames.length > 0
      ? `it only frames other pages (${page.frames.slice(0, 3).join(', ')}): open the framed document and save that`
      : page.scripts > 0
        ? 'its text is not in the page (scripts would load it): save the document itself (PDF, DOCX, or the page after it has loaded)'
        : 'it has no text';
    throw new InputError(`an HTML page without the document: ${why}`, path);
  }
  return normalizeLines(page.lines, {
    path,
    format: 'html',
    locator: new HtmlLocator(html, page.elements),
    endOffset: html.length,
    carriesBold: true,
  });
}

function decodeHtml(bytes: Uint8Array, path: string): string {
  const bom = bomEncoding(bytes);
  if (bom) return decodeAs(bytes, bom, path, 'its byte-order mark');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = DECLARED_CHARSET.exec(head);
  const charset = declared?.[1] ?? declared?.[2];
  if (charset) return decodeAs(bytes, charset.toLowerCase(), path, `the page declares charset ${charset}`);
  return decodeAs(bytes, 'utf-8', path, 'the page declares no charset');
}

interface OpenElement {
  name: string;
  path: string;
  bold: boolean;
  skipped: boolean;
  /** Counts of the children seen so far, by tag name, for the paths of the next ones. */
  children: Map<string, number>;
}

interface Page {
  lines: RawLine[];
  elements: ElementSpan[];
  frames: string[];
  scripts: number;
}

function readPage(html: string): Page {
  const page: Page = { lines: [], elements: [], frames: [], scripts: 0 };
  const root: OpenElement = { name: '', path: '', bold: false, skipped: false, children: new Map() };
  const stack: OpenElement[] = [root];
  const line = new LineCollector();
  const lists = new WordListStyles();
  let styleText = '';
  let blockPath = '';
  let listLabel: string | undefined;
  let hasListNumber = false;

  const top = () => stack[stack.length - 1]!;
  const endLine = (at: number) => {
    if (!line.empty) page.lines.push(line.take(at, { breakAfter: 'block' }));
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = top();
        const count = (parent.children.get(name) ?? 0) + 1;
        parent.children.set(name, count);
        const style = (attributes.style ?? '').toLowerCase();
        if (name === 'frame' || (name === 'iframe' && attributes.src)) page.frames.push(attributes.src ?? '');
        if (name === 'script') page.scripts++;
        const skipped = parent.skipped || SKIPPED.has(name) || isHidden(style) || isWordFootnote(name, attributes, style);
        const element: OpenElement = {
          name,
          path: `${parent.path}${parent.path ? '/' : ''}${name}${count > 1 || name === 'p' || name === 'div' ? `[${count}]` : ''}`,
          bold: boldOf(name, style, parent.bold),
          skipped,
          children: new Map(),
        };
        if (!skipped && (BLOCKS.has(name) || name === 'br')) {
          endLine(parser.startIndex);
          if (BLOCKS.has(name)) {
            blockPath = element.path;
            // A Word list paragraph whose number is only in its list style (the number itself was lost).
            listLabel = lists.labelFor(style);
            hasListNumber = false;
          }
        }
        if (style.includes('mso-list:ignore')) hasListNumber = true;
        if (!VOID.has(name)) stack.push(element);
      },
      ontext(text) {
        const element = top();
        if (element.name === 'style') styleText += text;
        if (element.skipped) return;
        if (line.empty && !/\S/.test(text)) return;
        const start = parser.startIndex;
        const oneToOne = parser.endIndex - start + 1 === text.length;
        if (line.empty) {
          if (page.elements[page.elements.length - 1]?.path !== blockPath) page.elements.push({ start, path: blockPath });
          if (listLabel && !hasListNumber) line.push(listLabel, () => start, false);
          listLabel = undefined;
        }
        line.push(text, (i) => (oneToOne ? start + i : start), element.bold);
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        const element = stack.pop();
        if (element?.name === 'style') lists.read(styleText);
        if (element && !element.skipped && BLOCKS.has(name)) endLine(parser.startIndex);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  endLine(html.length);
  return page;
}

function boldOf(name: string, style: string, inherited: boolean): boolean {
  const weight = /font-weight\s*:\s*([a-z0-9]+)/.exec(style)?.[1];
  if (weight) return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  return BOLD_TAGS.has(name) || inherited;
}

function isHidden(style: string): boolean {
  return /display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden/.test(style);
}

/** Word's footnote references (`<a href="#_ftn1">`) and its footnote list (`mso-element:footnote`). */
function isWordFootnote(name: string, attributes: Record<string, string>, style: string): boolean {
  if (name === 'a' && /^#_(ftn|edn)(ref)?\d+$/i.test(attributes.href ?? '')) return true;
  if (/mso-element\s*:\s*(footnote|endnote)/.test(style)) return true;
  return /^(ftn|edn)\d+$/i.test(attributes.id ?? '') && name === 'div';
}
