import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** Focus and press Enter: the flow runs by keyboard wherever the control allows it. */
async function activate(page: Page, target: Locator) {
  await target.focus();
  await page.keyboard.press('Enter');
}

test('build by keyboard: add a customer gateway and a static VPN connection to the VGW, delete it, undo (R341, R21, R344, R370)', async ({ page }) => {
  await page.goto('/playground/?preset=single-vgw');
  await expect(page.getByRole('button', { name: /tunnel 1, / }).first()).toBeVisible();
  const inspector = page.getByRole('complementary', { name: 'Selection and actions' });
  const notice = page.locator('.notice');

  // Add a customer gateway (ASN defaults to 65000, R32).
  await activate(page, inspector.locator('summary', { hasText: 'Add customer gateway' }));
  const cgwForm = page.getByRole('form', { name: 'Add customer gateway' });
  await expect(cgwForm.getByLabel('BGP ASN')).toHaveValue('65000');
  await cgwForm.getByLabel('IP address').fill('198.51.100.77');
  await cgwForm.getByLabel('Device name (optional)').fill('lab-router');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'lab-router' })).toBeFocused();
  await expect(notice).toContainText(/Created customer gateway cgw-[0-9a-f]{17} \(lab-router\)/);
  await expect(page.getByRole('button', { name: /lab-router 198\.51\.100\.77 · ASN 65000/ })).toBeVisible();

  // Back to the Build panel, add a static VPN connection from it to the VGW.
  await activate(page, inspector.getByRole('button', { name: 'Clear selection (show Build)' }));
  await activate(page, inspector.locator('summary', { hasText: 'Add VPN connection' }));
  const vpnForm = page.getByRole('form', { name: 'Add VPN connection' });
  await expect(vpnForm.getByLabel('Customer gateway')).toHaveValue(/^cgw-/);
  await expect(vpnForm.getByLabel('Customer gateway').locator('option:checked')).toHaveText(/lab-router/);
  await expect(vpnForm.getByLabel('Target gateway')).toHaveValue('vgw-1a2b3c4d');
  await expect(vpnForm.getByRole('radio', { name: 'Static' })).toBeChecked();
  await vpnForm.getByLabel('Static routes (site CIDR blocks)').fill('172.16.0.0/16');
  await activate(page, vpnForm.getByRole('button', { name: 'Create VPN connection' }));
  await expect(notice).toContainText(/Created VPN connection vpn-[0-9a-f]{17}/);
  const vpnId = /Created VPN connection (vpn-[0-9a-f]{17})/.exec((await notice.textContent()) ?? '')?.[1] ?? '';
  expect(vpnId).not.toBe('');
  await expect(page.getByRole('heading', { name: `${vpnId} · tunnel 1` })).toBeFocused();

  // R21: the new connection is pending for a few minutes; an hour later both tunnels are UP.
  await activate(page, page.getByRole('button', { name: '+1 h' }));
  const tunnel1 = page.getByRole('button', { name: new RegExp(`${vpnId} tunnel 1, `) });
  const tunnel2 = page.getByRole('button', { name: new RegExp(`${vpnId} tunnel 2, `) });
  await expect(tunnel1).toHaveAccessibleName(/, UP,/);
  await expect(tunnel2).toHaveAccessibleName(/, UP,/);

  // Delete it (tunnel 1 is still selected); the console asks to type "delete" (R370).
  await activate(page, inspector.getByRole('button', { name: 'Delete VPN connection…' }));
  await expect(page.getByLabel('Type delete to confirm')).toBeFocused();
  await page.keyboard.type('delete');
  await page.keyboard.press('Enter');
  await expect(notice).toContainText(`Deleting VPN connection ${vpnId}`);
  // R367: deleting, then deleted; the canvas drops it once it is deleted.
  await activate(page, page.getByRole('button', { name: '+1 min' }));
  await expect(tunnel1).toHaveCount(0);
  await expect(tunnel2).toHaveCount(0);

  // Undo replays the timeline without the delete: the connection is back, UP.
  await activate(page, page.getByRole('button', { name: 'Undo' }));
  await expect(tunnel1).toHaveAccessibleName(/, UP,/);
  await expect(tunnel2).toBeVisible();
});

