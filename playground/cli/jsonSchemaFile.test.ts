import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from './cliCommands';

describe('public/schema/scenario.schema.json', () => {
  it('is up to date with the zod schema (regenerate: npm run build:cli or vpnlab schema --out)', () => {
    const file = fileURLToPath(new URL('../../public/schema/scenario.schema.json', import.meta.url));
    expect(readFileSync(file, 'utf8')).toBe(scenarioJsonSchemaText());
  });
});
