// JS and CSS bytes a page transfers (gzip, as encoded on the wire: CDP encodedDataLength), on
// load and again after scrolling to the bottom (client:visible islands hydrate then). Dynamic
// imports that wait for a click (Monaco) are not triggered, so they are not counted.
export async function measureTransfer(browser, url) {
  // No service worker: once it controls the page it fetches lazy chunks itself, and those bytes
  // never show on the page's network log (a first visit is what the budgets bound).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const kinds = new Map();
  const totals = { js: 0, css: 0, jsFiles: 0, cssFiles: 0 };
  const counted = new Set();
  cdp.on('Network.responseReceived', (e) => {
    const mime = e.response.mimeType ?? '';
    const kind =
      e.type === 'Script' || /javascript/.test(mime)
        ? 'js'
        : e.type === 'Stylesheet' || mime === 'text/css'
          ? 'css'
          : null;
    if (kind) kinds.set(e.requestId, kind);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const kind = kinds.get(e.requestId);
    if (!kind || counted.has(e.requestId)) return;
    counted.add(e.requestId);
    totals[kind] += e.encodedDataLength;
    totals[`${kind}Files`] += 1;
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  const onLoad = { ...totals };
  // Scroll in steps so every IntersectionObserver fires, then let lazy chunks arrive.
  await page.evaluate(async () => {
    for (let y = 0; y <= document.body.scrollHeight; y += Math.max(200, innerHeight / 2)) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 60));
    }
    scrollTo(0, document.body.scrollHeight);
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const afterScroll = { ...totals };
  await context.close();
  return { onLoad, afterScroll, errors };
}
