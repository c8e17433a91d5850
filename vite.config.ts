import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './scripts/precompress.js';
import { welcomeFonts } from './scripts/welcome-fonts.js';

/**
 * The version a kiosk reports in its heartbeat: package.json's version and the commit built
 * (`0.1.0+1a2b3c4`), or the build date where there is no git (`0.1.0+20261207`).
 */
function appVersion(): string {
  const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  let build: string;
  try {
    build = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    build = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  }
  return `${version}+${build}`;
}

/**
 * vite-plugin-pwa links the kiosk's web-app manifest into every page it builds. The console is no
 * kiosk: installed from that link it would open as the kiosk, with the kiosk's name and icon. Its
 * page loses the link (after the plugin has added it, so this runs last among the HTML steps).
 */
function consoleWithoutManifest(): Plugin {
  return {
    name: 'servicepunkt:console-without-manifest',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) =>
        context.path.startsWith('/staff/') ? html.replace(/<link rel="manifest"[^>]*>/g, '') : html,
    },
  };
}

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(appVersion()) },
  plugins: [
    preact(),
    welcomeFonts(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        id: '/',
        name: 'Servicepunkt',
        short_name: 'Servicepunkt',
        description: 'Guider och hjälp med e-tjänster på biblioteket',
        lang: 'sv',
        start_url: '/',
        scope: '/',
        display: 'fullscreen',
        display_override: ['fullscreen', 'standalone'],
        orientation: 'any',
        background_color: '#ffffff',
        theme_color: '#0b4f6c',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // The kiosk's app shell only (with its Arabic and Ethiopic fonts, so they render offline):
        // the console and media stay out of the precache.
        globPatterns: ['**/*.{js,css,html,woff2}'],
        globIgnores: ['staff/**', 'assets/staff-*'],
        rollupFormat: 'iife',
      },
      devOptions: { enabled: false },
    }),
    consoleWithoutManifest(),
    // Last, so the service worker vite-plugin-pwa writes is compressed too.
    precompress(),
  ],
  build: {
    outDir: 'dist/public',
    emptyOutDir: true,
    rollupOptions: {
      input: { kiosk: 'index.html', staff: 'staff/index.html' },
      output: {
        // Name each language's strings after the language, so a build listing shows what is what.
        chunkFileNames: (chunk) => {
          const locale = chunk.facadeModuleId?.match(/locales\/([^/]+)\/([^/]+)\.json$/);
          return locale ? `assets/locale-${locale[1]}-${locale[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080', '/media': 'http://127.0.0.1:8080' },
  },
});
