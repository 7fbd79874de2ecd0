/**
 * Each question of queries/ asked of the seed, checked against its answer
 * in test/query/expected/. The answers were read off the seed text
 * (seeds/CAT_C_KAZ_CO_2.txt), paragraph by paragraph, and agree with
 * Python's rdflib on the same graph (test/query/rdflib-check.py).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerText, expectedFile, researchQueries, runOnSeed } from './support.js';

const queries = researchQueries();

describe('queries/', () => {
  it('holds at least 15 questions, each saying in plain words what it asks', () => {
    expect(queries.length).toBeGreaterThanOrEqual(15);
    for (const q of queries) expect(q.text, q.name).toMatch(/^# Question: \S/);
  });

  it('declares every prefix it uses, so any SPARQL 1.1 engine runs it as written', () => {
    for (const q of queries) {
      const used = new Set([...q.text.replace(/^#.*$/gm, '').matchAll(/(?<![\w:<#"])([a-z][\w-]*):[A-Za-z_]/g)].map((m) => m[1]!));
      for (const prefix of used) expect(q.shape.prefixes, `${q.name} uses ${prefix}:`).toHaveProperty(prefix);
    }
  });

  for (const query of queries) {
    it(`${query.name} gives its answer on the seed`, async () => {
      const file = expectedFile(query);
      expect(existsSync(file), `${file} is missing`).toBe(true);
      expect(await answerText(await runOnSeed(query))).toBe(readFileSync(file, 'utf8'));
    });
  }
});
