/**
 * Both apps register their UI library component by component (apps/console/src/element.ts,
 * apps/citizen/src/vant.ts) to keep the bundles small. A template using a component that is
 * not registered does not fail the build: Vue renders it as an unknown element, and whatever
 * it should show (a tab bar, a switch, a time picker) silently goes missing. This reads every
 * template and the registration lists and names what is used but not registered.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps');

function vueFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.vue'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** `el-time-select` → `TimeSelect`. */
const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());

/** Tags with the prefix used in the app's templates, as PascalCase names without the prefix. */
function usedComponents(app: string, prefix: string): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of vueFiles(path.join(root, app, 'src'))) {
    const template = fs.readFileSync(file, 'utf8');
    for (const m of template.matchAll(new RegExp(`<${prefix}-([a-z-]+)`, 'g')))
      used.set(pascal(m[1]!), path.relative(root, file));
  }
  return used;
}

/** The identifiers listed in the array or object literal that follows `marker` in `file`. */
function registered(file: string, marker: string): Set<string> {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const start = text.indexOf(marker);
  expect(start, `${marker} in ${file}`).toBeGreaterThanOrEqual(0);
  const body = text.slice(start + marker.length, text.indexOf(']', start + marker.length));
  return new Set(body.match(/\b[A-Z][A-Za-z]+\b/g) ?? []);
}

describe('UI library components used in templates are registered', () => {
  it('console: every <el-*> of a template is in element.ts', () => {
    const plugins = registered('console/src/element.ts', 'const plugins: Plugin[] = [');
    const used = usedComponents('console', 'el');
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter(([name]) => !plugins.has(`El${name}`)).map(([n, f]) => `El${n} (${f})`);
    expect(missing).toEqual([]);
  });

  it('citizen app: every <van-*> of a template is in vant.ts', () => {
    const components = registered('citizen/src/vant.ts', 'const components = [');
    const used = usedComponents('citizen', 'van');
    expect(used.size).toBeGreaterThan(5);
    const missing = [...used].filter(([name]) => !components.has(name)).map(([n, f]) => `${n} (${f})`);
    expect(missing).toEqual([]);
  });
});
