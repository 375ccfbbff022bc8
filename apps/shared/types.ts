/**
 * Response and request shapes of the HTTP API (docs/API.md), shared by both Vue apps.
 * Times are epoch milliseconds. Keep in step with the route schemas; add, never rename.
 */

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type AccountLevel = 'national' | 'provincial' | 'municipal' | 'county' | 'township';
export type StaffRole = 'admin' | 'editor' | 'reviewer' | 'leader' | 'responder' | 'analyst';

export interface Region {
  code: string;
  name: string;
  /** 1 province, 2 prefecture/city, 3 county/district. */
  level: number;
}

export interface Department {
  key: string;
  zh: string;
  en: string;
}

export interface AccountCard {
  id: number;
  handle: string;
  name: string;
  level: AccountLevel;
  departmentType: string;
  regionCode: string;
  regionName: string;
  avatarUrl: string | null;
  verified: boolean;
  followerCount: number;
}

export interface AccountProfile extends AccountCard {
  introduction: string;
  owningUnit: string;
  contact: string;
  following: boolean;
  publicationCount: number;
}

export interface PublicationCard {
  id: number;
  slug: string;
  seq: number;
  accountId: number;
  accountName: string;
  title: string;
  summary: string;
  coverUrl: string | null;
  publishedAt: number;
  /** "/a/<slug>" */
  url: string;
}

export interface Article extends PublicationCard {
  author: string;
  bodyHtml: string;
  account: AccountCard;
}

// ---- Console ----

export interface StaffUser {
  id: number;
  username: string;
  displayName: string;
  isPlatformAdmin: boolean;
  /** Region code prefix a supervisor may read, or null when not a supervisor. */
  supervisorRegion: string | null;
}

export interface StaffAccountRef {
  id: number;
  handle: string;
  name: string;
  roles: StaffRole[];
}

export interface StaffSession {
  user: StaffUser;
  accounts: StaffAccountRef[];
  csrfToken: string;
}

export interface AccountInput {
  handle: string;
  name: string;
  level: AccountLevel;
  departmentType: string;
  regionCode: string;
  owningUnit: string;
  contact: string;
  avatarUrl?: string | null;
  introduction: string;
}

export interface AccountAdmin extends Omit<AccountProfile, 'following'> {
  status: 'active' | 'suspended';
  createdAt: number;
  updatedAt: number;
}

export interface StaffMember {
  userId: number;
  username: string;
  displayName: string;
  roles: StaffRole[];
}

export interface StaffMemberInput {
  username: string;
  displayName?: string;
  password?: string;
  roles: StaffRole[];
}

export interface Follower {
  openid: string;
  followedAt: number;
  scene: string | null;
}

export interface FollowerPage extends Page<Follower> {
  total: number;
}

export interface ArticleSummary {
  id: number;
  title: string;
  status: 'draft' | 'published';
  updatedAt: number;
  publishedSlug: string | null;
}

export interface ArticleAdmin extends ArticleSummary {
  author: string;
  summary: string;
  bodyHtml: string;
  coverMediaId: number | null;
  coverUrl: string | null;
  tier: number;
  version: number;
}

export interface ArticleInput {
  title: string;
  author?: string;
  summary?: string;
  bodyHtml: string;
  coverMediaId?: number | null;
}

export interface MediaUpload {
  id: number;
  url: string;
  mime: string;
  size: number;
}

// ---- Citizen app ----

export interface OtpSent {
  sent: true;
  expiresInSec: number;
  retryAfterSec: number;
}

export interface CitizenSession {
  citizen: { phoneMasked: string } | null;
  csrfToken: string | null;
}

export interface FollowState {
  following: boolean;
  followerCount: number;
}

export interface HomeEntry {
  account: AccountCard;
  latest: PublicationCard | null;
  unread: number;
}
