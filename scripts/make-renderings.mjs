#!/usr/bin/env node
/**
 * Renders the seed (seeds/CAT_C_KAZ_CO_2.txt) the ways a user downloads a
 * concluding observation, into test/fixtures/renderings/:
 *
 *   .pdf                 LibreOffice: UN masthead in two columns, running header
 *                        and "page N" footer, job number, justified and
 *                        hyphenated text, a footnote, bold recommendations
 *   .docx                LibreOffice, from the same document: typed numbers, bold
 *   .numbered.docx       LibreOffice: paragraph numbers and item letters only as
 *                        automatic numbering (w:numPr)
 *   .ohchr.html          as OHCHR's database renders Word: windows-1252, numbers
 *                        glued to the text, masthead run together, <b>, &nbsp;
 *   .lost-numbers.html   Word HTML, UTF-8, numbers kept only as mso-list styles
 *   .crlf-bom.txt        CRLF line ends and a byte-order mark
 *   .pages.txt           form feeds, running headers and page numbers
 *   .messy.txt           non-breaking spaces, soft hyphens, ligatures
 *   .one-line.txt        one line per paragraph
 *   .pdftotext-raw.txt   pdftotext -raw of the PDF (not -layout)
 *   .pdftotext-layout.txt pdftotext -layout of the PDF
 *   bad/encrypted.pdf    the PDF encrypted with a user password (qpdf)
 *   bad/image-only.pdf   a page that is one image: no text layer
 *
 * Needs the build (npm run build), LibreOffice (soffice), pdftotext and qpdf:
 * Debian's libreoffice-writer-nogui, poppler-utils, qpdf, hyphen-en-us and
 * fonts-liberation. Tests read the committed outputs and need none of these.
 *
 *   npm run build && node scripts/make-renderings.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertSource } from '../dist/pipeline.js';
import { readSource } from '../dist/ingest/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = join(ROOT, 'seeds', 'CAT_C_KAZ_CO_2.txt');
const OUT = join(ROOT, 'test', 'fixtures', 'renderings');
const NAME = 'CAT_C_KAZ_CO_2';

/** The masthead a UN original carries and the seed (text from the body of the PDF) lacks. */
const MASTHEAD = {
  body: 'CAT',
  treaty: 'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
  symbol: 'CAT/C/KAZ/CO/2',
  issued: '12 December 2008',
  jobNumber: 'GE.08-45678 (E) 151208',
};
const work = mkdtempSync(join(tmpdir(), 'tbkg-renderings-'));
const seedText = readFileSync(SEED, 'utf8');
let doc;

const FOOTNOTE = 'The present rendering of CAT/C/KAZ/CO/2 was made for the tests of tbkg from the text of the original.';

/**
 * The seed as blocks (one per line of its normalized text) with their kind
 * and the spans of their text that are recommendations, found by tbkg's
 * own pipeline on the seed (whose gold says it is right).
 */
async function seedDocument() {
  const source = await readSource(SEED);
  const { model } = convertSource(source);
  const text = source.text;
  const recommendations = model.paragraphs.flatMap((p) => p.parts.filter((part) => part.kind === 'recommendation').map((part) => part.anchor));
  const headings = new Set(model.headings.map((h) => h.title));
  const blocks = [];
  let at = 0;
  let inBody = false;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (!line) continue;
    const bold = recommendations
      .filter((r) => r.end > start && r.start < start + line.length)
      .map((r) => [Math.max(r.start, start) - start, Math.min(r.end, start + line.length) - start]);
    let kind = 'text';
    let label;
    let body = line;
    const number = /^(\d{1,3})\.\s+/.exec(line);
    const section = /^([A-H])\.\s+(.*)$/.exec(line);
    const item = /^\(([a-z])\)\s+/.exec(line);
    if (number) [kind, label, body] = ['paragraph', number[1], line.slice(number[0].length)];
    else if (section && inBody) [kind, label, body] = ['section', section[1], section[2]];
    else if (item) [kind, label, body] = ['item', item[1], line.slice(item[0].length)];
    else if (headings.has(line)) kind = 'heading';
    else if (!inBody) kind = 'front';
    if (kind === 'paragraph') inBody = true;
    const offset = line.length - body.length;
    blocks.push({ kind, label, text: body, bold: bold.map(([s, e]) => [s - offset, e - offset]).filter(([, e]) => e > 0) });
  }
  return blocks;
}

