/**
 * Build of the citizen mobile web app. The server serves dist/web/citizen at `/` and falls
 * back to index.html for unknown non-API paths, which is why history routing works.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const backend = 'http://localhost:3000';
const outDir = resolve(here, '../../dist/web/citizen');

/** Writes the list of built chunks (and a version from it) into the copied service worker. */
function precacheList(): Plugin {
  let files: string[] = [];
  return {
    name: 'zw-precache-list',
    apply: 'build',
    writeBundle(_options, bundle) {
      files = Object.keys(bundle)
        .filter((f) => f.startsWith('assets/'))
        .map((f) => `/${f}`)
        .sort();
    },
    // closeBundle runs after the public folder (with sw.js) has been copied.
    closeBundle() {
      const sw = resolve(outDir, 'sw.js');
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const text = readFileSync(sw, 'utf8')
        .replace('const PRECACHE = [];', `const PRECACHE = ${JSON.stringify(files)};`)
        .replace("const VERSION = 'dev';", `const VERSION = '${version}';`);
      writeFileSync(sw, text);
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  plugins: [vue(), precacheList()],
  build: {
    outDir,
    emptyOutDir: true,
    rolldownOptions: {
      // Libraries change less often than the app: a separate chunk stays cached across releases.
      // ECharts (only the statistics page draws charts) gets its own chunk, loaded with that page.
      output: {
        codeSplitting: {
          groups: [
            { name: 'charts', test: /node_modules[\\/](echarts|zrender|vue-echarts)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    // Anchored patterns: a bare '/a' prefix would also swallow the app's own /accounts/… routes.
    proxy: {
      '^/api/': { target: backend },
      '^/a/': { target: backend },
      '^/media/': { target: backend },
    },
  },
});
