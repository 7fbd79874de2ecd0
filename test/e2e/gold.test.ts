/**
 * The seed against its hand-made gold, read from the dump the CLI wrote (not
 * from the in-memory model): every category of the gold, scored as
 * precision / recall, must reach F1 1.0 (the checks are in gold-check.ts,
 * which renderings.test.ts runs on every rendering of the seed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED, SHARED } from '../support/cli.js';
import { describeGold, GOLD_FILE } from './gold-check.js';

describe('the gold copy', () => {
  it.skipIf(!existsSync(join(SHARED, 'gold')))('is the same bytes as ../shared/gold', () => {
    expect(readFileSync(GOLD_FILE, 'utf8')).toBe(readFileSync(join(SHARED, 'gold', 'CAT_C_KAZ_CO_2.gold.json'), 'utf8'));
  });
});

describeGold(SEED);
