import { test, expect } from './fixtures';

const GUIDE = '/guides/foundations/what-is-site-to-site-vpn/';

test('clicking a tunnel takes it down and traffic moves to the other tunnel', async ({ page }) => {
  await page.goto(GUIDE);
  const tunnel1 = page.getByRole('button', { name: /^Tunnel 1, UP/ });
  await tunnel1.scrollIntoViewIfNeeded();
  await expect(tunnel1.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr'); // hydrated
  await expect(page.getByRole('status').filter({ hasText: 'over tunnel 1' })).toBeVisible();
  await tunnel1.click();
  await expect(page.getByRole('button', { name: /^Tunnel 1, DOWN/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'AWS sends traffic over tunnel 2' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: 'Tunnel 2' })).toContainText('yes');
  await expect(rows.filter({ hasText: 'Tunnel 1' })).toContainText('DOWN');
});

test('the diagram works by keyboard: Tab to a tunnel, Enter takes it down, Enter restores it', async ({ page }) => {
  await page.goto(GUIDE);
  const tunnel2 = page.getByRole('button', { name: /^Tunnel 2, UP/ });
  await tunnel2.scrollIntoViewIfNeeded();
  await expect(tunnel2.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr'); // hydrated
  // Reach tunnel 2 by keyboard from tunnel 1.
  await page.getByRole('button', { name: /^Tunnel 1, UP/ }).focus();
  await page.keyboard.press('Tab');
  await expect(tunnel2).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Tunnel 2, DOWN/ })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Both tunnels are down' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: 'AWS sends traffic over tunnel 1' })).toBeVisible();
});
