/**
 * Filing a case: a citizen at an account's door (the app), or an Open311 client (H3's
 * server, no citizen account). One transaction: the case with its tracking number, the
 * 'received' event at the door, routing by rule ("no wrong door": the case moves at once to
 * the responsible department, event 'routed'), the participants, the statutory clock of the
 * handling department, the attachments, the audit entry and the handling team's
 * notifications.
 *
 * Reports (举报): the reported unit never handles or sees the case. Routing rules that would
 * send it there are skipped; if it would still end at the reported unit, filing is refused
 * (CASE_TARGET_IS_REPORTED_UNIT: file it with the unit's superior or a supervising body).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { CASE_KINDS, type CaseContactPreference, type CaseKind } from '../../db/tables/cases.js';
import { AppError } from '../../infra/errors.js';
import type { WorkCalendar } from '../responseclock/calendar.js';
import { notifyAccountStaff } from '../notifications/notify.js';
import { startClock } from './clockStart.js';
import { appendCaseEvent, trackingNumber } from './events.js';
import { CasesRepository, type CaseRow, type CategoryRow } from './repository.js';

export const TITLE_MIN = 2;
export const TITLE_MAX = 60;
export const DESCRIPTION_MIN = 5;
export const DESCRIPTION_MAX = 2000;
export const ADDRESS_MAX = 200;
export const MAX_ATTACHMENTS = 9;
export const CONTACT_PREFERENCES: readonly CaseContactPreference[] = ['phone', 'message', 'none'];

export const KIND_NAMES: Record<CaseKind, { zh: string; en: string }> = {
  consultation: { zh: '咨询', en: 'Consultation' },
  complaint: { zh: '投诉', en: 'Complaint' },
  report: { zh: '举报', en: 'Report' },
  suggestion: { zh: '建议', en: 'Suggestion' },
};

/** What a filer gives; Open311 passes citizenId null, its contact, source and client. */
export interface FileCaseInput {
  /** The door: the account the case is filed with. */
  accountId: number;
  kind: CaseKind;
  categoryId: number;
  title: string;
  description: string;
  /** The signed-in citizen; null for Open311 requests without a citizen account. */
  citizenId: number | null;
  /** The citizen's own unattached uploads (POST /api/cases/attachments), in order; ≤ 9. */
  attachmentIds?: number[];
  /** GB/T 2260 code that exists in `regions`; routing uses it. */
  regionCode?: string | null;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  contactPreference: CaseContactPreference;
  /** Name/phone/email given for this case (Open311's first_name, phone, email…). */
  contact?: Record<string, string> | null;
  /** The department does not see who filed it (the platform does). */
  anonymous?: boolean;
  /** Reports only: the account reported on. */
  reportedAccountId?: number | null;
  source?: 'app' | 'open311';
  /** Open311 only, stored with the case in its transaction (a retry never finds half a request). */
  open311?: {
    clientId: number;
    token: string;
    /** The client's own public photo link. */
    mediaUrl: string | null;
    /** Answers to the service definition's attributes. */
    attributes: Record<string, unknown> | null;
  } | null;
  now: number;
  /** Defaults to the official calendar. */
  calendar?: WorkCalendar;
}

function invalid(field: string): AppError {
  return new AppError('VALIDATION_FAILED', { field });
}

