/**
 * Renders public/icons/icon.svg to the PNG sizes the web app manifest lists, with the same
 * Chromium the tests use. Run after changing the SVG: `node --import tsx scripts/make-icons.ts`.
 * The icon keeps its drawing inside the central 80 %, so it also serves as the maskable icon.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../test/helpers/chromium.js';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();
for (const [name, size] of [
  ['icon-192.png', 192],
  ['icon-512.png', 512],
  ['icon-maskable-512.png', 512],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: false });
}
await browser.close();
