/**
 * Build of the citizen mobile web app. The server serves dist/web/citizen at `/` and falls
 * back to index.html for unknown non-API paths, which is why history routing works.
 */
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const backend = 'http://localhost:3000';

export default defineConfig({
  root: here,
  base: '/',
  plugins: [vue()],
  build: {
    outDir: resolve(here, '../../dist/web/citizen'),
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/a': { target: backend, changeOrigin: false },
      '/media': { target: backend, changeOrigin: false },
    },
  },
});
