import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/**
 * The playground's core flow by keyboard alone, moving focus only with Tab / Shift+Tab (no
 * element.focus()): select a tunnel, fail its outside path, advance time, hear the change in
 * the polite live region, restore it. Proves R6 (two tunnels, traffic moves to the survivor)
 * is reachable without a mouse and announced to screen readers.
 */

/** Presses Tab (or Shift+Tab) until `target` has focus, like a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 250): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${String(target)} not reached with ${max} × ${key}`);
}

test('keyboard only: Tab to tunnel 1, Enter, fail its outside path, advance time, hear it go DOWN, restore it (R6)', async ({
  page,
}) => {
  await page.goto('/playground/?preset=single-vgw');
  // Hydration: the canvas draws its tunnel buttons once the island runs.
  const tunnel1 = page.getByRole('button', { name: /tunnel 1, .*UP/ });
  await expect(tunnel1).toBeVisible();
  const live = page.locator('p.sr-only[aria-live="polite"]');
  await expect(live).toHaveCount(1);
  test.setTimeout(150_000); // ~75 key presses, each two round trips to the browser; slow on a loaded 2-core runner

  // Like a keyboard user: the first Tab reaches "Skip to content", Enter jumps past the site navigation.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, tunnel1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /tunnel 1$/ })).toBeVisible();

  const fail = page.getByRole('button', { name: 'Fail outside path' });
  await tabTo(page, fail);
  await page.keyboard.press('Enter');

  // Time controls sit before the canvas: go back to "+1 min" with Shift+Tab.
  const plusMinute = page.getByRole('button', { name: '+1 min' });
  await tabTo(page, plusMinute, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(live).toContainText(/tunnel 1: UP → DOWN/);
  await expect(page.getByRole('button', { name: /tunnel 1, .*DOWN/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /tunnel 2, .*UP.*carries AWS to site traffic/ })).toBeVisible();

  const restore = page.getByRole('button', { name: 'Restore outside path' });
  await tabTo(page, restore);
  await page.keyboard.press('Enter');
  await tabTo(page, plusMinute, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(live).toContainText(/tunnel 1: DOWN → UP/);
  await expect(page.getByRole('button', { name: /tunnel 1, .*UP/ })).toBeVisible();
});

test('keyboard only: the k shortcut plays and pauses simulated time', async ({ page }) => {
  await page.goto('/playground/?preset=single-vgw');
  await expect(page.getByRole('button', { name: /tunnel 1, / })).toBeVisible();
  const clock = page.locator('output.clock');
  const before = await clock.innerText();
  await page.keyboard.press('k');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(clock).not.toHaveText(before);
  await page.keyboard.press('k');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});
