// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import { sidebar } from './site/sidebar.mjs';
import { fileURLToPath } from 'node:url';

const monacoDir = fileURLToPath(new URL('./node_modules/monaco-editor/', import.meta.url));

// Static site: every page is prebuilt, the engine runs in the browser, nothing is fetched from
// another origin (DESIGN.md). Starlight owns the guide chrome (sidebar, search, themes).
export default defineConfig({
  srcDir: './site',
  publicDir: './public',
  site: 'https://vpnlab.example',
  trailingSlash: 'ignore',
  integrations: [
    starlight({
      title: 'VPN Lab',
      description:
        'Learn AWS Site-to-Site VPN by breaking it: live diagrams, a sandbox and labs running a deterministic simulation in your browser.',
      logo: { src: './site/assets/logo.svg', alt: 'VPN Lab' },
      favicon: '/favicon.svg',
      sidebar,
      components: { Search: './site/components/Search.astro' },
      customCss: ['./site/styles/theme.css'],
      lastUpdated: false,
      // Wide guide tables and code blocks scroll sideways; a scrolling region must take keyboard
      // focus (axe scrollable-region-focusable). Astro 7's Markdown processor runs no rehype
      // plugins, so a one-line inline script does it.
      head: [
        // Offline after the first visit (public/sw.js: network first, cache as the fallback).
        {
          tag: 'script',
          content: "if('serviceWorker' in navigator)addEventListener('load',()=>navigator.serviceWorker.register('/sw.js').catch(()=>{}))",
        },
        {
          tag: 'script',
          content:
            "addEventListener('DOMContentLoaded',()=>document.querySelectorAll('.sl-markdown-content table:not([tabindex]), .expressive-code pre:not([tabindex])').forEach((t)=>t.setAttribute('tabindex','0')))",
        },
      ],
      pagination: true,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    }),
    svelte(),
    mdx(),
  ],
  vite: {
    resolve: {
      alias: [
        // monaco-yaml's worker imports monaco's worker by its pre-0.50 path, which the package's
        // exports map no longer allows; and Monaco's prebuilt CSS sits under min/, hidden too.
        { find: /^monaco-editor\/esm\/(.*)$/, replacement: `${monacoDir}esm/$1` },
        { find: /^monaco-editor-css(\?.*)?$/, replacement: `${monacoDir}min/vs/editor/editor.main.css$1` },
      ],
    },
  },
});
