// Time from navigation until the playground answers input: the first tunnel button is
// enabled, and a click on it changes the selection (its heading appears). Clicking is retried
// until it works, so a button drawn before hydration is not counted as responsive.
export async function timeToResponsive(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  const tunnel = page.getByRole('button', { name: /tunnel 2, / }).first();
  await tunnel.waitFor({ state: 'visible', timeout: 30_000 });
  const enabledMs = Date.now() - start;
  const heading = page.getByRole('heading', { name: /tunnel 2$/ }).first();
  let respondedMs = null;
  while (Date.now() - start < 30_000) {
    if (await tunnel.isEnabled()) await tunnel.click({ timeout: 1_000 }).catch(() => {});
    if (await heading.isVisible()) {
      respondedMs = Date.now() - start;
      break;
    }
    await page.waitForTimeout(25);
  }
  const nav = await page.evaluate(() => {
    const [n] = performance.getEntriesByType('navigation');
    return n ? { domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd } : null;
  });
  await context.close();
  return { enabledMs, respondedMs, nav };
}
