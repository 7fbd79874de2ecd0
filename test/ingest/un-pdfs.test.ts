/**
 * The real UN PDFs of ../shared/corpus/pdf (UPR compilations for Slovenia):
 * the PDF reader returns their text without running headers, job numbers,
 * bar codes or page numbers, and `tbkg convert` refuses them, saying what
 * they look like. Skipped where that folder is absent (a user's clone).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/ingest/index.js';
import { SHARED, scratchDir, tbkg } from '../support/cli.js';

const PDF_DIR = join(SHARED, 'corpus', 'pdf');
const present = existsSync(PDF_DIR);
const files = present ? readdirSync(PDF_DIR).filter((f) => f.endsWith('.pdf')).sort() : [];

describe.skipIf(!present)(`the UN PDFs of ../shared/corpus/pdf${present ? '' : ' (skipped: the folder is absent)'}`, () => {
  it('are three', () => {
    expect(files).toHaveLength(3);
  });

  it.each(files)('%s: the reader returns the text without running headers, job numbers or page numbers', async (name) => {
    const source = await readSource(join(PDF_DIR, name));
    const symbol = `A/HRC/WG.6/${/_(\d+)_SVN/.exec(name)![1]}/SVN/2`;
    const lines = source.text.split('\n').filter((l) => l.length > 0);
    // The symbol stands once, in the masthead; the running headers that repeat it on every page are gone.
    expect(lines.filter((l) => l.includes(symbol))).toEqual([symbol]);
    expect(lines.indexOf(symbol)).toBeLessThan(3);
    expect(lines.filter((l) => /^(page\s+)?\d{1,3}$/i.test(l))).toEqual([]);
    expect(source.text).not.toMatch(/GE\.\d{2}-\d{4,6}/);
    expect(source.text).not.toMatch(/[\ue000-\uf8ff]/);
    // The text is there: the masthead, numbered paragraphs, the endnotes that cite concluding observations.
    expect(lines.slice(0, 8)).toEqual(expect.arrayContaining(['United Nations', 'General Assembly', 'Distr.: General', 'Original: English']));
    expect(lines.filter((l) => /^\d{1,2}\. [A-Z]/.test(l)).length).toBeGreaterThan(20);
    expect(source.text).toMatch(/\/SVN\/CO\/[\d-]+, paras?\. \d+/);
    // Places are pages and lines.
    const at = source.text.indexOf('1. ');
    expect(source.describe(at)).toMatch(/^page \d+, line \d+$/);
  });

  it.each(files)('%s: tbkg convert refuses it with exit code 2, saying what kind of document it looks like', (name) => {
    const out = join(scratchDir(), 'out.ttl');
    const r = tbkg(['convert', join(PDF_DIR, name), '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not concluding observations: this PDF looks like a UPR compilation \(A\/HRC\/WG\.6\/\d+\/SVN\/2\)/);
    expect(existsSync(out)).toBe(false);
  });
});
