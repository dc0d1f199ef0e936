// Runs axe-core (WCAG 2.0/2.1 A and AA rules) on HTML files in headless Chromium and prints every violation.
// Exit code 0: no violations; 1: violations (listed); 2: could not run. Used by the services'
// document tests through api-rules' AxeControle; Chromium is Debian's (CHROMIUM overrides /usr/bin/chromium).
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axePad = require.resolve('axe-core/axe.min.js');
const bestanden = process.argv.slice(2);
if (bestanden.length === 0) {
  console.error('gebruik: node axe-check.mjs pagina.html ...');
  process.exit(2);
}
const profiel = mkdtempSync(join(tmpdir(), 'axe-chromium-'));
let browser;
let fouten = 0;
try {
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    userDataDir: profiel,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  for (const bestand of bestanden) {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(resolve(bestand)).href, { waitUntil: 'load' });
    await page.addScriptTag({ path: axePad });
    const uitslag = await page.evaluate(() => axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }));
    const schendingen = uitslag.violations;
    console.log(`${bestand}: ${uitslag.passes.length} regels geslaagd, ${schendingen.length} schendingen`);
    for (const s of schendingen) {
      fouten++;
      console.log(`  ${s.id} (${s.impact}): ${s.help}`);
      for (const n of s.nodes.slice(0, 5)) {
        console.log(`    ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`);
      }
    }
    await page.close();
  }
} catch (e) {
  console.error(`axe kon niet draaien: ${e.message}`);
  process.exitCode = 2;
} finally {
  if (browser) await browser.close();
  rmSync(profiel, { recursive: true, force: true });
}
if (process.exitCode !== 2) process.exit(fouten === 0 ? 0 : 1);
