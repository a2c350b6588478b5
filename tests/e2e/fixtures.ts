import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test runs with a guard: any request to another origin, and any console error,
 * fails the test (the site must work offline and make no third-party request).
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use, testInfo) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const foreign: string[] = [];
      const consoleErrors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      await use(foreign);
      expect(foreign, 'requests to another origin').toEqual([]);
      // A test that cuts the network may declare the load failures it expects.
      const expected = testInfo.annotations.filter((a) => a.type === 'expected-console-error').map((a) => new RegExp(a.description ?? '^$'));
      expect(consoleErrors.filter((m) => !expected.some((r) => r.test(m))), 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
