/**
 * Names of region codes for labels ("信阳市" for 411500), fetched level by level from
 * GET /api/regions and kept for the session. Reactive: a label shows the code until its
 * name arrives.
 */
import { reactive } from 'vue';
import { listRegions } from '../../api';

const names = reactive(new Map<string, string>());
const asked = new Set<string>();

function parentOf(code: string): string | undefined {
  if (code.endsWith('0000')) return undefined;
  return code.endsWith('00') ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
}

export function regionName(code: string): string {
  const known = names.get(code);
  if (known) return known;
  const parent = parentOf(code);
  const key = parent ?? '';
  if (!asked.has(key)) {
    asked.add(key);
    void listRegions(parent)
      .then(({ items }) => items.forEach((r) => names.set(r.code, r.name)))
      .catch(() => asked.delete(key));
  }
  return code;
}
