// `npm run audit`: quality budgets of the built site (run `npm run build` first). Serves dist/
// on a free port, then in this machine's Chromium measures per page kind the JS and CSS
// transferred (gzip) on load and after scrolling to the bottom, Lighthouse performance and
// accessibility (when the package is installed), and the time until the playground answers a
// click. Prints one table; exits 1 when a budget in budgets.json is broken.
// Options: --no-lighthouse, --json <file> (also write the figures as JSON).
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pageJsWeight } from './pageWeight.mjs';
import { serveDist } from './audit/staticServer.mjs';
import { measureTransfer } from './audit/transferWeight.mjs';
import { timeToResponsive } from './audit/playgroundResponse.mjs';
import { LIGHTHOUSE_INSTALL, lighthouseScores, loadLighthouse } from './audit/lighthouseScores.mjs';

const DIST = 'dist';
const args = process.argv.slice(2);
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
// The same flags as playwright.config.ts (this machine's Debian Chromium, no network chatter).
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('audit: no dist/index.html; run `npm run build` first.');
  process.exit(2);
}

const subPages = (dir) =>
  existsSync(join(DIST, dir))
    ? readdirSync(join(DIST, dir), { recursive: true })
        .filter((f) => String(f).endsWith('index.html'))
        .map((f) => `/${dir}/${String(f).replace(/index\.html$/, '')}`.replace(/\/+/g, '/'))
    : [];
/** The heaviest page of a kind by static JS weight (entries + static imports), to measure in the browser. */
const heaviest = (pages) =>
  pages.map((p) => ({ p, w: pageJsWeight(DIST, p).gzipBytes })).sort((a, b) => b.w - a.w)[0]?.p;

const guides = subPages('guides');
const labs = subPages('labs').filter((p) => p !== '/labs/' && !p.startsWith('/labs/practice'));
const targets = [
  { kind: 'home', url: '/' },
  { kind: 'guide', url: '/guides/foundations/what-is-site-to-site-vpn/' },
  { kind: 'guide', url: heaviest(guides), note: 'heaviest guide' },
  { kind: 'playground', url: '/playground/' },
  ...(labs.length ? [{ kind: 'lab', url: heaviest(labs), note: 'heaviest lab' }] : []),
  ...(existsSync(join(DIST, 'embed', 'index.html')) ? [{ kind: 'embed', url: '/embed/?preset=single-vgw' }] : []),
].filter(
  (t, i, all) =>
    t.url && existsSync(join(DIST, t.url.split('?')[0], 'index.html')) && all.findIndex((o) => o.url === t.url) === i,
);

// A page's islands hydrate when scrolled into view; where budgets.jsScrolledKB names a kind,
// that figure bounds the after-scroll weight and jsKB the on-load weight.
const scrolledBudget = (kind) => budgets.jsScrolledKB?.[kind] ?? budgets.jsKB[kind];

// Every guide and lab page by static estimate (entries + static imports, no browser): how many
// would break their budget, so a heavy page other than the measured ones does not go unseen.
const sweep = [
  ['guide', guides],
  ['lab', labs],
].map(([kind, pages]) => {
  const weights = pages.map((p) => ({ p, kb: pageJsWeight(DIST, p).gzipBytes / 1024 })).sort((a, b) => b.kb - a.kb);
  return {
    kind,
    pages: weights.length,
    over: weights.filter((w) => w.kb > scrolledBudget(kind)).map((w) => `${w.p} ${w.kb.toFixed(0)} KB`),
  };
});

const server = await serveDist(DIST);
const kb = (b) => (b / 1024).toFixed(1);
const failures = [];
const figures = { pages: [], lighthouse: null, playground: null };
let browser;
try {
  browser = await chromium.launch(launchOptions);
  for (const t of targets) {
    const m = await measureTransfer(browser, server.origin + t.url);
    const css = Math.max(m.onLoad.css, m.afterScroll.css);
    const jsBudget = budgets.jsKB[t.kind];
    const jsScrolledBudget = scrolledBudget(t.kind);
    const cssBudget = budgets.cssKB[t.kind];
    const over = [];
    if (jsBudget !== undefined && m.onLoad.js > jsBudget * 1024) over.push(`JS on load ${kb(m.onLoad.js)} > ${jsBudget} KB`);
    if (jsScrolledBudget !== undefined && m.afterScroll.js > jsScrolledBudget * 1024)
      over.push(`JS after scrolling ${kb(m.afterScroll.js)} > ${jsScrolledBudget} KB`);
    if (cssBudget !== undefined && css > cssBudget * 1024) over.push(`CSS ${kb(css)} > ${cssBudget} KB`);
    if (m.errors.length) over.push(`page errors: ${m.errors.join('; ')}`);
    failures.push(...over.map((o) => `${t.kind} ${t.url}: ${o}`));
    figures.pages.push({ ...t, ...m, jsBudgetKB: jsBudget, jsScrolledBudgetKB: jsScrolledBudget, cssBudgetKB: cssBudget, ok: over.length === 0 });
  }
  await browser.close();
  browser = await chromium.launch(launchOptions);
  // Twice, keeping the second (warm disk cache of the server, cold browser cache).
  await timeToResponsive(browser, `${server.origin}/playground/?preset=single-vgw`);
  figures.playground = await timeToResponsive(browser, `${server.origin}/playground/?preset=single-vgw`);
  await browser.close();
  browser = undefined;
  const responded = figures.playground.respondedMs;
  if (responded === null) failures.push('playground: a click on a tunnel never changed the selection');
  else if (responded > budgets.playgroundResponsiveMs)
    failures.push(`playground: responds after ${responded} ms > ${budgets.playgroundResponsiveMs} ms`);

  if (!args.includes('--no-lighthouse')) {
    const lighthouse = await loadLighthouse();
    if (lighthouse) {
      const urls = {
        guide: `${server.origin}/guides/foundations/what-is-site-to-site-vpn/`,
        playground: `${server.origin}/playground/`,
      };
      const scores = await lighthouseScores(lighthouse, chromium, launchOptions, Object.values(urls));
      figures.lighthouse = Object.entries(urls).map(([kind, url]) => ({
        kind,
        path: url.slice(server.origin.length),
        ...budgets.lighthouse[kind],
        ...scores[url],
      }));
      for (const s of figures.lighthouse) {
        if (s.runtimeError) failures.push(`Lighthouse ${s.path}: ${s.runtimeError}`);
        if (s.bestPerformance !== null && s.bestPerformance < s.minPerformance)
          failures.push(`Lighthouse ${s.path}: best performance of ${s.allPerformance.length} runs ${s.bestPerformance} < ${s.minPerformance}`);
        if (s.accessibility !== null && s.accessibility < s.minAccessibility)
          failures.push(`Lighthouse ${s.path}: accessibility ${s.accessibility} < ${s.minAccessibility}`);
      }
    }
  }
} finally {
  await browser?.close();
  await server.close();
}

