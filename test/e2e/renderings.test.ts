/**
 * Every rendering of the seed (PDF, DOCX, HTML, messy text) converted by the
 * CLI passes the seed's gold, with the very checks gold.test.ts runs on the
 * seed itself.
 */
import { RENDERINGS } from '../support/renderings.js';
import { describeGold } from './gold-check.js';

for (const r of RENDERINGS) describeGold(r.file, r.label);
