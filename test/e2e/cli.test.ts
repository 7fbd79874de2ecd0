/** The command line as a user meets it: help, version, bad input, atomic output, determinism. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED, SHARED, scratchDir, tbkg } from '../support/cli.js';

describe('tbkg', () => {
  it('prints its version and help', () => {
    const version = tbkg(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^tbkg \d+\.\d+\.\d+\n$/);
    const help = tbkg(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('convert');
    expect(help.stdout).toContain('validate');
    for (const verb of ['convert', 'validate']) {
      const h = tbkg([verb, '--help']);
      expect(h.status).toBe(0);
      expect(h.stdout).toContain(`Usage: tbkg ${verb}`);
    }
  });

  it('refuses an unknown verb or option with exit code 2', () => {
    expect(tbkg(['frobnicate']).status).toBe(2);
    const r = tbkg(['convert', SEED, '--no-such-option']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--no-such-option');
    expect(tbkg(['convert']).status).toBe(2);
    expect(tbkg(['convert', SEED, '-f', 'rdfxml']).status).toBe(2);
    expect(tbkg(['convert', SEED, '-o', 'out.xyz']).status).toBe(2);
    expect(tbkg(['convert', SEED, '--base', 'not an iri']).status).toBe(2);
  });
});

describe('tbkg convert', () => {
  it('writes the same bytes twice, in every format', () => {
    const dir = scratchDir();
    for (const ext of ['ttl', 'nt', 'nq', 'trig', 'jsonld']) {
      const a = join(dir, `a.${ext}`);
      const b = join(dir, `b.${ext}`);
      expect(tbkg(['convert', SEED, '-o', a, '-q']).status).toBe(0);
      expect(tbkg(['convert', SEED, '-o', b, '-q']).status).toBe(0);
      expect(readFileSync(a)).toEqual(readFileSync(b));
    }
  });

  it('writes Turtle to standard output by default and a summary to standard error', () => {
    const r = tbkg(['convert', SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('@prefix tb: <https://w3id.org/tbkg/ontology#>');
    expect(r.stderr).toMatch(/converted 1 document: 37 paragraphs, \d+ triples, 0 warnings/);
    expect(tbkg(['convert', SEED, '--quiet']).stderr).toBe('');
  });

  it('takes the symbol and the base from the command line', () => {
    const r = tbkg(['convert', SEED, '-f', 'nquads', '--symbol', 'CAT/C/KAZ/CO/2-test', '--base', 'http://example.org/kg/', '-q']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('<http://example.org/kg/doc/CAT/C/KAZ/CO/2-test#para_7>');
    expect(r.stdout).toContain('"CAT/C/KAZ/CO/2-test"');
    expect(r.stdout).not.toContain('https://w3id.org/tbkg/doc/');
  });

  it('refuses an empty file, a binary file and another kind of document with exit code 2, naming the file', () => {
    const dir = scratchDir();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('1. The Committee\nna\xefve\n', 'latin1'));
    const other = join(dir, 'minutes.txt');
    writeFileSync(other, 'Summary record of the 842nd meeting\n\nThe meeting was called to order at 10 a.m.\n');
    for (const [file, message] of [
      [empty, 'the file is empty'],
      [binary, 'ZIP'],
      [latin1, 'not UTF-8'],
      [other, 'no numbered paragraphs'],
      [join(dir, 'missing.txt'), 'ENOENT'],
    ] as const) {
      const r = tbkg(['convert', file, '-o', join(dir, 'out.ttl')]);
      expect(r.status, file).toBe(2);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toContain(message);
    }
    expect(tbkg(['convert', latin1]).stderr).toMatch(/latin1\.txt:2:3: /);
    expect(existsSync(join(dir, 'out.ttl'))).toBe(false);
  });

  it('leaves a good dump alone when a later run fails', () => {
    const dir = scratchDir();
    const out = join(dir, 'kaz.ttl');
    expect(tbkg(['convert', SEED, '-o', out, '-q']).status).toBe(0);
    const good = readFileSync(out, 'utf8');
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'nothing here\n');
    expect(tbkg(['convert', SEED, bad, '-o', out]).status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(good);
  });

  it('says which text it could not place, with its line, and keeps it', () => {
    const dir = scratchDir();
    const file = join(dir, 'stray.txt');
    const seed = readFileSync(SEED, 'utf8');
    const stray = seed.replace('Definition of torture \n', 'Definition of torture \n\nA stray remark without a number\n\nAnd another one.\n');
    expect(stray).not.toBe(seed);
    writeFileSync(file, stray);
    const r = tbkg(['convert', file, '-f', 'nquads']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/stray\.txt:\d+:\d+: warning: .*A stray remark without a number/);
    expect(r.stdout).toContain('A stray remark without a number');
  });

  it.skipIf(!existsSync(join(SHARED, 'corpus', 'pdf')))('refuses a PDF with a clear message (text input only so far)', () => {
    const r = tbkg(['convert', join(SHARED, 'corpus', 'pdf', 'A_HRC_WG.6_20_SVN_2.pdf')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('PDF');
  });
});
