/**
 * Service requests as GeoReport v2 shows them, over the same `cases` rows the app and the
 * console use.
 *
 * What is public: the Open311 feed needs no key, so it shows only what may be published.
 * - Reports (举报, tip-offs) never appear: they are confidential by nature.
 * - Requests filed through Open311 show their description, address, position and the
 *   client's own media_url (the client submitted them to a public 311 system).
 * - Cases citizens filed in the app show service, status, department and times only: their
 *   description, address and position were given to a department, not to the public.
 * - Who filed (cases.contact, the citizen) is never shown, nor the private attachments.
 * status: received/accepted/in_progress → open; answered/closed → closed. status_notes is
 * the department's answer for Open311 requests, otherwise a plain status text.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.js';
import type { CaseStatus } from '../../db/tables/cases.js';
import type { Lang } from '../../infra/errors.js';
import { isoTime } from './format.js';
import { pick } from './services.js';

export const OPEN_STATUSES: CaseStatus[] = ['received', 'accepted', 'in_progress'];
export const CLOSED_STATUSES: CaseStatus[] = ['answered', 'closed'];
/** The specification's defaults: the last 90 days, at most 1000 requests. */
export const DEFAULT_SPAN_MS = 90 * 86_400_000;
export const MAX_RESULTS = 1000;
export const DESCRIPTION_LIMIT = 4000;

const STATUS_NOTES: Record<CaseStatus, { zh: string; en: string }> = {
  received: { zh: '已收到，等待部门受理', en: 'Received; waiting for the department to accept it' },
  accepted: { zh: '部门已受理', en: 'Accepted by the department' },
  in_progress: { zh: '正在办理', en: 'In progress' },
  answered: { zh: '部门已答复', en: 'Answered by the department' },
  closed: { zh: '已办结', en: 'Closed' },
};

export interface RequestScope {
  /** Region code prefix of the jurisdiction ('' = the whole platform). */
  regionPrefix: string;
}

export interface RequestFilter {
  ids?: string[];
  serviceCodes?: string[];
  from?: number;
  to?: number;
  statuses?: Array<'open' | 'closed'>;
}

function beijing(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** What the department is held to: the statutory answer deadline. */
export function deadlineNotice(dueAt: number, lang: Lang): string {
  return lang === 'en'
    ? `An answer is due by ${beijing(dueAt)} (Beijing time)`
    : `部门应于 ${beijing(dueAt)}（北京时间）前答复`;
}

/** A jurisdiction's region code → the prefix its cases' region codes start with. */
export function regionPrefix(code: string): string {
  if (/^\d{2}0000$/.test(code)) return code.slice(0, 2);
  if (/^\d{4}00$/.test(code)) return code.slice(0, 4);
  return code;
}

function baseQuery(k: Kysely<Schema>, scope: RequestScope) {
  let q = k
    .selectFrom('cases as c')
    .innerJoin('case_categories as cat', 'cat.id', 'c.category_id')
    .innerJoin('accounts as a', 'a.id', 'c.account_id')
    .select([
      'c.id',
      'c.tracking_no',
      'c.status',
      'c.source',
      'c.description',
      'c.answer',
      'c.address',
      'c.latitude',
      'c.longitude',
      'c.media_url',
      'c.due_at',
      'c.created_at',
      'c.updated_at',
      'cat.code as service_code',
      'cat.name_zh',
      'cat.name_en',
      'a.name as agency',
    ])
    .where('c.kind', '!=', 'report');
  if (scope.regionPrefix) q = q.where('c.region_code', 'like', `${scope.regionPrefix}%`);
  return q;
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

export function presentRequest(row: Row, lang: Lang) {
  const status = CLOSED_STATUSES.includes(row.status) ? 'closed' : 'open';
  const open311 = row.source === 'open311';
  const notes =
    open311 && status === 'closed' && row.answer ? row.answer : pick(STATUS_NOTES[row.status], lang);
  const description = open311 ? [...row.description].slice(0, DESCRIPTION_LIMIT).join('') : null;
  return {
    service_request_id: row.tracking_no,
    status,
    status_notes: notes,
    service_name: pick({ zh: row.name_zh, en: row.name_en }, lang),
    service_code: row.service_code,
    description,
    agency_responsible: row.agency,
    service_notice: status === 'open' ? deadlineNotice(Number(row.due_at), lang) : null,
    requested_datetime: isoTime(Number(row.created_at)),
    updated_datetime: isoTime(Number(row.updated_at)),
    expected_datetime: isoTime(Number(row.due_at)),
    address: open311 ? row.address : null,
    address_id: null,
    zipcode: null,
    lat: open311 && row.latitude !== null ? Number(row.latitude) : null,
    long: open311 && row.longitude !== null ? Number(row.longitude) : null,
    media_url: open311 ? row.media_url : null,
  };
}

export type PresentedRequest = ReturnType<typeof presentRequest>;

export async function findRequests(
  k: Kysely<Schema>,
  scope: RequestScope,
  filter: RequestFilter,
  lang: Lang,
): Promise<PresentedRequest[]> {
  let q = baseQuery(k, scope);
  if (filter.ids) {
    // service_request_id overrides every other filter.
    q = q.where('c.tracking_no', 'in', filter.ids.length ? filter.ids : ['']);
  } else {
    if (filter.serviceCodes)
      q = q.where('cat.code', 'in', filter.serviceCodes.length ? filter.serviceCodes : ['']);
    if (filter.from !== undefined) q = q.where('c.created_at', '>=', filter.from);
    if (filter.to !== undefined) q = q.where('c.created_at', '<=', filter.to);
    if (filter.statuses && filter.statuses.length === 1) {
      q = q.where('c.status', 'in', filter.statuses[0] === 'open' ? OPEN_STATUSES : CLOSED_STATUSES);
    }
  }
  const rows = await q.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(MAX_RESULTS).execute();
  return rows.map((r) => presentRequest(r, lang));
}

export async function findRequest(
  k: Kysely<Schema>,
  scope: RequestScope,
  id: string,
  lang: Lang,
): Promise<PresentedRequest | null> {
  const row = await baseQuery(k, scope).where('c.tracking_no', '=', id).executeTakeFirst();
  return row ? presentRequest(row, lang) : null;
}

/** The request a token stands for (tokens of Open311 requests; see routes.ts). */
export async function findToken(
  k: Kysely<Schema>,
  token: string,
): Promise<{ service_request_id: string | null; token: string } | null> {
  const row = await k
    .selectFrom('cases')
    .select(['tracking_no'])
    .where('open311_token', '=', token)
    .executeTakeFirst();
  return row ? { service_request_id: row.tracking_no, token } : null;
}
