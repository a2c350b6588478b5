// `node scripts/panelLatency.mjs` (after `npm run build`): for every preset, the time in this
// machine's Chromium from a learner's action to the next painted frame with every visible panel
// updated: (1) "Fail outside path" on tunnel 1, (2) "+1 min" across the DPD timeout that the
// failure causes (60 simulated seconds of engine work included). Median of 5 runs each.
import { chromium } from '@playwright/test';
import { serveDist } from './audit/staticServer.mjs';

const server = await serveDist('dist');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${server.origin}/playground/`);
await page.getByRole('button', { name: /tunnel 1, / }).first().waitFor();
const presets = await page.getByRole('combobox', { name: 'Preset' }).locator('option').evaluateAll((os) => os.map((o) => o.value));

/** Clicks the button by name inside the page and resolves after the next animation frame. */
const timedClick = (name) =>
  page.evaluate(async (n) => {
    const b = [...document.querySelectorAll('button')].find((x) => x.textContent?.trim() === n);
    if (!b) return null;
    const t0 = performance.now();
    b.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, name);
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rows = [];
for (const preset of presets) {
  const fail = [], minute = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(`${server.origin}/playground/?preset=${preset}`);
    const t1 = page.getByRole('button', { name: /tunnel 1, / }).first();
    await t1.waitFor();
    await t1.click();
    const f = await timedClick('Fail outside path');
    const m = await timedClick('+1 min');
    if (f !== null) fail.push(f);
    if (m !== null) minute.push(m);
  }
  rows.push({ preset, failMs: fail.length ? median(fail).toFixed(1) : '-', plusMinuteMs: minute.length ? median(minute).toFixed(1) : '-' });
}
await browser.close();
await server.close?.();
console.table(rows);
process.exit(0);
