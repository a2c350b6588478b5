import { test, expect } from './fixtures';

test('home page says what the lab is and leads to the first guide', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn AWS Site-to-Site VPN by breaking it');
  await page.getByRole('link', { name: 'Start with the basics' }).click();
  await expect(page).toHaveURL(/\/guides\/foundations\/what-is-site-to-site-vpn\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is Site-to-Site VPN');
});

test('the guide sidebar lists the first guide and marks it current', async ({ page }) => {
  await page.goto('/guides/foundations/what-is-site-to-site-vpn/');
  const current = page.locator('nav[aria-label="Main"] a[aria-current="page"]');
  await expect(current).toHaveText('What is Site-to-Site VPN');
});

test('dark and light themes can be chosen and stick across pages', async ({ page }) => {
  await page.goto('/');
  const select = page.getByRole('combobox', { name: 'Select theme' }).first();
  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/guides/foundations/what-is-site-to-site-vpn/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