// One table.
const rows = figures.pages.map((p) => ({
  kind: p.kind,
  page: p.url + (p.note ? ` (${p.note})` : ''),
  'JS load': kb(p.onLoad.js),
  'JS scrolled': kb(p.afterScroll.js),
  'JS budget': p.jsScrolledBudgetKB !== p.jsBudgetKB ? `${p.jsBudgetKB} / ${p.jsScrolledBudgetKB}` : (p.jsBudgetKB ?? '-'),
  'CSS load': kb(p.onLoad.css),
  'CSS scrolled': kb(p.afterScroll.css),
  'CSS budget': p.cssBudgetKB ?? '-',
  files: `${p.afterScroll.jsFiles} js, ${p.afterScroll.cssFiles} css`,
  result: p.ok ? 'ok' : 'OVER',
}));
const cols = Object.keys(rows[0] ?? {});
const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...rows.map((r) => String(r[c]).length))]));
const num = (c) => /JS|CSS/.test(c);
const line = (r) =>
  cols
    .map((c) => (num(c) ? String(r[c]).padStart(width[c]) : String(r[c]).padEnd(width[c])))
    .join('  ')
    .trimEnd();
console.log('\nVPN Lab audit (gzip KB transferred; budgets from budgets.json)');
console.log(line(Object.fromEntries(cols.map((c) => [c, c]))));
console.log(cols.map((c) => '-'.repeat(width[c])).join('  '));
for (const r of rows) console.log(line(r));
for (const s of sweep) {
  if (s.pages)
    console.log(
      `Static estimate (all ${s.pages} ${s.kind} pages): ${s.over.length} over ${scrolledBudget(s.kind)} KB${s.over.length ? `: ${s.over.slice(0, 6).join(', ')}${s.over.length > 6 ? ', …' : ''}` : ''}`,
    );
}
const pg = figures.playground;
console.log(
  `\nPlayground responds to input: tunnel button drawn after ${pg.enabledMs} ms, click changed the selection after ${pg.respondedMs ?? 'never'} ms (budget ${budgets.playgroundResponsiveMs} ms; DOMContentLoaded ${Math.round(pg.nav?.domContentLoaded ?? 0)} ms, load ${Math.round(pg.nav?.load ?? 0)} ms)`,
);
if (args.includes('--no-lighthouse')) console.log('Lighthouse: skipped (--no-lighthouse)');
else if (!figures.lighthouse)
  console.log(`Lighthouse: skipped, the package is not installed (to enable: ${LIGHTHOUSE_INSTALL})`);
else {
  for (const s of figures.lighthouse) {
    console.log(
      `Lighthouse ${s.path.padEnd(46)} performance ${s.performance ?? '-'} (median of ${(s.allPerformance ?? []).join('/')}; best ${s.bestPerformance ?? '-'}, min ${s.minPerformance}), accessibility ${s.accessibility ?? '-'} (min ${s.minAccessibility}), LCP ${Math.round(s.lcpMs ?? 0)} ms, TBT ${Math.round(s.tbtMs ?? 0)} ms (best ${Math.round(s.bestTbtMs ?? 0)} ms) (mobile, simulated throttling)`,
    );
  }
}
const jsonAt = args.indexOf('--json');
if (jsonAt >= 0 && args[jsonAt + 1]) {
  mkdirSync(dirname(args[jsonAt + 1]), { recursive: true });
  writeFileSync(args[jsonAt + 1], JSON.stringify({ budgets, failures, ...figures, staticSweep: sweep }, null, 2));
}
if (failures.length) {
  console.log(`\nBudget broken (${failures.length}):`);
  for (const f of failures) console.log(`  - ${f}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
