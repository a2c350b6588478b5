import { existsSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * Offline and private (DESIGN.md: "works offline once loaded, makes no request to any other
 * origin"). fixtures.ts already fails a test on any foreign request or console error; here
 * every page kind is loaded, the network is cut, and the page must keep working: the engine
 * runs in the browser, so failing a tunnel and advancing time need no server.
 * A service worker (public/sw.js) keeps every page visited online, so navigating back to one
 * offline works, and an unvisited page says plainly that it is not saved.
 */

const GUIDE = '/guides/foundations/what-is-site-to-site-vpn/';

/**
 * Scroll through the page in steps so every client:visible island hydrates while the network is
 * still up (Astro removes an island's `ssr` attribute once hydrated), then back to the top.
 */
async function loadFully(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(async () => {
    for (let y = 0; y <= document.body.scrollHeight; y += Math.max(200, innerHeight / 2)) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await page.waitForLoadState('networkidle');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.evaluate(() => scrollTo(0, 0));
}

test('home: works offline once loaded (theme switch)', async ({ page, context }) => {
  await loadFully(page, '/');
  await context.setOffline(true);
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('guide page: the live diagram keeps running offline', async ({ page, context }) => {
  await loadFully(page, GUIDE);
  const tunnel1 = page.getByRole('button', { name: /^Tunnel 1, UP/ });
  await tunnel1.scrollIntoViewIfNeeded();
  await expect(page.getByRole('status').filter({ hasText: 'over tunnel 1' })).toBeVisible();
  await context.setOffline(true);
  await tunnel1.click();
  await expect(page.getByRole('button', { name: /^Tunnel 1, DOWN/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'AWS sends traffic over tunnel 2' })).toBeVisible();
});

test('playground: fail a tunnel and advance time offline', async ({ page, context }) => {
  await loadFully(page, '/playground/?preset=single-vgw');
  await expect(page.getByRole('button', { name: /tunnel 1, .*UP/ })).toBeVisible();
  await context.setOffline(true);
  await page.getByRole('button', { name: /tunnel 1, / }).click();
  await page.getByRole('button', { name: 'Fail outside path' }).click();
  await page.getByRole('button', { name: '+1 min' }).click();
  await expect(page.getByRole('button', { name: /tunnel 1, .*DOWN/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /tunnel 2, .*UP.*carries AWS to site traffic/ })).toBeVisible();
  // Panels already in the page bundle switch offline too.
  await page.getByRole('tab', { name: 'Table view' }).click();
  await expect(page.getByRole('table', { name: /Tunnels and security associations/ })).toContainText('DOWN');
});

test('embed: fail a tunnel and advance time offline', async ({ page, context }) => {
  test.skip(!existsSync('dist/embed/index.html'), 'no /embed/ page in this build');
  await loadFully(page, '/embed/?preset=single-vgw');
  await expect(page.getByRole('button', { name: /tunnel 1, .*UP/ })).toBeVisible();
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Fail tunnel 1' }).click();
  await page.getByRole('button', { name: '+1 min' }).click();
  await expect(page.getByRole('button', { name: /tunnel 1, .*DOWN/ })).toBeVisible();
});

test('embed: an export never fetched before says it needs the network, and the diagram keeps running', async ({ page, context }) => {
  test.skip(!existsSync('dist/embed/index.html'), 'no /embed/ page in this build');
  // The exporters load on first use; offline that fetch fails, and the page says why.
  test.info().annotations.push({ type: 'expected-console-error', description: '^Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)' });
  await loadFully(page, '/embed/?preset=single-vgw');
  await context.setOffline(true);
  await page.getByRole('button', { name: 'PNG' }).click();
  await expect(page.getByRole('group', { name: 'Export the diagram' }).getByRole('status')).toContainText('Reconnect and try again');
  await page.getByRole('button', { name: 'Fail tunnel 1' }).click();
  await page.getByRole('button', { name: '+1 min' }).click();
  await expect(page.getByRole('button', { name: /tunnel 1, .*DOWN/ })).toBeVisible();
  await context.setOffline(false);
});

test('offline navigation: a visited guide reloads from the service worker; an unvisited page says it is not saved', async ({ page, context }) => {
  // Offline, files never fetched before (the unvisited page's favicon, lazy chunks) fail to load.
  test.info().annotations.push({ type: 'expected-console-error', description: '^Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)' });
  await page.goto(GUIDE);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Loaded again under the worker's control, so the page and its files are kept.
  await loadFully(page, GUIDE);
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);
  const again = await page.goto(GUIDE);
  expect(again?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Site-to-Site VPN/);
  await page.goto('/guides/reference/quotas-and-pricing/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await context.setOffline(false);
});