/** The text of a block as runs of plain and bold text. */
function runs(block) {
  const out = [];
  let at = 0;
  for (const [s, e] of block.bold) {
    if (s > at) out.push({ text: block.text.slice(at, s), bold: false });
    out.push({ text: block.text.slice(Math.max(s, at), e), bold: true });
    at = e;
  }
  if (at < block.text.length) out.push({ text: block.text.slice(at), bold: false });
  return out;
}

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A flat OpenDocument text of the seed, for LibreOffice to write as PDF and DOCX. */
function fodt(blocks, { numbered }) {
  const body = [];
  body.push(`<table:table table:name="Masthead" table:style-name="Masthead">
  <table:table-column table:style-name="MastheadLeft"/><table:table-column table:style-name="MastheadRight"/>
  <table:table-row><table:table-cell><text:p text:style-name="MastheadFirst">UNITED NATIONS</text:p></table:table-cell>
  <table:table-cell><text:p text:style-name="MastheadBody">${MASTHEAD.body}</text:p></table:table-cell></table:table-row>
  <table:table-row><table:table-cell><text:p text:style-name="Masthead">${xml(MASTHEAD.treaty)}</text:p></table:table-cell>
  <table:table-cell><text:p text:style-name="Masthead">Distr.</text:p><text:p text:style-name="Masthead">GENERAL</text:p>
  <text:p text:style-name="Masthead">${MASTHEAD.symbol}</text:p><text:p text:style-name="Masthead">${MASTHEAD.issued}</text:p>
  <text:p text:style-name="Masthead">Original: ENGLISH</text:p></table:table-cell></table:table-row>
</table:table>`);
  let itemList = 0;
  let firstNumbered = true;
  for (const block of blocks) {
    const content = runs(block).map((r) => (r.bold ? `<text:span text:style-name="B">${xml(r.text)}</text:span>` : xml(r.text))).join('');
    const withNote = block.kind === 'front' && /^Concluding observations/.test(block.text)
      ? `${content}<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation text:label="*">*</text:note-citation><text:note-body><text:p text:style-name="Footnote">${xml(FOOTNOTE)}</text:p></text:note-body></text:note>`
      : content;
    switch (block.kind) {
      case 'front':
        body.push(`<text:p text:style-name="Front">${withNote}</text:p>`);
        break;
      case 'section':
        body.push(`<text:p text:style-name="Section">${block.label}.<text:tab/>${content}</text:p>`);
        break;
      case 'heading':
        body.push(`<text:p text:style-name="Heading">${content}</text:p>`);
        break;
      case 'paragraph':
        if (numbered) {
          const continued = firstNumbered ? 'xml:id="paragraphs"' : 'text:continue-list="paragraphs"';
          firstNumbered = false;
          body.push(`<text:list text:style-name="Paragraphs" ${continued}><text:list-item><text:p text:style-name="Body">${content}</text:p></text:list-item></text:list>`);
        } else body.push(`<text:p text:style-name="Body">${block.label}.<text:tab/>${content}</text:p>`);
        break;
      case 'item':
        if (numbered) {
          if (block.label === 'a') itemList++;
          const continued = block.label === 'a' ? `xml:id="items${itemList}"` : `text:continue-list="items${itemList}"`;
          body.push(`<text:list text:style-name="Items" ${continued}><text:list-item><text:p text:style-name="Item">${content}</text:p></text:list-item></text:list>`);
        } else body.push(`<text:p text:style-name="Item">(${block.label})<text:tab/>${content}</text:p>`);
        break;
      default:
        body.push(`<text:p text:style-name="Indented">${content}</text:p>`);
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xml="http://www.w3.org/XML/1998/namespace" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="10pt" fo:language="en" fo:country="US"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm" fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/></style:style>
 <style:style style:name="Indented" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="0.8cm"/></style:style>
 <style:style style:name="Item" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="1cm"/></style:style>
 <style:style style:name="Front" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Section" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Masthead" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="MastheadFirst" style:family="paragraph" style:parent-style-name="Masthead"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="MastheadBody" style:family="paragraph" style:parent-style-name="Masthead"><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="HeaderText" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="FooterText" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
 <text:list-style style:name="Paragraphs"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
 <text:list-style style:name="Items"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="0cm" fo:margin-left="1cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Masthead" style:family="table" style:master-page-name="First"><style:table-properties style:width="17cm" table:align="left" fo:margin-bottom="0.6cm"/></style:style>
 <style:style style:name="MastheadLeft" style:family="table-column"><style:table-column-properties style:column-width="11cm"/></style:style>
 <style:style style:name="MastheadRight" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  <style:header-style><style:header-footer-properties fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="Page">
  <style:header><text:p text:style-name="HeaderText">${MASTHEAD.symbol}</text:p></style:header>
  <style:footer><text:p text:style-name="FooterText">page <text:page-number text:select-page="current"/></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="First" style:page-layout-name="Page" style:next-style-name="Standard">
  <style:footer><text:p text:style-name="FooterText">${MASTHEAD.jobNumber}</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
}

/** LibreOffice writes the flat ODT as each of `formats`, renamed to the fixture names. */
function writeOffice(base, document, formats, suffix = '') {
  const source = join(work, `${base}.fodt`);
  writeFileSync(source, document);
  for (const format of formats) {
    const filter = format === 'pdf' ? 'pdf:writer_pdf_Export' : 'docx:MS Word 2007 XML';
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', filter, '--outdir', work, source], { stdio: 'ignore' });
    renameSync(join(work, `${base}.${format}`), join(OUT, `${NAME}${suffix}.${format}`));
  }
}

const html = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const htmlRuns = (block) => runs(block).map((r) => (r.bold ? `<b>${html(r.text)}</b>` : html(r.text))).join('');
const FOOTNOTE_REFERENCE = `<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>*<![endif]></span></span></a>`;
const FOOTNOTE_LIST = `<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title="">*</a> ${html(FOOTNOTE)}</p></div></div>`;

/**
 * OHCHR's rendering of the Word file: one <p> per paragraph, the numbers
 * glued to the text, the masthead run together, recommendations in <b>.
 */
function ohchrHtml(blocks) {
  const out = [];
  out.push(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>CAT/C/KAZ/CO/2</title>
<style><!-- p.MsoNormal {margin:0cm; font-size:10.0pt; font-family:"Times New Roman";} --></style></head>
<body lang=EN-GB><div class=WordSection1>`);
  out.push(`<p class=MsoNormal><b>UNITED NATIONS</b></p>`);
  out.push(`<p class=MsoNormal><b><span style='font-size:20.0pt'>${MASTHEAD.body}</span></b></p>`);
  out.push(`<p class=MsoNormal>${html(MASTHEAD.treaty)}</p>`);
  out.push(`<p class=MsoNormal><span>Distr.</span><span>GENERAL</span><span>${MASTHEAD.symbol}</span><span>${MASTHEAD.issued}</span></p>`);
  out.push(`<p class=MsoNormal>Original:&nbsp;ENGLISH</p>`);
  for (const block of blocks) {
    const text = htmlRuns(block);
    switch (block.kind) {
      case 'front':
        out.push(`<p class=MsoNormal align=center style='text-align:center'><b>${text}</b>${/^Concluding observations/.test(block.text) ? FOOTNOTE_REFERENCE : ''}</p>`);
        break;
      case 'section':
        out.push(`<p class=MsoNormal><b>${block.label}.${text}</b></p>`);
        break;
      case 'heading':
        out.push(`<p class=MsoNormal><i>${text}</i></p>`);
        break;
      case 'paragraph':
        out.push(`<p class=MsoNormal style='text-align:justify'>${block.label}.${text}</p>`);
        break;
      case 'item':
        out.push(`<p class=MsoNormal style='margin-left:36.0pt;text-align:justify'>(${block.label})&nbsp;${text}</p>`);
        break;
      default:
        out.push(`<p class=MsoNormal style='text-align:justify'>${text}</p>`);
    }
  }
  out.push(`</div>${FOOTNOTE_LIST}</body></html>`);
  return out.join('\r\n');
}

/** Word's own HTML whose numbers a converter dropped: only the mso-list styles say them. */
function lostNumbersHtml(blocks) {
  const lists = ['@list l0:level1 {mso-level-tab-stop:none; mso-level-number-position:left;}'];
  const out = [];
  let itemList = 0;
  for (const block of blocks) {
    const text = htmlRuns(block);
    switch (block.kind) {
      case 'front':
        out.push(`<p class=MsoNormal align=center style='text-align:center'><b>${text}</b></p>`);
        break;
      case 'section':
        out.push(`<h1>${block.label}.&nbsp;${text}</h1>`);
        break;
      case 'heading':
        out.push(`<h2>${text}</h2>`);
        break;
      case 'paragraph':
        out.push(`<p class=MsoListParagraph style='margin-left:0cm;text-align:justify;mso-list:l0 level1 lfo1'>${text}</p>`);
        break;
      case 'item':
        if (block.label === 'a') {
          itemList++;
          lists.push(`@list l${itemList}:level1 {mso-level-number-format:alpha-lower; mso-level-text:"\\(%1\\)"; mso-level-tab-stop:none;}`);
        }
        out.push(`<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l${itemList} level1 lfo${itemList + 1}'>${text}</p>`);
        break;
      default:
        out.push(`<p class=MsoNormal style='text-align:justify'>${text}</p>`);
    }
  }
  return `<!DOCTYPE html>
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><title>CAT/C/KAZ/CO/2</title>
<style>
<!--
${lists.join('\n')}
-->
</style></head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<div class=WordSection1>
<p class=MsoNormal>Distr.: General</p>
<p class=MsoNormal>${MASTHEAD.symbol}</p>
<p class=MsoNormal>${MASTHEAD.issued}</p>
${out.join('\n')}
</div>
<script>window.dataLayer = window.dataLayer || [];</script>
</body></html>
`;
}

/** windows-1252 bytes; what it cannot hold becomes a numeric character reference. */
function toWindows1252(text) {
  const decoder = new TextDecoder('windows-1252');
  const table = new Map();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const bytes = [];
  for (const ch of text) {
    const b = table.get(ch);
    if (b !== undefined) bytes.push(b);
    else for (const c of `&#${ch.codePointAt(0)};`) bytes.push(c.charCodeAt(0));
  }
  return Uint8Array.from(bytes);
}

function writeTextVariants() {
  const lines = seedText.split('\n');
  writeFileSync(join(OUT, `${NAME}.crlf-bom.txt`), `\ufeff${lines.join('\r\n')}`);

  // Pages of 48 lines: a page number at the foot, a form feed, the symbol and "page N" at the top.
  const paged = [];
  for (let i = 0; i < lines.length; i += 48) {
    const page = i / 48 + 1;
    if (i > 0) paged.push(`\f${MASTHEAD.symbol}`, `page ${page}`, '');
    paged.push(...lines.slice(i, i + 48));
    if (i + 48 < lines.length) paged.push('', `${page}`);
  }
  writeFileSync(join(OUT, `${NAME}.pages.txt`), paged.join('\n'));

  // Non-breaking spaces after numbers and in pinpoints, ligatures, soft hyphens inside
  // words and, every ninth line, a word broken at the line end by a soft hyphen.
  const messy = lines.map((line) =>
    line
      .replace(/^(\s*\d{1,2}\.) /, '$1\u00a0')
      .replace(/para\. /g, 'para.\u00a0')
      .replace(/ffi/g, '\ufb03')
      .replace(/fi/g, '\ufb01')
      .replace(/fl/g, '\ufb02')
      .replace(/ff/g, '\ufb00')
      .replace(/\b(inter)(national)\b/g, '$1\u00ad$2'),
  );
  for (let i = 8; i < messy.length - 1; i += 9) {
    const next = /^(\S{3})(\S{3,})( .*)$/.exec(messy[i + 1]);
    if (!messy[i].trim() || !next || /[-\d(]/.test(next[1] + next[2])) continue;
    messy[i] = `${messy[i].trimEnd()} ${next[1]}\u00ad`;
    messy[i + 1] = `${next[2]}${next[3]}`;
  }
  writeFileSync(join(OUT, `${NAME}.messy.txt`), messy.join('\n'));

  const blocks = doc.map((b) => {
    const label = b.kind === 'paragraph' ? `${b.label}. ` : b.kind === 'item' ? `(${b.label}) ` : b.kind === 'section' ? `${b.label}. ` : '';
    return label + b.text;
  });
  writeFileSync(join(OUT, `${NAME}.one-line.txt`), `${blocks.join('\n')}\n`);
}

/** A one-page PDF whose page is an 8 x 8 grey image and nothing else. */
function imageOnlyPdf() {
  const pixels = Buffer.alloc(64, 0x80);
  const content = 'q 500 0 0 700 50 70 cm /Im1 Do Q';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels.toString('latin1')}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

async function main() {
  doc = await seedDocument();
  mkdirSync(join(OUT, 'bad'), { recursive: true });

  writeOffice('plain', fodt(doc, { numbered: false }), ['pdf', 'docx']);
  writeOffice('numbered', fodt(doc, { numbered: true }), ['docx'], '.numbered');
  writeFileSync(join(OUT, `${NAME}.ohchr.html`), toWindows1252(ohchrHtml(doc)));
  writeFileSync(join(OUT, `${NAME}.lost-numbers.html`), lostNumbersHtml(doc));
  writeTextVariants();
  // pdftotext's default mode rewrites words at line ends ("ill-" + "treatment" comes out as
  // "illtreatment", LibreOffice's "incorporat-" + "ing" as "incorporat ing"): text no reader can
  // mend. Without -layout, the rendering is -raw, which keeps the words as they stand.
  execFileSync('pdftotext', ['-raw', join(OUT, `${NAME}.pdf`), join(OUT, `${NAME}.pdftotext-raw.txt`)]);
  execFileSync('pdftotext', ['-layout', join(OUT, `${NAME}.pdf`), join(OUT, `${NAME}.pdftotext-layout.txt`)]);
  execFileSync('qpdf', ['--encrypt', 'user-password', 'owner-password', '256', '--', join(OUT, `${NAME}.pdf`), join(OUT, 'bad', 'encrypted.pdf')]);
  writeFileSync(join(OUT, 'bad', 'image-only.pdf'), imageOnlyPdf());
  console.log(`renderings written to ${OUT}`);
}

await main();
