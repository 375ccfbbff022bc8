/** Rows of the administration of cases → the JSON of schema.ts. */
import type { CaseAttributeT, CategoryAdminT, Open311ClientT, RoutingRuleT } from './schema.js';
import type { CategoryWithCounts, ClientRow, RuleRow } from './repository.js';

/** Stored keywords are comma-separated (Open311's `keywords`). */
export const splitKeywords = (s: string): string[] =>
  s
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);

/** The stored attributes JSON, tolerant of older or hand-written rows (missing keys get defaults). */
export function parseAttributes(json: string): CaseAttributeT[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.map((a: Record<string, unknown>, i) => ({
    code: String(a.code ?? ''),
    datatype: (a.datatype as CaseAttributeT['datatype']) ?? 'string',
    required: a.required === true,
    description: String(a.description ?? ''),
    descriptionEn: typeof a.descriptionEn === 'string' ? a.descriptionEn : '',
    order: typeof a.order === 'number' ? a.order : i + 1,
    values: Array.isArray(a.values)
      ? (a.values as Array<Record<string, unknown>>).map((v) => ({
          key: String(v.key ?? ''),
          name: String(v.name ?? ''),
          nameEn: typeof v.nameEn === 'string' ? v.nameEn : '',
        }))
      : [],
  }));
}

export function toCategoryAdmin(r: CategoryWithCounts): CategoryAdminT {
  return {
    id: r.id,
    code: r.code,
    parentId: r.parent_id,
    name: { zh: r.name_zh, en: r.name_en },
    description: { zh: r.description_zh, en: r.description_en },
    keywords: splitKeywords(r.keywords),
    major: r.major === 1,
    dueHours: r.due_hours,
    statementHours: r.statement_hours,
    timeBasis: r.time_basis,
    warnPercent: r.warn_percent,
    position: r.position,
    attributes: parseAttributes(r.attributes),
    active: r.active === 1,
    caseCount: r.case_count,
    ruleCount: r.rule_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** "4115" → "411500": the region code a stored prefix stands for. */
export const prefixRegionCode = (prefix: string): string | null =>
  prefix === '' ? null : prefix.padEnd(6, '0');

export function toRoutingRule(r: RuleRow, regions: Map<string, string>): RoutingRuleT {
  const code = prefixRegionCode(r.region_prefix);
  return {
    id: r.id,
    category: {
      id: r.category_id,
      code: r.category_code,
      name: { zh: r.category_name_zh, en: r.category_name_en },
      active: r.category_active === 1,
    },
    regionPrefix: r.region_prefix,
    region: code ? { code, name: regions.get(code) ?? code } : null,
    account: { id: r.account_id, handle: r.account_handle, name: r.account_name, status: r.account_status },
    createdAt: r.created_at,
    createdBy: r.created_by_name,
  };
}

export function toOpen311Client(r: ClientRow): Open311ClientT {
  return {
    id: r.id,
    name: r.name,
    createdAt: r.created_at,
    createdBy: r.created_by_name,
    revokedAt: r.revoked_at,
    requestCount: r.request_count,
  };
}
