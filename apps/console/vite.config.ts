/**
 * Build of the staff console. The server serves dist/web/console at `/console/` and falls
 * back to its index.html for unknown paths below it, so history routing works.
 */
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const backend = 'http://localhost:3000';

export default defineConfig({
  root: here,
  base: '/console/',
  plugins: [vue()],
  // vue-i18n feature flags: the console uses only the Composition API, so the legacy API is
  // dropped from the bundle (and the esm-bundler build stops warning about unset flags).
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: resolve(here, '../../dist/web/console'),
    emptyOutDir: true,
    // Element Plus alone is ~700 kB minified; the default 500 kB warning would fire on every build.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/media': { target: backend, changeOrigin: false },
      // A regular expression: a bare '/a' prefix would also swallow '/api' and asset paths.
      '^/a/': { target: backend, changeOrigin: false },
    },
  },
});