/** Checks what needs no database; returns the cleaned text fields. */
function validateInput(input: FileCaseInput) {
  if (!CASE_KINDS.includes(input.kind)) throw invalid('kind');
  if (!CONTACT_PREFERENCES.includes(input.contactPreference)) throw invalid('contactPreference');
  const title = input.title.trim();
  if ([...title].length < TITLE_MIN || [...title].length > TITLE_MAX) throw invalid('title');
  const description = input.description.trim();
  if ([...description].length < DESCRIPTION_MIN || [...description].length > DESCRIPTION_MAX)
    throw invalid('description');
  const address = input.address?.trim() || null;
  if (address !== null && [...address].length > ADDRESS_MAX) throw invalid('address');
  const lat = input.latitude ?? null;
  const lng = input.longitude ?? null;
  if ((lat === null) !== (lng === null)) throw invalid(lat === null ? 'latitude' : 'longitude');
  if (lat !== null && !(Number.isFinite(lat) && lat >= -90 && lat <= 90)) throw invalid('latitude');
  if (lng !== null && !(Number.isFinite(lng) && lng >= -180 && lng <= 180)) throw invalid('longitude');
  const regionCode = input.regionCode?.trim() || null;
  if (regionCode !== null && !/^\d{6}$/.test(regionCode))
    throw new AppError('CASE_REGION_INVALID', { field: 'regionCode' });
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  if (attachmentIds.length > MAX_ATTACHMENTS) throw invalid('attachmentIds');
  if (input.citizenId === null && attachmentIds.length > 0) throw invalid('attachmentIds');
  const reportedAccountId = input.reportedAccountId ?? null;
  if (reportedAccountId !== null && input.kind !== 'report') throw invalid('reportedAccountId');
  return { title, description, address, lat, lng, regionCode, attachmentIds, reportedAccountId };
}

/**
 * The account responsible for a case of `category` in `regionCode`: the rule with the
 * longest region prefix ('' = anywhere), a rule of the category itself before one of its
 * parent; rules naming `skipAccountId` (the reported unit) do not count. null = no rule.
 */
export async function routeCase(
  repo: CasesRepository,
  category: Pick<CategoryRow, 'id' | 'parent_id'>,
  regionCode: string | null,
  skipAccountId: number | null,
): Promise<{ ruleId: number; accountId: number } | null> {
  const ids = category.parent_id === null ? [category.id] : [category.id, category.parent_id];
  const rules = (await repo.routingCandidates(ids, regionCode)).filter((r) => r.account_id !== skipAccountId);
  rules.sort(
    (a, b) =>
      b.region_prefix.length - a.region_prefix.length ||
      Number(b.category_id === category.id) - Number(a.category_id === category.id) ||
      a.id - b.id,
  );
  const best = rules[0];
  return best ? { ruleId: best.id, accountId: best.account_id } : null;
}

/**
 * Files a case and answers its row (tracking_no set; account_id is the handling department,
 * filed_account_id the door — they differ when a routing rule moved it). Throws AppError:
 * VALIDATION_FAILED (field), ACCOUNT_NOT_FOUND, CASE_CATEGORY_INVALID, CASE_REGION_INVALID,
 * CASE_ATTACHMENT_INVALID, CASE_TARGET_IS_REPORTED_UNIT.
 */
