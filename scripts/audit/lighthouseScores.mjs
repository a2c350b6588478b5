// Lighthouse performance and accessibility scores (0-100), default mobile settings with
// simulated throttling, in the same Chromium. Lighthouse is optional: without the package the
// audit prints how to add it and goes on. LIGHTHOUSE_MODULE may point at an install elsewhere.
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';

export const LIGHTHOUSE_INSTALL = 'npm install --save-dev lighthouse@12.2.3';

export async function loadLighthouse() {
  const where = process.env.LIGHTHOUSE_MODULE;
  try {
    const mod = await import(where ? pathToFileURL(where).href : 'lighthouse');
    return mod.default ?? mod;
  } catch {
    return null;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Runs Lighthouse on each URL in turn (never in parallel: scores need a quiet CPU), `runs` times,
 * and keeps the run with the median performance score (Lighthouse's guidance for reporting), plus
 * the best score: on this shared 2-core machine another process only ever slows a run down, so the
 * best of five is the page's own cost and the figure a budget can hold without failing on noise
 * (one build measured 66-81 across five runs), while a real regression lowers every run.
 */
export async function lighthouseScores(lighthouse, chromium, launchOptions, urls, runs = 5) {
  const port = await freePort();
  const browser = await chromium.launch({
    ...launchOptions,
    args: [...launchOptions.args, `--remote-debugging-port=${port}`],
  });
  const out = {};
  try {
    for (const url of urls) {
      const results = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        });
        const c = result?.lhr?.categories ?? {};
        const a = result?.lhr?.audits ?? {};
        results.push({
          performance: c.performance?.score == null ? null : Math.round(c.performance.score * 100),
          accessibility: c.accessibility?.score == null ? null : Math.round(c.accessibility.score * 100),
          lcpMs: a['largest-contentful-paint']?.numericValue ?? null,
          tbtMs: a['total-blocking-time']?.numericValue ?? null,
          runtimeError: result?.lhr?.runtimeError?.message ?? null,
        });
      }
      results.sort((x, y) => (x.performance ?? -1) - (y.performance ?? -1));
      out[url] = {
        ...results[Math.floor(results.length / 2)],
        allPerformance: results.map((r) => r.performance),
        bestPerformance: results.at(-1)?.performance ?? null,
        bestTbtMs: Math.min(...results.map((r) => r.tbtMs ?? Infinity)),
      };
    }
  } finally {
    await browser.close();
  }
  return out;
}
