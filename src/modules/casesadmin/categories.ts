/**
 * The platform admin maintains the case taxonomy. Rules beyond the schema:
 * - the code is the Open311 service_code, so it never changes once created, and is unique;
 * - one level of grouping: a parent is an active top-level category, and a category with
 *   sub-categories cannot itself be put under another;
 * - the first-statement deadline, when there is one, comes before the answer deadline;
 * - attributes (Open311 service definition): unique codes and orders, list types carry their
 *   choices (with unique keys), other types none;
 * - a category is deactivated rather than deleted once any case used it; a group keeps no
 *   active sub-category when it is deactivated, a sub-category is not active under an
 *   inactive group.
 * Every change is audited in the transaction that makes it.
 */
import type { Insertable } from 'kysely';
import type { CaseCategoriesTable } from '../../db/tables/cases.js';
import { AppError } from '../../infra/errors.js';
import { toCategoryAdmin } from './presenters.js';
import type { CasesAdminRepository } from './repository.js';
import type { CaseAttributeT, CategoryAdminT, CategoryCreateT, CategoryUpdateT } from './schema.js';

interface Actor {
  actorId: number;
  now: number;
}

const LIST_TYPES = new Set(['singlevaluelist', 'multivaluelist']);

/** The stored shape of one attribute (as cases/taxonomy.ts writes it: `values` only on lists). */
export type StoredAttribute = Omit<CaseAttributeT, 'values'> & { values?: CaseAttributeT['values'] };

export function validateAttributes(attributes: CaseAttributeT[]): StoredAttribute[] {
  const codes = new Set<string>();
  const orders = new Set<number>();
  const clean = attributes.map((a, i) => {
    const field = `attributes.${i}`;
    if (codes.has(a.code))
      throw new AppError('CASE_CATEGORY_ATTRIBUTE_INVALID', {
        field: `${field}.code`,
        details: { reason: 'duplicate_code', code: a.code },
      });
    codes.add(a.code);
    if (orders.has(a.order))
      throw new AppError('CASE_CATEGORY_ATTRIBUTE_INVALID', {
        field: `${field}.order`,
        details: { reason: 'duplicate_order', code: a.code, order: a.order },
      });
    orders.add(a.order);
    const values = a.values.map((v) => ({ key: v.key.trim(), name: v.name.trim(), nameEn: v.nameEn.trim() }));
    if (LIST_TYPES.has(a.datatype)) {
      if (values.length === 0)
        throw new AppError('CASE_CATEGORY_ATTRIBUTE_INVALID', {
          field: `${field}.values`,
          details: { reason: 'values_required', code: a.code },
        });
      const keys = new Set<string>();
      for (const v of values) {
        if (keys.has(v.key))
          throw new AppError('CASE_CATEGORY_ATTRIBUTE_INVALID', {
            field: `${field}.values`,
            details: { reason: 'duplicate_value', code: a.code, key: v.key },
          });
        keys.add(v.key);
      }
    } else if (values.length > 0) {
      throw new AppError('CASE_CATEGORY_ATTRIBUTE_INVALID', {
        field: `${field}.values`,
        details: { reason: 'values_not_allowed', code: a.code },
      });
    }
    // The stored shape of cases/taxonomy.ts: `values` only on list types.
    return {
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      description: a.description.trim(),
      descriptionEn: a.descriptionEn.trim(),
      order: a.order,
      ...(values.length > 0 ? { values } : {}),
    };
  });
  return clean.sort((a, b) => a.order - b.order);
}

function checkHours(dueHours: number, statementHours: number | null): void {
  if (statementHours !== null && statementHours >= dueHours)
    throw new AppError('CASE_CATEGORY_STATEMENT_HOURS', {
      field: 'statementHours',
      details: { dueHours, statementHours },
    });
}

async function checkParent(
  repo: CasesAdminRepository,
  parentId: number | null,
  self: { id: number } | null,
): Promise<void> {
  if (parentId === null) return;
  const invalid = (reason: string) =>
    new AppError('CASE_CATEGORY_PARENT_INVALID', { field: 'parentId', details: { reason } });
  if (self && parentId === self.id) throw invalid('self');
  const parent = await repo.findCategory(parentId);
  if (!parent) throw invalid('not_found');
  if (parent.parent_id !== null) throw invalid('nested');
  if (parent.active !== 1) throw invalid('inactive');
  if (self && (await repo.children(self.id)).length > 0) throw invalid('has_children');
}

type CategoryColumns = Required<
  Pick<
    Insertable<CaseCategoriesTable>,
    | 'parent_id'
    | 'name_zh'
    | 'name_en'
    | 'description_zh'
    | 'description_en'
    | 'keywords'
    | 'major'
    | 'due_hours'
    | 'statement_hours'
    | 'time_basis'
    | 'warn_percent'
    | 'position'
    | 'attributes'
  >
>;

function columns(input: CategoryUpdateT): CategoryColumns {
  const keywords = [...new Set(input.keywords.map((k) => k.trim()).filter(Boolean))];
  return {
    parent_id: input.parentId,
    name_zh: input.name.zh.trim(),
    name_en: input.name.en.trim(),
    description_zh: input.description.zh.trim(),
    description_en: input.description.en.trim(),
    keywords: keywords.join(','),
    major: input.major ? 1 : 0,
    due_hours: input.dueHours,
    statement_hours: input.statementHours,
    time_basis: input.timeBasis,
    warn_percent: input.warnPercent,
    position: input.position,
    attributes: JSON.stringify(validateAttributes(input.attributes)),
  };
}

