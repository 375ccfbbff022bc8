/**
 * POST requests: an Open311 client files a service request; it becomes a case (kind
 * complaint — a problem for a department to act on) through the same `fileCase` the app
 * uses, so routing, the statutory clock, notifications and the audit trail are the same.
 * The reporter's contact (name, email, phone, device and account ids) is kept in
 * cases.contact for the department and is never shown by the Open311 GET answers.
 */
import { randomToken } from '../../infra/crypto.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { ADDRESS_MAX, DESCRIPTION_MAX, TITLE_MAX, fileCase } from '../cases/file.js';
import { CasesRepository } from '../cases/repository.js';
import { answerSummary, attributeFields, checkAttributes } from './attributes.js';
import { open311Door } from './door.js';
import { Open311Errors, problem, type Open311Problem } from './errors.js';
import { deadlineNotice } from './requests.js';
import { categoryAttributes, categoryByCode } from './services.js';
import type { Lang } from '../../infra/errors.js';

/** The specification's limit of a request's description. */
export const OPEN311_DESCRIPTION_MAX = 4000;
const SHORT_MAX = 100;
const URL_MAX = 1000;

export interface CreateInput {
  form: URLSearchParams;
  clientId: number;
  /** The jurisdiction's region code, when the client named one. */
  regionCode: string | null;
  now: number;
  lang: Lang;
}

function field(form: URLSearchParams, name: string): string {
  return (form.get(name) ?? '').trim();
}

function coordinate(text: string, limit: number): number | null {
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}

export async function createRequest(database: Database, input: CreateInput) {
  const { form } = input;
  const code = field(form, 'service_code');
  if (!code) throw problem('OPEN311_SERVICE_CODE_REQUIRED');
  const category = await categoryByCode(database.k, code);
  if (!category) throw problem('OPEN311_SERVICE_NOT_FOUND', code);

  const problems: Open311Problem[] = [];
  // Location: lat+long, address_string or address_id (at least one).
  const latText = field(form, 'lat');
  const longText = field(form, 'long');
  const addressString = field(form, 'address_string');
  const addressId = field(form, 'address_id');
  let lat: number | null = null;
  let long: number | null = null;
  if (latText || longText) {
    lat = coordinate(latText, 90);
    long = coordinate(longText, 180);
    if (lat === null || long === null)
      problems.push({ code: 'OPEN311_LOCATION_INVALID', subject: 'lat/long' });
  } else if (!addressString && !addressId) problems.push({ code: 'OPEN311_LOCATION_REQUIRED' });
  const address =
    [addressString, addressId ? `address_id ${addressId}` : ''].filter(Boolean).join(' · ') || null;
  if (address && [...address].length > ADDRESS_MAX)
    problems.push({ code: 'OPEN311_FIELD_INVALID', subject: 'address_string' });

  // Contact and the other plain fields.
  const contact: Record<string, string> = {};
  for (const [name, key] of [
    ['first_name', 'firstName'],
    ['last_name', 'lastName'],
    ['email', 'email'],
    ['phone', 'phone'],
    ['device_id', 'deviceId'],
    ['account_id', 'accountId'],
  ] as const) {
    const value = field(form, name);
    if (!value) continue;
    if ([...value].length > SHORT_MAX) problems.push({ code: 'OPEN311_FIELD_INVALID', subject: name });
    else contact[key] = value;
  }
  if (contact.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact.email))
    problems.push({ code: 'OPEN311_FIELD_INVALID', subject: 'email' });
  if (contact.phone && !/^[+\d][\d\s()-]{2,29}$/.test(contact.phone))
    problems.push({ code: 'OPEN311_FIELD_INVALID', subject: 'phone' });
  const description = field(form, 'description');
  if ([...description].length > OPEN311_DESCRIPTION_MAX)
    problems.push({ code: 'OPEN311_FIELD_INVALID', subject: 'description' });
  const mediaUrl = field(form, 'media_url') || null;
  if (mediaUrl !== null) {
    let ok = mediaUrl.length <= URL_MAX;
    try {
      ok &&= ['http:', 'https:'].includes(new URL(mediaUrl).protocol);
    } catch {
      ok = false;
    }
    if (!ok) problems.push({ code: 'OPEN311_FIELD_INVALID', subject: 'media_url' });
  }

  const definition = categoryAttributes(category.attributes);
  const checked = checkAttributes(definition, attributeFields(form));
  for (const p of checked.problems) problems.push({ code: p.code, subject: p.attribute });
  if (problems.length > 0) throw new Open311Errors(problems);

  const repo = CasesRepository.of(database);
  const door = await open311Door(repo, category, input.regionCode);
  if (door === null) throw problem('OPEN311_NO_DEPARTMENT', code);

  // The case's text: the client's description and the attribute answers, for staff.
  const summary = answerSummary(definition, checked.answers, 'zh');
  const text = description || `${category.name_zh}（经 Open311 提交，未附描述）`;
  const caseDescription = summary ? `${text}\n\n${summary}` : text;
  if ([...caseDescription].length > DESCRIPTION_MAX)
    throw problem('OPEN311_FIELD_INVALID', `description (≤ ${DESCRIPTION_MAX})`);
  const firstLine = description.split('\n')[0]?.trim() ?? '';
  const title = [...(firstLine ? `${category.name_zh}：${firstLine}` : category.name_zh)]
    .slice(0, TITLE_MAX)
    .join('');

  let row;
  try {
    row = await fileCase(database, {
      accountId: door,
      kind: 'complaint',
      categoryId: category.id,
      title,
      description: caseDescription,
      citizenId: null,
      regionCode: input.regionCode,
      address,
      latitude: lat,
      longitude: long,
      contactPreference: contact.phone ? 'phone' : 'none',
      contact: Object.keys(contact).length > 0 ? { source: 'open311', ...contact } : null,
      anonymous: false,
      source: 'open311',
      open311: {
        clientId: input.clientId,
        token: randomToken(18),
        mediaUrl,
        attributes: Object.keys(checked.answers).length ? checked.answers : null,
      },
      now: input.now,
    });
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION_FAILED')
      throw problem('OPEN311_FIELD_INVALID', err.field === 'description' ? 'description' : err.field);
    throw err;
  }
  return {
    service_request_id: row.tracking_no,
    service_notice: deadlineNotice(Number(row.due_at), input.lang),
    account_id: contact.accountId ?? null,
  };
}
