// A real browser on the published and the served site: headless Chromium
// from Debian, driven by playwright-core. Paragraphs, links and the
// embedded JSON-LD must be there; screenshots are kept in test/artifacts/.
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, scratchDir, SEED, tbkg } from '../support/cli.js';
import { requireProgram, startServe, stopChild } from '../load/helpers.js';
import { parseJsonLd } from '../serialize/parsers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test', 'artifacts', 'browser');
const available = requireProgram(CHROMIUM, 'apt-get install chromium');
const DOC_PATH = 'doc/CAT/C/KAZ/CO/2';

let browser: Browser;
let site = '';
let served: { origin: string; child: ChildProcess } | undefined;

async function checkDocumentPage(page: Page, name: string): Promise<void> {
  await expect.poll(() => page.locator('section.paragraph').count()).toBe(37);
  expect(await page.locator('h1').first().textContent()).toContain('Concluding observations of the Committee against Torture');
  expect(await page.locator('.part.recommendation').count()).toBeGreaterThan(20);
  expect(await page.locator('#para_17__rec').textContent()).toContain('Part 1 of article 347-1 of the Criminal Code');
  expect(await page.locator('#para_7 .tags a').allTextContents()).toEqual(['art. 2', 'art. 11', 'art. 12']);
  expect(await page.locator('link[rel="alternate"][type="text/turtle"]').getAttribute('href')).toBe('index.ttl');
  const jsonText = await page.locator('script[type="application/ld+json"]').textContent();
  const quads = await parseJsonLd(jsonText!);
  expect(quads).toHaveLength(1853);
  expect(quads.some((q) => q.subject.value === 'https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2' && q.predicate.value === 'http://purl.org/dc/terms/identifier' && q.object.value === 'CAT/C/KAZ/CO/2')).toBe(true);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  // A cited law is a link to its page, and that page lists the paragraph back.
  await page.locator('#para_17__rec a', { hasText: 'Criminal Code, article 347-1, part 1' }).click();
  await page.waitForLoadState('load');
  expect(await page.locator('h1').textContent()).toBe('Criminal Code, article 347-1, part 1');
  expect(await page.locator('a', { hasText: 'para. 17, recommendation' }).count()).toBe(1);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-provision.png`), fullPage: true });
}

describe.runIf(available)('the seed in a browser', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    site = join(scratchDir(), 'site');
    expect(tbkg(['publish', site, SEED, '-q']).status).toBe(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      timeout: 60_000,
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (served) await stopChild(served.child);
  }, 60_000);

  it('reads the published page from the file system', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(pathToFileURL(join(site, DOC_PATH, 'index.html')).href);
    await checkDocumentPage(page, 'published-document');
    await page.close();
  }, 60_000);

  it('reads the served page, and runs a query from the query page', async () => {
    served = await startServe([SEED]);
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const response = await page.goto(`${served.origin}/${DOC_PATH}`);
    expect(response!.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(response!.headers()['vary']).toBe('Accept');
    await checkDocumentPage(page, 'served-document');
    await page.goto(`${served.origin}/sparql`);
    await page.locator('textarea[name="query"]').fill('PREFIX tb: <https://w3id.org/tbkg/ontology#>\nSELECT ?p ?n WHERE { ?p a tb:Paragraph ; tb:number ?n } ORDER BY ?n');
    await Promise.all([page.waitForURL(/query=/), page.locator('button[type="submit"]').click()]);
    expect(await page.locator('table.results tr').count()).toBe(38);
    await page.screenshot({ path: join(ARTIFACTS, 'served-sparql.png'), fullPage: false });
    await page.close();
  }, 90_000);
});
