/** Conditional menus (per tag / per region), follower tags and citizens' home region. Row types; see ../schema.ts for the conventions. */
import type { Generated } from 'kysely';

/** An account's label for some of its followers (WeChat's 用户标签). */
export interface FollowerTagsTable {
  id: Generated<number>;
  account_id: number;
  /** Unique per account. */
  name: string;
  created_at: number;
}

/** A citizen carrying a tag of an account. Staff address them by openid; rows keep the citizen. */
export interface FollowerTagMembersTable {
  account_id: number;
  tag_id: number;
  citizen_id: number;
  tagged_at: number;
}

/** A conditional menu: shown instead of the default to citizens matching every condition it has. */
export interface MenuVariantsTable {
  id: Generated<number>;
  account_id: number;
  /** Match order within the account: the first matching variant wins. */
  position: number;
  name: string;
  tag_id: number | null;
  /** Region code prefix ("4115" = Xinyang and everything in it); see regionPrefix(). */
  region_prefix: string | null;
  /** WeChat's menu/create body, checked by validateMenu before every write. */
  menu_json: string;
  updated_at: number;
}

/** One service phone number of an account (the hotlines page), in display order. */
export interface HotlinesTable {
  account_id: number;
  position: number;
  name: string;
  phone: string;
  /** Free text: "24小时", "工作日 9:00—17:00". */
  hours: string;
}

export interface MenuVariantTables {
  follower_tags: FollowerTagsTable;
  follower_tag_members: FollowerTagMembersTable;
  menu_variants: MenuVariantsTable;
  hotlines: HotlinesTable;
}
