/** How accounts and home entries appear in the citizen API (docs/API.md: AccountCard). */
import type { PublicationCardPayload } from '../../shared/realtime.js';
import { toPublicationCard } from '../publishing/card.js';
import type { HomeRow } from './repository.js';
import { toAccountCard } from '../accounts/card.js';
import type { Static } from 'typebox';
import type { AccountCard } from '../accounts/card.js';

export interface HomeEntry {
  account: Static<typeof AccountCard>;
  latest: PublicationCardPayload | null;
  unread: number;
}

/** `unread` as read.ts counted it for this reader (targeted publications make it per reader). */
export function toHomeEntry(row: HomeRow, unread: number): HomeEntry {
  return {
    account: toAccountCard(row),
    latest: row.latest ? toPublicationCard(row.latest) : null,
    unread,
  };
}
