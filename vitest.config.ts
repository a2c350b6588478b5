/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests sit beside the code (x.ts + x.test.ts); Playwright specs in tests/e2e are not collected.
export default getViteConfig({
  test: {
    // CI also writes a JSON report so .ci/run can print one closing count for unit + e2e.
    reporters: process.env['CI'] ? ['default', ['json', { outputFile: 'reports/unit.json' }]] : ['default'],
    include: ['playground/**/*.test.ts', 'site/**/*.test.ts', 'labs/**/*.test.ts', 'content/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
  },
});
