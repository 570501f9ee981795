/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { chunkGroups } from './src/build/chunk-groups.ts';
import { screenPreload } from './src/build/screen-preload.ts';

const EXCALIDRAW_FONTS = 'node_modules/@excalidraw/excalidraw/dist/prod/fonts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Serves Excalidraw's fonts from this origin (/excalidraw-assets/fonts/…) instead of its CDN:
 * the canvas works offline, and the Content-Security-Policy needs no other host. Emitted as
 * build assets, so the service worker precaches them like any other file.
 */
function excalidrawAssets(): Plugin {
  return {
    name: 'archkit-excalidraw-assets',
    generateBundle() {
      for (const file of filesUnder(EXCALIDRAW_FONTS)) {
        this.emitFile({
          type: 'asset',
          fileName: `excalidraw-assets/fonts/${relative(EXCALIDRAW_FONTS, file).split('\\').join('/')}`,
          source: readFileSync(file),
        });
      }
    },
    // Excalidraw falls back to its CDN for any font it cannot find here; point that fallback
    // at this origin too, so no request (and no CSP violation) ever names another host.
    transform(code, id) {
      if (!id.includes('@excalidraw/excalidraw') || !code.includes('`https://esm.sh/${'))
        return null;
      return code.replace(
        '`https://esm.sh/${',
        '`${window.location.origin}/excalidraw-assets/fallback/${',
      );
    },
    configureServer(server) {
      server.middlewares.use('/excalidraw-assets/fonts', (request, response, next) => {
        const path = join(
          EXCALIDRAW_FONTS,
          decodeURIComponent((request.url ?? '').split('?')[0] ?? ''),
        );
        if (!path.startsWith(EXCALIDRAW_FONTS)) return next();
        try {
          response.setHeader('Content-Type', 'font/woff2');
          response.end(readFileSync(path));
        } catch {
          next();
        }
      });
    },
  };
}

const chunks = chunkGroups();

export default defineConfig({
  plugins: [
    chunks.plugin,
    screenPreload(),
    react(),
    excalidrawAssets(),
    // Offline after the first visit: every built file is precached, the lazy screens and the
    // rubric pack included. A new version waits for the user's "Reload" (registerType
    // 'prompt', no skipWaiting), so it is never swapped in mid-interview. Registration is
    // imported from code (src/app/service-worker-registration.ts): no inline script, so the
    // Content-Security-Policy in index.html holds.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Archkit — the AI-architect interview kit',
        short_name: 'Archkit',
        description:
          'Score AI-architect interviews and tell a real AI systems architect from a senior engineer with the wrong title. Your data stays in this browser.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f3a5f',
        background_color: '#ffffff',
        icons: [
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,json,wasm,woff,woff2,txt,webmanifest}'],
        // Drawing and document-reading libraries make big chunks; offline needs them all.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        // The CJK font (Xiaolai, most of the 14 MB of fonts) is fetched only when such text is
        // drawn, then kept by the runtime cache below.
        globIgnores: ['**/excalidraw-assets/fonts/Xiaolai/**'],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/excalidraw-assets/'),
            handler: 'CacheFirst',
            options: { cacheName: 'excalidraw-fonts' },
          },
        ],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // Only the first install takes control at once (there is no older version to disturb).
        clientsClaim: true,
        skipWaiting: false,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: { output: { codeSplitting: chunks.codeSplitting } },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          // A test types and clicks like a user: dozens of events, each re-rendering a form.
          testTimeout: 30_000,
          setupFiles: ['test/setup.ts'],
          include: ['test/component/**/*.test.tsx'],
        },
      },
    ],
  },
});
