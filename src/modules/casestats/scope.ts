/** Resolving the public name of a statistics scope: an active account, or a GB/T 2260 region. */
import type { Database } from '../../db/database.js';
import { regionPrefix } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import type { StatsScope } from './stats.js';

export interface ResolvedScope {
  kind: 'account' | 'region';
  /** The account's handle (account scope), null for a region. */
  handle: string | null;
  /** The region's code, or the account's own region. */
  regionCode: string;
  /** The account's name, or the region's full name (e.g. 河南省信阳市). */
  name: string;
  query: StatsScope;
}

/** Suspended and held accounts are not public: ACCOUNT_NOT_FOUND, as for their profile. */
export async function accountScope(database: Database, handle: string): Promise<ResolvedScope> {
  const account = await database.k
    .selectFrom('accounts')
    .select(['id', 'handle', 'name', 'region_code', 'status'])
    .where((eb) => {
      // Handles are never all digits: a number is an account id (links may use either).
      const ref = handle.trim().toLowerCase();
      return /^[0-9]{1,10}$/.test(ref) ? eb('id', '=', Number(ref)) : eb('handle', '=', ref);
    })
    .executeTakeFirst();
  if (!account || account.status !== 'active') throw new AppError('ACCOUNT_NOT_FOUND');
  return {
    kind: 'account',
    handle: account.handle,
    regionCode: account.region_code,
    name: account.name,
    query: { kind: 'account', accountId: account.id },
  };
}

export async function regionScope(database: Database, code: string): Promise<ResolvedScope> {
  const region = /^\d{6}$/.test(code)
    ? await database.k
        .selectFrom('regions')
        .select(['code', 'name', 'parent_code'])
        .where('code', '=', code)
        .executeTakeFirst()
    : undefined;
  if (!region) throw new AppError('CASE_STATS_REGION_NOT_FOUND');
  // The full name from the province down (信阳市 alone is ambiguous outside Henan).
  const names = [region.name];
  let parent = region.parent_code;
  for (let depth = 0; parent && depth < 3; depth++) {
    const p = await database.k
      .selectFrom('regions')
      .select(['name', 'parent_code'])
      .where('code', '=', parent)
      .executeTakeFirst();
    if (!p) break;
    names.unshift(p.name);
    parent = p.parent_code;
  }
  return {
    kind: 'region',
    handle: null,
    regionCode: region.code,
    name: names.join(''),
    query: { kind: 'region', prefix: regionPrefix(region.code) },
  };
}
