/** How accounts appear in API answers (docs/API.md: AccountCard, AccountProfile, AccountAdmin). */
import type { Static } from 'typebox';
import type { AccountRow } from './repository.js';
import type { AccountAdmin, AccountCard, AccountProfile } from './schema.js';

export function toAccountCard(row: AccountRow): Static<typeof AccountCard> {
  return {
    id: row.id,
    handle: row.handle,
    name: row.name,
    level: row.level,
    departmentType: row.department_type,
    regionCode: row.region_code,
    regionName: row.region_name ?? '',
    avatarUrl: row.avatar_url,
    verified: row.verified === 1,
    followerCount: row.follower_count,
  };
}

function profileFields(row: AccountRow) {
  return {
    introduction: row.introduction,
    owningUnit: row.owning_unit,
    contact: row.contact,
    publicationCount: row.publication_seq,
  };
}

export function toAccountProfile(row: AccountRow, following: boolean): Static<typeof AccountProfile> {
  return { ...toAccountCard(row), ...profileFields(row), following };
}

export function toAccountAdmin(row: AccountRow): Static<typeof AccountAdmin> {
  return {
    ...toAccountCard(row),
    ...profileFields(row),
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