function checkNames(input: CategoryUpdateT): void {
  if (!input.name.zh.trim()) throw new AppError('VALIDATION_FAILED', { field: 'name.zh' });
  if (!input.name.en.trim()) throw new AppError('VALIDATION_FAILED', { field: 'name.en' });
}

async function present(repo: CasesAdminRepository, id: number): Promise<CategoryAdminT> {
  const row = await repo.categoryWithCounts(id);
  if (!row) throw new AppError('CASE_CATEGORY_NOT_FOUND');
  return toCategoryAdmin(row);
}

/** What the audit keeps of a category: enough to read what changed. */
function snapshot(c: CategoryAdminT): Record<string, unknown> {
  return {
    code: c.code,
    parentId: c.parentId,
    name: c.name.zh,
    nameEn: c.name.en,
    major: c.major,
    dueHours: c.dueHours,
    statementHours: c.statementHours,
    timeBasis: c.timeBasis,
    warnPercent: c.warnPercent,
    keywords: c.keywords.join(','),
    attributes: c.attributes.map((a) => a.code).join(','),
    position: c.position,
  };
}

function changed(before: Record<string, unknown>, after: Record<string, unknown>) {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const k of Object.keys(after))
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) out[k] = { from: before[k], to: after[k] };
  return out;
}

export async function createCategory(
  repo: CasesAdminRepository,
  input: CategoryCreateT,
  a: Actor,
): Promise<CategoryAdminT> {
  checkNames(input);
  checkHours(input.dueHours, input.statementHours);
  const cols = columns(input);
  return repo.transaction(async (tx) => {
    if (await tx.findCategoryByCode(input.code))
      throw new AppError('CASE_CATEGORY_CODE_TAKEN', { field: 'code', details: { code: input.code } });
    await checkParent(tx, input.parentId, null);
    const id = await tx.insertCategory({
      ...cols,
      code: input.code,
      active: 1,
      created_at: a.now,
      updated_at: a.now,
    });
    const out = await present(tx, id);
    await tx.audit({
      at: a.now,
      actorKind: 'staff',
      actorId: a.actorId,
      accountId: null,
      action: 'case_category.created',
      target: `case_category:${id}`,
      details: snapshot(out),
    });
    return out;
  });
}

export async function updateCategory(
  repo: CasesAdminRepository,
  id: number,
  input: CategoryUpdateT,
  a: Actor,
): Promise<CategoryAdminT> {
  checkNames(input);
  checkHours(input.dueHours, input.statementHours);
  const cols = columns(input);
  return repo.transaction(async (tx) => {
    const before = await present(tx, id);
    await checkParent(tx, input.parentId, { id });
    await tx.updateCategory(id, { ...cols, updated_at: a.now });
    const after = await present(tx, id);
    await tx.audit({
      at: a.now,
      actorKind: 'staff',
      actorId: a.actorId,
      accountId: null,
      action: 'case_category.updated',
      target: `case_category:${id}`,
      details: { code: after.code, changes: changed(snapshot(before), snapshot(after)) },
    });
    return after;
  });
}

export async function setCategoryActive(
  repo: CasesAdminRepository,
  id: number,
  active: boolean,
  a: Actor,
): Promise<CategoryAdminT> {
  return repo.transaction(async (tx) => {
    const row = await tx.findCategory(id);
    if (!row) throw new AppError('CASE_CATEGORY_NOT_FOUND');
    if ((row.active === 1) === active) return present(tx, id);
    if (!active && (await tx.children(id)).some((c) => c.active === 1))
      throw new AppError('CASE_CATEGORY_HAS_ACTIVE_CHILDREN');
    if (active && row.parent_id !== null) {
      const parent = await tx.findCategory(row.parent_id);
      if (parent && parent.active !== 1)
        throw new AppError('CASE_CATEGORY_PARENT_INVALID', {
          field: 'parentId',
          details: { reason: 'inactive' },
        });
    }
    await tx.updateCategory(id, { active: active ? 1 : 0, updated_at: a.now });
    await tx.audit({
      at: a.now,
      actorKind: 'staff',
      actorId: a.actorId,
      accountId: null,
      action: active ? 'case_category.reactivated' : 'case_category.deactivated',
      target: `case_category:${id}`,
      details: { code: row.code, name: row.name_zh },
    });
    return present(tx, id);
  });
}

export async function deleteCategory(repo: CasesAdminRepository, id: number, a: Actor): Promise<void> {
  await repo.transaction(async (tx) => {
    const row = await tx.findCategory(id);
    if (!row) throw new AppError('CASE_CATEGORY_NOT_FOUND');
    if (await tx.categoryUsed(id))
      throw new AppError('CASE_CATEGORY_IN_USE', { details: { reason: 'cases' } });
    if ((await tx.children(id)).length > 0)
      throw new AppError('CASE_CATEGORY_IN_USE', { details: { reason: 'children' } });
    await tx.deleteCategory(id);
    await tx.audit({
      at: a.now,
      actorKind: 'staff',
      actorId: a.actorId,
      accountId: null,
      action: 'case_category.deleted',
      target: `case_category:${id}`,
      details: { code: row.code, name: row.name_zh },
    });
  });
}
