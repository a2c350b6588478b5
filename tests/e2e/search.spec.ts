import { test, expect } from './fixtures';

/**
 * Site search (Pagefind, built with the site): opened by the button or Ctrl+K, it finds guide
 * pages by their words, and a result leads to the page. It needs no other origin (fixtures.ts
 * fails on any foreign request).
 */
test('search finds the dead peer detection guide and opens it (keyboard: Ctrl+K)', async ({ page }) => {
  await page.goto('/guides/foundations/what-is-site-to-site-vpn/');
  // Starlight enables the button once its script runs; the shortcut works from then on.
  await expect(page.getByRole('button', { name: /^Search/ })).toBeEnabled();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('textbox', { name: 'Search' });
  await expect(box).toBeFocused();
  await box.fill('dead peer detection');
  const result = dialog.getByRole('link', { name: /Tunnel initiation and dead peer detection/ }).first();
  await expect(result).toBeVisible({ timeout: 15_000 });
  await result.click();
  await expect(page).toHaveURL(/\/guides\/tunnels\/initiation-and-dpd\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/dead peer detection/i);
});

test('search says so when nothing matches', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill('qwxzkvj');
  await expect(dialog.getByText(/No results for/)).toBeVisible({ timeout: 15_000 });
});

test('a search made online works again offline, after a reload (the service worker keeps the index)', async ({ page, context }) => {
  const GUIDE = '/guides/foundations/what-is-site-to-site-vpn/';
  await page.goto(GUIDE);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload(); // now under the worker's control, so what the search fetches is kept
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const search = async () => {
    await expect(page.getByRole('button', { name: /^Search/ })).toBeEnabled();
    await page.getByRole('button', { name: /^Search/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('textbox', { name: 'Search' }).fill('dead peer detection');
    await expect(dialog.getByRole('link', { name: /Tunnel initiation and dead peer detection/ }).first()).toBeVisible({ timeout: 15_000 });
  };
  await search();
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await page.reload();
  await search();
  await context.setOffline(false);
});
