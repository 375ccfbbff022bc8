/**
 * Every action the server writes to the audit log has a label in both of the console's
 * languages, so the audit page never shows a raw code such as `conversation.note_added`.
 * The codes are read from the server's source: the `action: '…'` of an audit entry and the
 * codes handed to the small `entry(props, '…')` helpers some modules use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import auditEn from '../../apps/console/src/i18n/audit.en.js';
import auditZh from '../../apps/console/src/i18n/audit.zh-CN.js';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

function auditActions(): Set<string> {
  const actions = new Set<string>();
  const files = fs
    .readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'));
  for (const f of files) {
    const text = fs.readFileSync(path.join(f.parentPath, f.name), 'utf8');
    for (const line of text.split('\n')) {
      if (!/action:|entry\(props,/.test(line)) continue;
      for (const m of line.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) actions.add(m[1]!);
    }
  }
  return actions;
}

function label(messages: { actions: Record<string, Record<string, string>> }, action: string) {
  const [category, name] = action.split('.') as [string, string];
  return messages.actions[category]?.[name];
}

it('every audit action written by the server has a zh-CN and an English label', () => {
  const actions = auditActions();
  expect(actions.size).toBeGreaterThan(20);
  expect(actions).toContain('conversation.note_added');
  const missing = [...actions].filter((a) => !label(auditZh, a) || !label(auditEn, a));
  expect(missing).toEqual([]);
});
