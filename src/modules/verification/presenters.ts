/** Rows → API shapes of the verification module. */
import type { Static } from 'typebox';
import { daysLeft } from './expiry.js';
import type {
  ApplicationRow,
  EventRow,
  LetterRow,
  VerificationRepository,
  VerifiedAccount,
} from './repository.js';
import type { ApplicationT, VerificationT } from './schema.js';
import type { Application } from './schema.js';

export function letterUrl(id: number): string {
  return `/api/console/verification/letters/${id}`;
}

/** The citizen app's "verify this account" page of an account (the QR code opens it). */
export function verifyPath(handle: string): string {
  return `/accounts/${encodeURIComponent(handle)}/verified`;
}

export function toLetter(row: LetterRow) {
  return {
    id: row.id,
    name: row.original_name,
    mime: row.mime,
    size: row.size,
    url: letterUrl(row.id),
    createdAt: row.created_at,
  };
}

export function toVerification(a: VerifiedAccount, now: number): VerificationT {
  const verified = a.verified === 1;
  return {
    verified,
    verifiedName: verified ? a.verified_name : null,
    verifiedAt: a.verified_at,
    verifiedUntil: a.verified_until,
    daysLeft: verified && a.verified_until !== null ? daysLeft(a.verified_until, now) : 0,
    creditCode: a.credit_code,
  };
}

type EventWithActor = Pick<EventRow, 'application_id' | 'at' | 'action' | 'comment'> & {
  display_name: string | null;
};

/** Applications with their letters and steps, in two queries for the whole list. */
export async function presentApplications(
  repo: VerificationRepository,
  rows: ApplicationRow[],
): Promise<ApplicationT[]> {
  const events = (await repo.eventsOf(rows.map((r) => r.id))) as EventWithActor[];
  const letters = new Map<number, LetterRow>();
  for (const id of new Set(rows.map((r) => r.letter_id).filter((x): x is number => x !== null))) {
    const letter = await repo.findLetter(id);
    if (letter) letters.set(id, letter);
  }
  return rows.map((r) => toApplication(r, events, letters));
}

function toApplication(
  r: ApplicationRow,
  events: EventWithActor[],
  letters: Map<number, LetterRow>,
): Static<typeof Application> {
  const letter = r.letter_id !== null ? letters.get(r.letter_id) : undefined;
  return {
    id: r.id,
    accountId: r.account_id,
    kind: r.kind,
    status: r.status,
    requestedName: r.requested_name,
    creditCode: r.credit_code,
    letter: letter ? toLetter(letter) : null,
    operatorName: r.operator_name,
    operatorPhone: r.operator_phone,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    submittedAt: r.submitted_at,
    decidedAt: r.decided_at,
    events: events
      .filter((e) => e.application_id === r.id)
      .map((e) => ({ at: e.at, action: e.action, actor: e.display_name, comment: e.comment })),
  };
}

export async function presentApplication(
  repo: VerificationRepository,
  row: ApplicationRow,
): Promise<ApplicationT> {
  return (await presentApplications(repo, [row]))[0]!;
}
