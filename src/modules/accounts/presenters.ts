/** How accounts appear in API answers (docs/API.md: AccountCard, AccountProfile, AccountAdmin). */
import type { Static } from 'typebox';
import type { AccountRow } from './repository.js';
import { toAccountCard } from './card.js';
import type { AccountAdmin, AccountProfile } from './schema.js';

export { toAccountCard };

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