export async function fileCase(database: Database, input: FileCaseInput): Promise<CaseRow> {
  const v = validateInput(input);
  const now = input.now;
  return CasesRepository.of(database).transaction(async (repo) => {
    const door = await repo.findAccount(input.accountId);
    if (!door || door.status !== 'active') throw new AppError('ACCOUNT_NOT_FOUND', { field: 'accountId' });
    const category = await repo.findCategory(input.categoryId);
    if (!category || category.active !== 1)
      throw new AppError('CASE_CATEGORY_INVALID', { field: 'categoryId' });
    if (v.regionCode !== null && !(await repo.regionExists(v.regionCode)))
      throw new AppError('CASE_REGION_INVALID', { field: 'regionCode' });
    if (v.reportedAccountId !== null) {
      const reported = await repo.findAccount(v.reportedAccountId);
      if (!reported || reported.status !== 'active')
        throw new AppError('ACCOUNT_NOT_FOUND', { field: 'reportedAccountId' });
    }
    const uploads =
      input.citizenId === null ? [] : await repo.unattachedUploads(input.citizenId, v.attachmentIds);
    if (uploads.length !== v.attachmentIds.length)
      throw new AppError('CASE_ATTACHMENT_INVALID', { field: 'attachmentIds' });

    const route = await routeCase(repo, category, v.regionCode, v.reportedAccountId);
    const handlingId = route && route.accountId !== door.id ? route.accountId : door.id;
    if (v.reportedAccountId !== null && handlingId === v.reportedAccountId)
      throw new AppError('CASE_TARGET_IS_REPORTED_UNIT', { field: 'reportedAccountId' });

    const inserted = await repo.insertCase({
      tracking_no: `tmp-${randomUUID()}`,
      kind: input.kind,
      category_id: category.id,
      filed_account_id: door.id,
      account_id: handlingId,
      citizen_id: input.citizenId,
      anonymous: input.anonymous ? 1 : 0,
      reported_account_id: v.reportedAccountId,
      title: v.title,
      description: v.description,
      contact_preference: input.contactPreference,
      contact: input.contact ? JSON.stringify(input.contact) : null,
      region_code: v.regionCode,
      address: v.address,
      latitude: v.lat,
      longitude: v.lng,
      status: 'received',
      major: category.major,
      // The clock's columns are filled by startClock below, in this transaction.
      time_basis: category.time_basis,
      warn_percent: category.warn_percent,
      clock_started_at: now,
      warn_at: now,
      due_at: now,
      source: input.source ?? 'app',
      open311_client_id: input.open311?.clientId ?? null,
      open311_token: input.open311?.token ?? null,
      media_url: input.open311?.mediaUrl ?? null,
      open311_attributes: input.open311?.attributes ? JSON.stringify(input.open311.attributes) : null,
      created_at: now,
      updated_at: now,
    });
    const trackingNo = trackingNumber(inserted.id, now);
    await repo.setTrackingNo(inserted.id, trackingNo);
    const caseId = inserted.id;

    const actor = input.citizenId === null ? ('system' as const) : ('citizen' as const);
    await appendCaseEvent(repo.k, {
      caseId,
      kind: 'received',
      actorKind: actor,
      actorId: input.citizenId,
      accountId: door.id,
      public: true,
      data: { source: input.source ?? 'app' },
      at: now,
    });
    if (handlingId !== door.id) {
      await appendCaseEvent(repo.k, {
        caseId,
        kind: 'routed',
        actorKind: 'system',
        actorId: null,
        accountId: door.id,
        toAccountId: handlingId,
        public: true,
        data: { rule: route!.ruleId },
        at: now,
      });
      await repo.addParticipant(caseId, door.id, 'transferred_away', now);
    }
    await repo.addParticipant(caseId, handlingId, 'handling', now);
    await startClock(repo.k, caseId, now, input.calendar);

    for (const [position, id] of v.attachmentIds.entries()) {
      if (!(await repo.attachUpload(id, caseId, position)))
        throw new AppError('CASE_ATTACHMENT_INVALID', { field: 'attachmentIds' });
    }

    // Who filed a report or an anonymous case is the platform's to know: audit it at
    // platform level, where no department's audit view shows it.
    const private_ = input.kind === 'report' || input.anonymous === true;
    await repo.audit({
      at: now,
      actorKind: actor,
      actorId: input.citizenId,
      accountId: private_ ? null : handlingId,
      action: 'case.file',
      target: `case:${caseId}`,
      details: {
        trackingNo,
        kind: input.kind,
        categoryId: category.id,
        filedAccountId: door.id,
        accountId: handlingId,
        source: input.source ?? 'app',
        attachments: v.attachmentIds.length,
        ...(input.open311 ? { open311ClientId: input.open311.clientId } : {}),
      },
    });

    const kindName = KIND_NAMES[input.kind];
    await notifyAccountStaff(repo.k, now, {
      accountId: handlingId,
      roles: ['responder', 'admin'],
      kind: 'case.received',
      title: {
        zh: `新${kindName.zh}：${trackingNo}`,
        en: `New ${kindName.en.toLowerCase()}: ${trackingNo}`,
      },
      body: { zh: v.title, en: v.title },
      link: `/console/accounts/${handlingId}/cases/${caseId}`,
    });

    return (await repo.findCase(caseId))!;
  });
}
