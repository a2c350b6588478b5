import { chromium } from '@playwright/test';
import { lighthouseScores, loadLighthouse } from './scripts/audit/lighthouseScores.mjs';
const lh = await loadLighthouse();
const r = await lighthouseScores(lh, chromium, { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] }, ['http://localhost:4400/playground/'], 3);
console.log(JSON.stringify(r));
