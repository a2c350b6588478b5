import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// Guides live in the top-level content/ folder (DESIGN.md layout), one folder per part of the
// curriculum, and are published under /guides/.
export const collections = {
  docs: defineCollection({
    loader: glob({
      base: './content',
      pattern: '**/[^_]*.{md,mdx}',
      generateId: ({ entry }) => `guides/${entry.replace(/\.mdx?$/, '').replace(/\/index$/, '')}`,
    }),
    schema: docsSchema(),
  }),
};
