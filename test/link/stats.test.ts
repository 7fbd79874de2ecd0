/** `tbkg stats`: what a converted corpus holds and how it is linked; its VoID / DCAT description. */
import { copyFileSync, cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, Store } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEED, scratchDir, tbkg } from '../support/cli.js';

const ERAS = join(ROOT, 'test', 'fixtures', 'eras');
const VOID = 'http://rdfs.org/ns/void#';

describe('tbkg stats', () => {
  let dump: string;

  beforeAll(() => {
    const dir = join(scratchDir(), 'corpus');
    mkdirSync(dir);
    cpSync(ERAS, join(dir, 'eras'), { recursive: true });
    copyFileSync(SEED, join(dir, 'CAT_C_KAZ_CO_2.txt'));
    dump = join(scratchDir(), 'corpus.nq');
    expect(tbkg(['convert', dir, '-o', dump, '-q']).status).toBe(0);
  });

  it('prints the documents per body and per State, what is linked and what points outside', () => {
    const r = tbkg(['stats', dump]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^documents: 14 in 14 graphs, \d+ triples$/m);
    expect(r.stdout).toMatch(/^ {2}CAT +4 +\d+$/m);
    expect(r.stdout).toMatch(/^ {2}KAZ +7 +\d+$/m);
    expect(r.stdout).toMatch(/^ {2}PRY +1 +\d+$/m);
    expect(r.stdout).toMatch(/^ {2}RUS +2 +\d+$/m);
    expect(r.stdout).toContain('reiterations: 10');
    expect(r.stdout).toContain('to a paragraph or item of a document of the corpus: 7');
    expect(r.stdout).toContain('to documents outside the corpus: 3 (CEDAW/C/KAZ/CO/2 1, CRC/C/RUS/CO/3 1, CRC/C/RUS/CO/4-5 1)');
    expect(r.stdout).toContain('CAT KAZ: A/56/44 -> CAT/C/KAZ/CO/2 (2008) -> CAT/C/KAZ/CO/3 (2014) -> CAT/C/KAZ/CO/4 (2023)');
  });

  it('prints the same figures as JSON, and converts a folder itself', () => {
    const fromDump = JSON.parse(tbkg(['stats', dump, '--json']).stdout);
    const fromFolder = JSON.parse(tbkg(['stats', ERAS, SEED, '--json', '-q']).stdout);
    expect(fromFolder).toEqual(fromDump);
    expect(fromDump.reiterations).toEqual({
      total: 10, resolvedInCorpus: 7, missingInCorpus: 0, outside: { 'CEDAW/C/KAZ/CO/2': 1, 'CRC/C/RUS/CO/3': 1, 'CRC/C/RUS/CO/4-5': 1 },
    });
    // The OPSC and OPAC reviews of the Russian Federation are under two treaties: no chain.
    expect(fromDump.chains).toEqual([{ body: 'CAT', state: 'KAZ', reviews: ['A/56/44', 'CAT/C/KAZ/CO/2', 'CAT/C/KAZ/CO/3', 'CAT/C/KAZ/CO/4'] }]);
    expect(fromDump.byBody.CRC.documents).toBe(3);
  });

  it('writes a VoID and DCAT description: the dataset, a subset per body and per State, the linksets', () => {
    const file = join(scratchDir(), 'void.ttl');
    const r = tbkg(['stats', dump, '--void', file, '--license', 'https://creativecommons.org/licenses/by/4.0/']);
    expect(r.status, r.stderr).toBe(0);
    const store = new Store(new Parser().parse(readFileSync(file, 'utf8')));
    const dataset = 'https://w3id.org/tbkg/.well-known/void#dataset';
    const value = (s: string, p: string) => store.getObjects(s, p, null).map((o) => o.value);
    expect(value(dataset, `${VOID}documents`)).toEqual(['14']);
    const triples = Number(value(dataset, `${VOID}triples`)[0]);
    expect(triples).toBe(readFileSync(dump, 'utf8').split('\n').filter((l) => l.length > 0).length);
    const subsets = value(dataset, `${VOID}subset`).map((s) => s.split('#')[1]).sort();
    expect(subsets).toEqual(['body-CAT', 'body-CCPR', 'body-CED', 'body-CEDAW', 'body-CERD', 'body-CESCR', 'body-CMW', 'body-CRC', 'body-CRPD',
      'links-previous-review', 'links-reiterates', 'state-KAZ', 'state-MEX', 'state-PRY', 'state-RUS', 'state-UZB']);
    const perBody = subsets.filter((s) => s.startsWith('body-')).map((s) => Number(value(`${dataset.split('#')[0]}#${s}`, `${VOID}triples`)[0]));
    expect(perBody.reduce((a, b) => a + b, 0)).toBe(triples);
    expect(value('https://w3id.org/tbkg/.well-known/void#state-KAZ', `${VOID}documents`)).toEqual(['7']);
    expect(value('https://w3id.org/tbkg/.well-known/void#links-reiterates', `${VOID}triples`)).toEqual(['7']);
    expect(value('https://w3id.org/tbkg/.well-known/void#links-previous-review', `${VOID}triples`)).toEqual(['3']);
    // Same dump, same bytes.
    const again = join(scratchDir(), 'void.ttl');
    tbkg(['stats', dump, '--void', again, '--license', 'https://creativecommons.org/licenses/by/4.0/', '-q']);
    expect(readFileSync(again)).toEqual(readFileSync(file));
  });

  it('refuses a missing file and a bad option', () => {
    expect(tbkg(['stats']).status).toBe(2);
    expect(tbkg(['stats', join(scratchDir(), 'none.nq')]).status).toBe(2);
    expect(tbkg(['stats', dump, '--void', join(scratchDir(), 'void.xyz')]).status).toBe(2);
  });
});
