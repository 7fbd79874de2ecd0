/**
 * Bad input through the CLI: an encrypted PDF, a PDF of scanned images, a
 * corrupt ZIP or DOCX, a zip bomb, an HTML page without the document, a
 * file in an unknown encoding. Each is refused with exit code 2 and a
 * message that says what is wrong, and nothing is written.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir, tbkg } from '../support/cli.js';
import { RENDERINGS_DIR } from '../support/renderings.js';
import { docx, zip } from '../support/zip.js';

function refused(file: string, message: RegExp): void {
  const out = join(scratchDir(), 'out.ttl');
  const r = tbkg(['convert', file, '-o', out]);
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toContain(file);
  expect(r.stderr).toMatch(message);
  expect(existsSync(out)).toBe(false);
}

function write(name: string, data: Uint8Array | string): string {
  const file = join(scratchDir(), name);
  writeFileSync(file, data);
  return file;
}

describe('tbkg convert refuses bad input with exit code 2, saying why, writing nothing', () => {
  it('an encrypted PDF: needs a password', () => {
    refused(join(RENDERINGS_DIR, 'bad', 'encrypted.pdf'), /encrypted PDF that needs a password/);
  });

  it('an image-only PDF: no text layer, run OCR', () => {
    refused(join(RENDERINGS_DIR, 'bad', 'image-only.pdf'), /without a text layer.*OCR/);
  });

  it('a truncated PDF', () => {
    refused(write('truncated.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), /PDF/);
  });

  it('a corrupt ZIP archive (a truncated DOCX)', () => {
    const whole = docx('<w:p><w:r><w:t>1. The Committee</w:t></w:r></w:p>');
    refused(write('truncated.docx', whole.subarray(0, whole.length - 40)), /corrupt ZIP archive/);
  });

  it('a ZIP archive that is not a DOCX', () => {
    refused(write('photos.docx', zip([{ name: 'photo.jpg', data: 'not a picture' }])), /without word\/document\.xml: not a DOCX/);
  });

  it('a DOCX whose document part does not inflate', () => {
    const broken = zip([{ name: 'word/document.xml', data: 'garbage that is not deflate data at all', stored: true }]);
    // Claim deflate for bytes that are not deflate data.
    broken.writeUInt16LE(8, 8);
    broken.writeUInt16LE(8, broken.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10);
    refused(write('broken.docx', broken), /corrupt ZIP archive: word\/document\.xml does not inflate/);
  });

  it('a zip bomb: a part that inflates past the bound, whatever size it declares', () => {
    const bomb = zip([{ name: 'word/document.xml', data: new Uint8Array(80 * 1024 * 1024), declaredSize: 1000 }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    refused(write('bomb.docx', bomb), /zip bomb/);
    const honest = zip([{ name: 'word/document.xml', data: new Uint8Array(80 * 1024 * 1024) }]);
    refused(write('honest-bomb.docx', honest), /inflates to 83886080 bytes.*zip bomb/);
  });

  it('an HTML page without the document: scripts, frames, nothing', () => {
    refused(write('app.html', '<!DOCTYPE html><html><head><title>Treaty bodies</title><script src="app.js"></script></head><body><div id="root"></div></body></html>'), /HTML page without the document.*scripts/);
    refused(write('frames.html', '<html><frameset><frame src="CAT_C_KAZ_CO_2.htm"></frameset></html>'), /HTML page without the document.*frames/);
    refused(write('menu.html', '<html><body><nav><a href="/">Home</a> <a href="/search">Search</a></nav></body></html>'), /not concluding observations: no numbered paragraphs/);
  });

  it('a file in an unknown encoding', () => {
    refused(write('klingon.html', '<html><head><meta charset="x-klingon"></head><body><p>1. The Committee</p></body></html>'), /unknown encoding "x-klingon"/);
    refused(write('latin1.txt', Buffer.from('1. The Committee welcomes the na\xefve report.\n', 'latin1')), /not UTF-8 text.*unknown encoding/);
    refused(write('declared-utf8.html', Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>1. na'), Buffer.from([0xef, 0x20]), Buffer.from('ve</p></body></html>')])), /not UTF-8/);
  });

  it('a Word 97-2003 document', () => {
    refused(write('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])), /Word 97-2003/);
  });
});
