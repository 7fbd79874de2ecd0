/**
 * Fixtures of every treaty body and era (test/fixtures/eras/*), each against
 * its hand-made gold: every category must reach F1 1.0 (see era-gold-check.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { describeEraGold, readGold } from './era-gold-check.js';

const ERAS = join(ROOT, 'test', 'fixtures', 'eras');
const fixtures = readdirSync(ERAS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe('the era fixtures', () => {
  it('cover the nine committees and the three eras of layouts', () => {
    const golds = fixtures.map((f) => readGold(join(ERAS, f, 'gold.json')));
    expect([...new Set(golds.map((g) => g.document.treatyBody))].sort()).toEqual(['CAT', 'CCPR', 'CED', 'CEDAW', 'CERD', 'CESCR', 'CMW', 'CRC', 'CRPD']);
    expect(golds.some((g) => /^A\/\d+\/44$/.test(g.document.symbol))).toBe(true);
  });
});

for (const fixture of fixtures) describeEraGold(join(ERAS, fixture, 'gold.json'));
