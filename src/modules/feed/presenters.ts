/** How accounts and home entries appear in the citizen API (docs/API.md: AccountCard). */
import type { PublicationCardPayload } from '../../shared/realtime.js';
import { toPublicationCard } from '../publishing/card.js';
import type { AccountCardRow, HomeRow } from './repository.js';

export interface AccountCard {
  id: number;
  handle: string;
  name: string;
  level: AccountCardRow['level'];
  departmentType: string;
  regionCode: string;
  regionName: string;
  avatarUrl: string | null;
  verified: boolean;
  followerCount: number;
}

export function toAccountCard(row: AccountCardRow): AccountCard {
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

export interface HomeEntry {
  account: AccountCard;
  latest: PublicationCardPayload | null;
  unread: number;
}

export function toHomeEntry(row: HomeRow): HomeEntry {
  return {
    account: toAccountCard(row),
    latest: row.latest ? toPublicationCard(row.latest) : null,
    unread: Math.max(0, row.publication_seq - row.last_read_seq),
  };
}
