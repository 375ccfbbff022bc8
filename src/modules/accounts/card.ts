/**
 * The account card: how an account appears inside other answers (directory, home list,
 * article pages). One schema and one presenter, used by every module that shows accounts.
 */
import { Type, type Static } from 'typebox';
import type { AccountLevel } from '../../db/schema.js';
import { DEPARTMENT_KEYS } from './departments.js';

export const LEVELS = ['national', 'provincial', 'municipal', 'county', 'township'] as const;
export const Level = Type.Enum(LEVELS);
export const Department = Type.Enum(DEPARTMENT_KEYS as string[]);

export const AccountCard = Type.Object({
  id: Type.Integer(),
  handle: Type.String(),
  name: Type.String(),
  level: Level,
  departmentType: Department,
  regionCode: Type.String(),
  regionName: Type.String(),
  avatarUrl: Type.Union([Type.String(), Type.Null()]),
  verified: Type.Boolean(),
  followerCount: Type.Integer(),
});

/** The columns a card needs (accounts joined with the region's name). */
export interface AccountCardRow {
  id: number;
  handle: string;
  name: string;
  level: AccountLevel;
  department_type: string;
  region_code: string;
  region_name: string | null;
  avatar_url: string | null;
  verified: number;
  follower_count: number;
}

export function toAccountCard(row: AccountCardRow): Static<typeof AccountCard> {
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
