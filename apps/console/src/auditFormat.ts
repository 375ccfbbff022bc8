/**
 * How audit entries read in the console: action labels, targets and a key/value view of an
 * entry's details. Unknown actions and keys fall back to their raw codes, so a new action
 * written on the server shows up at once, only untranslated.
 */
import type { AuditEntry } from '../../shared/types';
import { departmentLabel } from './dicts';
import { i18n } from './i18n';

/** Categories of the filter: the first part of an action code. */
export const AUDIT_CATEGORIES = [
  'account',
  'staff',
  'article',
  'review',
  'media',
  'menu',
  'hotlines',
  'tag',
  'autoreply',
  'conversation',
  'canned_reply',
  'settings',
] as const;

const { t, te } = i18n.global;
const ROLE_KEYS = new Set(['from', 'to', 'granted', 'revoked', 'chain', 'role']);

/** Dates with seconds: an audit trail needs them. */
export function formatAuditTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

export function actionLabel(action: string): string {
  const key = `audit.actions.${action}`;
  return /^[a-z_]+\.[a-z_]+$/.test(action) && te(key) ? t(key) : action;
}

export function personLabel(e: AuditEntry): string {
  if (e.actor) return e.actor.displayName || e.actor.username;
  return e.actorKind === 'citizen' ? t('audit.citizen') : t('audit.system');
}

/** "article:12" → { kind: 'article', id: 12, label: '图文 #12' }; a staff target adds the username. */
export function parseTarget(
  target: string | null,
  details: Record<string, unknown> = {},
): { kind: string; id: number | null; label: string } | null {
  if (!target) return null;
  const m = /^([a-z_]+):(\d+)$/.exec(target);
  if (!m) return { kind: '', id: null, label: target };
  const kind = m[1]!;
  const name = te(`audit.targets.${kind}`) ? t(`audit.targets.${kind}`) : kind;
  const who = kind === 'staff' && typeof details.username === 'string' ? ` (${details.username})` : '';
  return { kind, id: Number(m[2]), label: `${name} #${m[2]}${who}` };
}

export interface DetailLine {
  key: string;
  label: string;
  value: string;
  /** For a changed field: the value before and after. */
  from?: string;
  to?: string;
  /** The values are image addresses (an avatar change): shown as pictures too. */
  image?: boolean;
}

function fieldLabel(key: string): string {
  if (te(`audit.fields.${key}`)) return t(`audit.fields.${key}`);
  return key;
}

/** Labels of account fields come from the profile form, so they read as the admin saw them. */
function profileFieldLabel(field: string): string {
  return te(`profile.${field}`) ? t(`profile.${field}`) : field;
}

/** Approval chains per tier (review.chains before/after): `{"1":[],"2":["reviewer"],…}`. */
function isChains(v: unknown): v is Record<'1' | '2' | '3', string[]> {
  return (
    !!v &&
    typeof v === 'object' &&
    ['1', '2', '3'].every((k) => Array.isArray((v as Record<string, unknown>)[k]))
  );
}

function formatValue(key: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return t('audit.emptyValue');
  if (isChains(v))
    return (['1', '2', '3'] as const)
      .map(
        (tier) => `${t(`review.tierShort.${tier}`)}: ${v[tier].length ? formatValue('chain', v[tier]) : '—'}`,
      )
      .join(i18n.global.locale.value === 'en' ? '; ' : '；');
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  if (key === 'kind' && te(`review.kinds.${String(v)}`)) return t(`review.kinds.${String(v)}`);
  if (ROLE_KEYS.has(key) && typeof v === 'string' && te(`roles.${v}`)) return t(`roles.${v}`);
  if (Array.isArray(v)) {
    if (v.length === 0) return t('audit.emptyValue');
    const items = v.map((x) =>
      ROLE_KEYS.has(key) && te(`roles.${String(x)}`) ? t(`roles.${String(x)}`) : String(x),
    );
    return items.join(i18n.global.locale.value === 'en' ? ', ' : '、');
  }
  if (key === 'level' && te(`levels.${String(v)}`)) return t(`levels.${String(v)}`);
  if (key === 'departmentType') return departmentLabel(String(v));
  if (key === 'size' && typeof v === 'number')
    return v < 1024 * 1024 ? `${(v / 1024).toFixed(1)} KB` : `${(v / 1048576).toFixed(2)} MB`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function isChange(v: unknown): v is { from: unknown; to: unknown } {
  return v !== null && typeof v === 'object' && 'from' in v && 'to' in v;
}

/** One line per detail; a profile change becomes one line per field, old → new. */
export function detailLines(details: Record<string, unknown>): DetailLine[] {
  const lines: DetailLine[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (key === 'changes' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [field, change] of Object.entries(value as Record<string, unknown>)) {
        const label = profileFieldLabel(field);
        if (isChange(change))
          lines.push({
            key: `changes.${field}`,
            label,
            value: '',
            from: formatValue(field, change.from),
            to: formatValue(field, change.to),
            image: field === 'avatarUrl',
          });
        else lines.push({ key: `changes.${field}`, label, value: formatValue(field, change) });
      }
      continue;
    }
    lines.push({ key, label: fieldLabel(key), value: formatValue(key, value) });
  }
  return lines;
}
