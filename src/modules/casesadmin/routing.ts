/**
 * Routing rules: (category, region prefix) → the responsible account; the longest prefix of
 * the case's region wins, '' matches every region, and a group's rule covers its
 * sub-categories (cases/file.ts routeCase, which the preview calls). The admin names a region by its code
 * (411500 for 信阳市) and the rule keeps its prefix (4115), which every code inside it shares.
 */
import { regionPrefix } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { routeCase } from '../cases/file.js';
import { CasesRepository } from '../cases/repository.js';
import { prefixRegionCode, toRoutingRule } from './presenters.js';
import type { CasesAdminRepository, RuleRow } from './repository.js';
import type { RoutingRuleT } from './schema.js';

/**
 * The prefixes a region code matches, longest first (411502 → 411502, 4115, 41, ''), as
 * filing tries them (cases/repository.ts routingCandidates).
 */
export function regionPrefixes(regionCode: string | null | undefined): string[] {
  if (!regionCode || !/^\d{6}$/.test(regionCode)) return [''];
  return [6, 4, 2].map((n) => regionCode.slice(0, n)).concat('');
}

async function present(repo: CasesAdminRepository, rows: RuleRow[]): Promise<RoutingRuleT[]> {
  const codes = rows.map((r) => prefixRegionCode(r.region_prefix)).filter((c): c is string => c !== null);
  const names = await repo.regionNames(codes);
  return rows.map((r) => toRoutingRule(r, names));
}

export async function listRules(repo: CasesAdminRepository, categoryId?: number): Promise<RoutingRuleT[]> {
  return present(repo, await repo.listRules(categoryId));
}

export async function previewRule(
  repo: CasesAdminRepository,
  categoryId: number,
  regionCode: string,
): Promise<{ rule: RoutingRuleT | null; prefixes: string[]; region: { code: string; name: string } | null }> {
  const category = await repo.findCategory(categoryId);
  if (!category) throw new AppError('CASE_CATEGORY_NOT_FOUND');
  let region: { code: string; name: string } | null = null;
  if (regionCode !== '') {
    region = (await repo.findRegion(regionCode)) ?? null;
    if (!region) throw new AppError('CASE_ROUTING_REGION_UNKNOWN', { field: 'regionCode' });
  }
  // The very function filing routes with: longest prefix first, the category's own rule
  // before its group's.
  const hit = await routeCase(new CasesRepository(repo.k, repo.dialect), category, regionCode || null, null);
  const row = hit ? await repo.findRule(hit.ruleId) : undefined;
  return {
    rule: row ? (await present(repo, [row]))[0]! : null,
    prefixes: regionPrefixes(regionCode),
    region,
  };
}

export async function createRule(
  repo: CasesAdminRepository,
  input: { categoryId: number; regionCode: string; accountId: number },
  a: { actorId: number; now: number },
): Promise<RoutingRuleT> {
  return repo.transaction(async (tx) => {
    const category = await tx.findCategory(input.categoryId);
    if (!category) throw new AppError('CASE_CATEGORY_NOT_FOUND', { field: 'categoryId' });
    let prefix = '';
    if (input.regionCode !== '') {
      if (!(await tx.findRegion(input.regionCode)))
        throw new AppError('CASE_ROUTING_REGION_UNKNOWN', { field: 'regionCode' });
      prefix = regionPrefix(input.regionCode);
    }
    const account = await tx.findAccount(input.accountId);
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND', { field: 'accountId' });
    if (account.status !== 'active')
      throw new AppError('CASE_ROUTING_ACCOUNT_INACTIVE', { field: 'accountId' });
    const existing = await tx.findRuleByKey(category.id, prefix);
    if (existing)
      throw new AppError('CASE_ROUTING_RULE_DUPLICATE', {
        field: 'regionCode',
        details: { ruleId: existing.id },
      });
    const id = await tx.insertRule({
      category_id: category.id,
      region_prefix: prefix,
      account_id: account.id,
      created_by: a.actorId,
      created_at: a.now,
    });
    await tx.audit({
      at: a.now,
      actorKind: 'staff',
      actorId: a.actorId,
      accountId: null,
      action: 'case_routing.created',
      target: `case_routing_rule:${id}`,
      details: {
        category: category.code,
        regionPrefix: prefix,
        accountId: account.id,
        accountName: account.name,
      },
    });
    const row = await tx.findRule(id);
    return (await present(tx, [row!]))[0]!;
  });
}

export async function deleteRule(
  repo: CasesAdminRepository,
  id: number,
  a: { actorId: number; now: number },
): Promise<void> {
  await repo.transaction(async (tx) => {
    const row = await tx.findRule(id);
    if (!row) throw new AppError('CASE_ROUTING_RULE_NOT_FOUND');
    await tx.deleteRule(id);
    await tx.audit({
      at: a.now,
      actorKind: 'staff',
      actorId: a.actorId,
      accountId: null,
      action: 'case_routing.deleted',
      target: `case_routing_rule:${id}`,
      details: {
        category: row.category_code,
        regionPrefix: row.region_prefix,
        accountId: row.account_id,
        accountName: row.account_name,
      },
    });
  });
}
