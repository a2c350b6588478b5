// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'playground/cli/dist/', 'public/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused arguments named _x are deliberate (interface conformance).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // The engine is pure: no UI frameworks, no DOM, no Node APIs (ARCHITECTURE.md, PRACTICES.md #1).
    files: ['playground/engine/**/*.ts'],
    ignores: ['playground/engine/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*', 'd3', 'd3-*', 'monaco-editor', 'monaco-editor/*', '@xterm/*', 'astro', 'astro:*', 'astro/*'], message: 'The engine never imports UI code.' },
            { group: ['node:*', 'fs', 'path', 'child_process', 'os'], message: 'The engine runs in the browser too: no Node APIs.' },
            { group: ['**/ui/**', '**/site/**', '**/content/**', '**/labs/**'], message: 'The engine never imports views or content.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'No DOM in the engine.' },
        { name: 'document', message: 'No DOM in the engine.' },
        { name: 'setTimeout', message: 'Time comes from the simulation clock.' },
        { name: 'setInterval', message: 'Time comes from the simulation clock.' },
        { name: 'requestAnimationFrame', message: 'Time comes from the simulation clock.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator of the simulation.' },
        { object: 'Date', property: 'now', message: 'Use the simulation clock.' },
      ],
    },
  },
);
