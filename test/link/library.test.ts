/**
 * The corpus as the library offers it (the package's entry point): linked in
 * memory, and streamed as `tbkg convert` streams a folder; the two give the
 * same links and the same graph.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { convertCorpus, convertFile, linkDocuments, serialize } from '../../src/index.js';
import { ROOT, SEED, scratchDir } from '../support/cli.js';

const ERAS = join(ROOT, 'test', 'fixtures', 'eras');
const FILES = [SEED, join(ERAS, 'cat-2001-annual-report', 'A_56_44_KAZ.txt'), join(ERAS, 'cat-2014', 'CAT_C_KAZ_CO_3.txt')];

describe('a corpus through the library', () => {
  it('links in memory and streamed alike', async () => {
    const models = await Promise.all(FILES.map(async (f) => (await convertFile(f)).model));
    const linked = linkDocuments(models);
    expect(linked.resolved).toBe(6);
    expect(linked.previousReviews).toBe(2);

    const out = join(scratchDir(), 'library.nq');
    const streamed = await convertCorpus(FILES, { jobs: 1, failFast: true, format: 'nquads', out });
    expect(streamed.documents).toBe(3);
    expect(streamed.links.resolved).toBe(linked.resolved);
    expect(streamed.links.previousReviews).toBe(linked.previousReviews);
    const written = readFileSync(out, 'utf8');
    expect(new Parser({ format: 'application/n-quads' }).parse(written)).toHaveLength(streamed.triples);
    // Streamed, each document's lines are sorted within the document: the same lines, in another order.
    expect(written.split('\n').sort()).toEqual(serialize(linked.quads, 'nquads').split('\n').sort());
  });
});