test('a refused delete shows the engine message (R368) and changes nothing', async ({ page }) => {
  await page.goto('/playground/?preset=single-vgw');
  await activate(page, page.getByRole('button', { name: /\(cgw-0e11f167e1f1a8d2c\)/ }));
  const inspector = page.getByRole('complementary', { name: 'Selection and actions' });
  await activate(page, inspector.getByRole('button', { name: 'Delete customer gateway…' }));
  await page.keyboard.type('delete');
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('alert')).toContainText('is used by vpn-04d5cc9b88example; delete the VPN connection first (R368)');
  await expect(page.getByRole('button', { name: /\(cgw-0e11f167e1f1a8d2c\)/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('build a transit gateway, attach the VPC to it, and see a delete refused until it is detached (R11, R40, R207)', async ({ page }) => {
  await page.goto('/playground/?preset=single-vgw');
  await expect(page.getByRole('button', { name: /tunnel 1, / }).first()).toBeVisible();
  const inspector = page.getByRole('complementary', { name: 'Selection and actions' });
  const notice = page.locator('.notice');

  await activate(page, inspector.locator('summary', { hasText: 'Add transit gateway' }));
  const tgwForm = page.getByRole('form', { name: 'Add transit gateway' });
  await expect(tgwForm.getByLabel('Amazon-side ASN')).toHaveValue('64512');
  await tgwForm.getByLabel('Amazon-side ASN').fill('65535');
  await activate(page, tgwForm.getByRole('button', { name: 'Create transit gateway' }));
  await expect(tgwForm.getByLabel('Amazon-side ASN')).toBeFocused();
  await expect(tgwForm.getByText(/64512–65534 or 4200000000–4294967294/).first()).toBeVisible();
  await tgwForm.getByLabel('Amazon-side ASN').fill('64600');
  await activate(page, tgwForm.getByRole('button', { name: 'Create transit gateway' }));
  await expect(notice).toContainText(/Created transit gateway tgw-[0-9a-f]{17}/);
  const tgwId = /Created transit gateway (tgw-[0-9a-f]{17})/.exec((await notice.textContent()) ?? '')?.[1] ?? '';
  const node = page.getByRole('button', { name: new RegExp(`Transit gateway.*${tgwId}`) });
  await expect(node).toHaveAccessibleName(/ASN 64600 · no VPC attached/);

  await activate(page, inspector.getByRole('button', { name: 'Clear selection (show Build)' }));
  await activate(page, inspector.locator('summary', { hasText: 'Attach or detach a VPC on a transit gateway' }));
  const attachForm = page.getByRole('form', { name: 'Attach or detach a VPC on a transit gateway' });
  await expect(attachForm.getByLabel('Transit gateway')).toHaveValue(tgwId);
  await activate(page, attachForm.getByRole('button', { name: 'Attach VPC' }));
  await expect(notice).toContainText(`to ${tgwId}; the transit gateway is selected`);
  await expect(node).not.toHaveAccessibleName(/no VPC attached/);

  // Selected: deleting it is refused while the VPC attachment exists.
  await activate(page, inspector.getByRole('button', { name: 'Delete transit gateway…' }));
  await page.keyboard.type('delete');
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('alert')).toContainText('still has attachment tgw-attach-');
  await activate(page, inspector.getByRole('button', { name: /^Detach vpc-/ }));
  await activate(page, inspector.getByRole('button', { name: new RegExp(`^Detach vpc-[0-9a-f]+ from ${tgwId}$`) }));
  await expect(notice).toContainText(`from ${tgwId}`);
  await expect(node).toHaveAccessibleName(/no VPC attached/);
  await activate(page, node);
  await activate(page, inspector.getByRole('button', { name: 'Delete transit gateway…' }));
  await page.keyboard.type('delete');
  await page.keyboard.press('Enter');
  await expect(notice).toContainText(`Deleted transit gateway ${tgwId}`);
  await expect(node).toHaveCount(0);
});
