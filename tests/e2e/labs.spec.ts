import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

async function openLab(page: Page, slug: string) {
  await page.goto(`/labs/${slug}/`);
  // Hydrated once the checks have been evaluated against the lab's engine.
  await expect(page.getByRole('list', { name: 'Checks for task 1' }).getByRole('listitem').first()).toBeVisible({ timeout: 15_000 });
}


test('labs index lists the labs, filters them and shows progress', async ({ page }) => {
  await page.goto('/labs/');
  await expect(page.getByText(/0 of \d+ labs complete/)).toBeVisible();
  // The filters work once the island has hydrated (Astro drops `ssr` then).
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const all = await page.getByRole('link').filter({ has: page.locator('strong') }).count();
  expect(all).toBeGreaterThanOrEqual(15);
  await page.getByRole('combobox', { name: 'Difficulty' }).selectOption('3');
  await expect.poll(() => page.locator('ul.labs > li').count()).toBeLessThan(all);
  const hard = await page.locator('ul.labs > li').count();
  expect(hard).toBeGreaterThan(0);
  await expect(page.getByText(`${hard} lab`)).toBeVisible();
});

test('break-fix family: the PSK mismatch lab starts failing, the solution fixes it, the diagnosis completes it', async ({ page }) => {
  await openLab(page, 'fix-psk-mismatch');
  const checks = page.getByRole('list', { name: 'Checks for task 1' });
  await expect(checks.getByRole('listitem').filter({ hasText: '✗' }).first()).toBeVisible();
  const taskCount = await page.locator('ol.tasks > li').count();
  for (let i = 0; i < taskCount; i++) {
    const task = page.locator('ol.tasks > li').nth(i);
    await task.getByRole('button', { name: 'Solution' }).click();
    await task.getByRole('button', { name: 'Apply the solution in the sandbox' }).click();
    await expect(task.getByText('✓ done')).toBeVisible({ timeout: 10_000 });
  }
  const diagnosis = page.locator('form.diagnosis');
  await diagnosis.getByRole('radio', { name: 'ike', exact: true }).check();
  await diagnosis.locator('fieldset').nth(1).getByRole('radio').first().check();
  await diagnosis.getByRole('button', { name: 'Check my diagnosis' }).click();
  await expect(diagnosis.getByRole('status')).toBeVisible();
  // Progress and the sandbox itself survive a reload.
  await page.reload();
  await expect(page.locator('ol.tasks > li').first().getByText('✓ done')).toBeVisible();
  await expect(page.getByText('Restored your sandbox for this lab.')).toBeVisible();
});

for (const slug of ['hardening-tunnel-options', 'monitoring-tunnelstate-alarm', 'both-tunnels-failover']) {
  test(`lab family run through the UI: ${slug}`, async ({ page }) => {
    await openLab(page, slug);
    const tasks = page.locator('ol.tasks > li');
    const n = await tasks.count();
    for (let i = 0; i < n; i++) {
      const task = tasks.nth(i);
      await task.getByRole('button', { name: 'Solution' }).click();
      await task.getByRole('button', { name: 'Apply the solution in the sandbox' }).click();
      await expect(task.getByText('✓ done')).toBeVisible({ timeout: 10_000 });
    }
    await expect(page.getByText(/Lab complete|tasks done/)).toBeVisible();
  });
}

test('exam practice: answer a set, get a score and review the mistakes', async ({ page }) => {
  await page.goto('/labs/practice/');
  const questions = page.locator('fieldset.question');
  await expect(questions).toHaveCount(10);
  await questions.first().locator('input').first().check();
  await page.getByRole('button', { name: 'Score this set' }).click();
  await expect(page.getByRole('heading', { name: /Score: \d+ \/ 10/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review your mistakes' })).toBeVisible();
  await expect(page.locator('article.review').first().getByRole('link', { name: 'Read the guide page' })).toBeVisible();
});

test('lab terminal: applying the generated configuration to the device fixes the PSK mismatch (R81, R392)', async ({ page }) => {
  test.setTimeout(90_000);
  await openLab(page, 'fix-psk-mismatch');
  const task1 = page.locator('ol.tasks > li').first();
  await page.getByRole('tab', { name: 'Terminal' }).click();
  await expect(page.locator('.xterm-rows')).toContainText('Type "help" to start');
  await page.locator('.xterm').click();
  await page.keyboard.type('vpnlab config apply generic --connection vpn-04d5cc9b88example');
  await page.keyboard.press('Enter');
  await page.keyboard.type('devices');
  await page.keyboard.press('Enter');
  await expect(page.locator('.xterm-rows')).toContainText('cgw-0e11f167e1f1a8d2c');
  await page.getByRole('button', { name: '+1 min' }).click();
  await expect(task1.getByText('✓ done')).toBeVisible({ timeout: 10_000 });
});
