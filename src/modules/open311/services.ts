/**
 * Services: every active case category is an Open311 service (service_code = category code),
 * grouped under its parent category. A category's `attributes` JSON is its service definition.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Schema } from '../../db/schema.js';
import type { CaseCategoriesTable } from '../../db/tables/cases.js';
import type { Lang } from '../../infra/errors.js';

export type CategoryRow = Selectable<CaseCategoriesTable>;

export const DATATYPES = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;
export type Datatype = (typeof DATATYPES)[number];

/** One attribute as a category stores it (tolerant of older or hand-written JSON). */
export interface Attribute {
  code: string;
  datatype: Datatype;
  required: boolean;
  /** false: informational text shown to the filer, no answer expected. */
  variable: boolean;
  description: { zh: string; en: string };
  datatypeDescription: { zh: string; en: string } | null;
  order: number;
  values: Array<{ key: string; name: { zh: string; en: string } }>;
}

const DEFAULT_DATATYPE_DESCRIPTION: Partial<Record<Datatype, { zh: string; en: string }>> = {
  number: { zh: '数字', en: 'A number' },
  datetime: {
    zh: '带时区的 ISO 8601 时间，如 2026-12-01T08:00:00+08:00',
    en: 'ISO 8601 date-time with a time zone, e.g. 2026-12-01T08:00:00+08:00',
  },
  multivaluelist: { zh: '可多选', en: 'Choose one or more' },
  singlevaluelist: { zh: '单选', en: 'Choose one' },
};

function str(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

/** Parses a category's attributes, ordered; malformed entries are left out. */
export function categoryAttributes(json: string): Attribute[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const out: Attribute[] = [];
  for (const [i, item] of raw.entries()) {
    if (!item || typeof item !== 'object') continue;
    const a = item as Record<string, unknown>;
    const code = str(a.code);
    const datatype = str(a.datatype) as Datatype;
    if (!code || !DATATYPES.includes(datatype)) continue;
    const zh = str(a.description ?? a.descriptionZh);
    const en = str(a.descriptionEn) || zh;
    const dd = a.datatypeDescription ?? a.datatype_description;
    const values = Array.isArray(a.values)
      ? (a.values as Array<Record<string, unknown>>)
          .filter((v) => v && typeof v === 'object' && str(v.key) !== '')
          .map((v) => {
            const nameZh = str(v.name ?? v.nameZh);
            return { key: str(v.key), name: { zh: nameZh, en: str(v.nameEn) || nameZh } };
          })
      : [];
    const isList = datatype === 'singlevaluelist' || datatype === 'multivaluelist';
    if (isList && values.length === 0) continue;
    out.push({
      code,
      datatype,
      required: a.required === true,
      variable: a.variable !== false,
      description: { zh, en },
      datatypeDescription:
        typeof dd === 'string' && dd
          ? { zh: dd, en: str(a.datatypeDescriptionEn) || dd }
          : (DEFAULT_DATATYPE_DESCRIPTION[datatype] ?? null),
      order: Number.isInteger(a.order) && (a.order as number) > 0 ? (a.order as number) : i + 1,
      values: isList ? values : [],
    });
  }
  out.sort((x, y) => x.order - y.order);
  // Orders are unique and positive in the answer even when the stored ones collide.
  let last = 0;
  for (const a of out) {
    if (a.order <= last) a.order = last + 1;
    last = a.order;
  }
  return out;
}

export function activeCategories(k: Kysely<Schema>): Promise<CategoryRow[]> {
  return k
    .selectFrom('case_categories')
    .selectAll()
    .where('active', '=', 1)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function categoryByCode(k: Kysely<Schema>, code: string): Promise<CategoryRow | undefined> {
  return k
    .selectFrom('case_categories')
    .selectAll()
    .where('code', '=', code)
    .where('active', '=', 1)
    .executeTakeFirst();
}

export async function parentNames(
  k: Kysely<Schema>,
  ids: number[],
): Promise<Map<number, { zh: string; en: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await k
    .selectFrom('case_categories')
    .select(['id', 'name_zh', 'name_en'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, { zh: r.name_zh, en: r.name_en }]));
}

export function pick(text: { zh: string; en: string }, lang: Lang): string {
  return lang === 'en' ? text.en || text.zh : text.zh || text.en;
}

/** The services list of GeoReport v2. */
export async function listServices(k: Kysely<Schema>, lang: Lang) {
  const categories = await activeCategories(k);
  const parents = await parentNames(
    k,
    categories.map((c) => c.parent_id).filter((id): id is number => id !== null),
  );
  return categories.map((c) => {
    const own = { zh: c.name_zh, en: c.name_en };
    const group = c.parent_id === null ? own : (parents.get(c.parent_id) ?? own);
    return {
      service_code: c.code,
      service_name: pick(own, lang),
      description: pick({ zh: c.description_zh, en: c.description_en }, lang),
      metadata: categoryAttributes(c.attributes).length > 0,
      type: 'realtime',
      keywords: c.keywords,
      group: pick(group, lang),
    };
  });
}

/** The service definition of GeoReport v2 (attributes in order). */
export function serviceDefinition(category: CategoryRow, lang: Lang) {
  return {
    service_code: category.code,
    attributes: categoryAttributes(category.attributes).map((a) => {
      const attr: Record<string, unknown> = {
        variable: a.variable,
        code: a.code,
        datatype: a.datatype,
        required: a.required,
        datatype_description: a.datatypeDescription ? pick(a.datatypeDescription, lang) : null,
        order: a.order,
        description: pick(a.description, lang),
      };
      if (a.values.length > 0) attr.values = a.values.map((v) => ({ key: v.key, name: pick(v.name, lang) }));
      return attr;
    }),
  };
}

/** The latest change of the service catalogue (discovery's changeset). */
export async function catalogueChangedAt(k: Kysely<Schema>): Promise<number | null> {
  const row = await k
    .selectFrom('case_categories')
    .select((eb) => eb.fn.max('updated_at').as('at'))
    .executeTakeFirst();
  return row?.at === null || row?.at === undefined ? null : Number(row.at);
}
