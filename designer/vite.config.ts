import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// nhsuk-frontend's compiled CSS loads the Frutiger font from assets.nhs.uk. The server's Content-Security-Policy
// allows fonts from itself only (and the font is licensed for nhs.uk), so those @font-face rules are dropped and
// the NHS.UK styles fall back to the Arial they already name.
function withoutRemoteFonts(): Plugin {
  return {
    name: 'pcnflow-without-remote-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('nhsuk-frontend') || !id.endsWith('.css')) return null;
      return code.replace(/@font-face\s*\{[^}]*assets\.nhs\.uk[^}]*\}/g, '');
    },
  };
}

export default defineConfig({
  plugins: [react(), withoutRemoteFonts()],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // nhsuk-frontend's compiled CSS points its icons at /assets/images; bundle them from the package.
      {
        find: /^\/assets\/images\//,
        replacement: fileURLToPath(new URL('./node_modules/nhsuk-frontend/dist/nhsuk/assets/images/', import.meta.url)),
      },
    ],
  },
  css: {
    // nhsuk-frontend keeps an old IE media-query hack (`@media screen\0`) that the minifier must skip over.
    lightningcss: { errorRecovery: true },
  },
  server: {
    proxy: { '/api': 'http://localhost:5000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Component tests share two cores with the rest of the suite; the default 5 s is too tight.
    testTimeout: 30_000,
  },
});
