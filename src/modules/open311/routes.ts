/**
 * Open311 GeoReport v2 under /open311/v2/ (docs/API.md "Open311"): discovery, services,
 * service definitions, POST requests (api_key), GET requests with filters, one request, and
 * tokens — each as `.xml` and `.json`, errors in the specification's own format.
 *
 * jurisdiction_id: the platform serves many cities, so a client may name one by its GB/T 2260
 * region code (e.g. 411500 信阳市): lists then hold that region's requests, and new requests
 * are routed by it. Without it the whole platform is meant (and new requests carry no region).
 * An unknown code is 404, as the specification says.
 */
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { langOf } from '../../infra/http/errors.js';
import { clientBucket, enforceRateLimit, type RateLimitRule } from '../../infra/ratelimit/limiter.js';
import { createRequest } from './create.js';
import { Open311Errors, problem, sendErrors } from './errors.js';
import { SHAPES, isoTime, parseTime, send, splitFormat, type Format } from './format.js';
import { findOpen311Client } from './keys.js';
import {
  DEFAULT_SPAN_MS,
  findRequest,
  findRequests,
  findToken,
  regionPrefix,
  type RequestFilter,
} from './requests.js';
import { catalogueChangedAt, categoryByCode, listServices, serviceDefinition } from './services.js';

export const OPEN311_BASE = '/open311/v2';
export const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
/** A client app files for many people, but not hundreds a minute. */
export const CREATES_PER_MINUTE: RateLimitRule = { name: 'open311-create-min', limit: 30, windowMs: 60_000 };
export const CREATES_PER_DAY: RateLimitRule = {
  name: 'open311-create-day',
  limit: 2000,
  windowMs: 86_400_000,
};
/** Request lists are the one costly read (up to 1000 rows): a generous limit per client address. */
export const LISTS_PER_MINUTE: RateLimitRule = { name: 'open311-list', limit: 300, windowMs: 60_000 };
const MAX_IDS = 1000;

type Params = { file: string };
type Query = Record<string, string | string[] | undefined>;

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value.join(',') : (value ?? '')).trim();
}

/** Comma list → trimmed, non-empty items; absent or empty → undefined ("optional" = same answer). */
function list(value: string | string[] | undefined): string[] | undefined {
  const items = one(value)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

function formatOf(file: string, expected: string): Format {
  const { name, format } = splitFormat(file);
  if (name !== expected) throw problem('ROUTE_NOT_FOUND');
  if (!format) throw problem('OPEN311_FORMAT_UNSUPPORTED');
  return format;
}

/** `services/{code}.{fmt}` → code and format. */
function idAndFormat(file: string): { id: string; format: Format } {
  const { name, format } = splitFormat(file);
  if (!format) throw problem('OPEN311_FORMAT_UNSUPPORTED');
  return { id: name, format };
}

export const open311Routes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const k = deps.database.k;

  // Errors of these routes, Fastify's own included, answer in the Open311 format.
  app.setErrorHandler((err, req, reply) => sendErrors(req, reply, err));
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_req, body, done) => done(null, new URLSearchParams(body as string)),
  );

  async function jurisdiction(value: string): Promise<string | null> {
    if (!value) return null;
    if (!/^\d{6}$/.test(value)) throw problem('OPEN311_JURISDICTION_NOT_FOUND', value);
    const region = await k.selectFrom('regions').select('code').where('code', '=', value).executeTakeFirst();
    if (!region) throw problem('OPEN311_JURISDICTION_NOT_FOUND', value);
    return value;
  }

  const scopeOf = async (req: FastifyRequest) => {
    const code = await jurisdiction(one((req.query as Query).jurisdiction_id));
    return { regionPrefix: code ? regionPrefix(code) : '' };
  };

  function discovery(req: FastifyRequest, changedAt: number | null) {
    const lang = langOf(req);
    const changeset = isoTime(changedAt ?? 0)!;
    return {
      changeset,
      contact:
        lang === 'en'
          ? 'Zhengwei platform administration: write to the platform administrator through the console'
          : '政微平台管理方：请通过控制台联系平台管理员',
      key_service:
        lang === 'en'
          ? 'api_key values are issued by the platform administrator (console: Open311 keys)'
          : 'api_key 由平台管理员在控制台“Open311 密钥”页面签发',
      endpoints: [
        {
          specification: SPECIFICATION,
          url: `${req.protocol}://${req.host}${OPEN311_BASE}`,
          changeset,
          type: 'production',
          formats: ['text/xml', 'application/json'],
        },
      ],
    };
  }

  app.get<{ Params: Params; Querystring: Query }>(
    `${OPEN311_BASE}/:file`,
    { schema: { hide: true } },
    async (req, reply) => {
      const { name } = splitFormat(req.params.file);
      const lang = langOf(req);
      if (name === 'discovery') {
        const format = formatOf(req.params.file, 'discovery');
        return send(reply, format, 200, discovery(req, await catalogueChangedAt(k)), SHAPES.discovery);
      }
      if (name === 'services') {
        const format = formatOf(req.params.file, 'services');
        await scopeOf(req);
        return send(reply, format, 200, await listServices(k, lang), SHAPES.services);
      }
      if (name === 'requests') {
        const format = formatOf(req.params.file, 'requests');
        await enforceRateLimit(deps.rateLimiter, reply, LISTS_PER_MINUTE, clientBucket(req.ip));
        const scope = await scopeOf(req);
        const filter = requestFilter(req.query, deps.clock.now());
        return send(reply, format, 200, await findRequests(k, scope, filter, lang), SHAPES.requests);
      }
      throw problem('ROUTE_NOT_FOUND');
    },
  );

  app.get<{ Params: Params; Querystring: Query }>(
    `${OPEN311_BASE}/services/:file`,
    { schema: { hide: true } },
    async (req, reply) => {
      const { id, format } = idAndFormat(req.params.file);
      await scopeOf(req);
      const category = await categoryByCode(k, id);
      if (!category) throw problem('OPEN311_SERVICE_NOT_FOUND', id);
      return send(reply, format, 200, serviceDefinition(category, langOf(req)), SHAPES.definition);
    },
  );

  app.get<{ Params: Params; Querystring: Query }>(
    `${OPEN311_BASE}/requests/:file`,
    { schema: { hide: true } },
    async (req, reply) => {
      const { id, format } = idAndFormat(req.params.file);
      const scope = await scopeOf(req);
      const found = await findRequest(k, scope, id, langOf(req));
      if (!found) throw problem('OPEN311_REQUEST_NOT_FOUND', id);
      return send(reply, format, 200, [found], SHAPES.requests);
    },
  );

  app.get<{ Params: Params; Querystring: Query }>(
    `${OPEN311_BASE}/tokens/:file`,
    { schema: { hide: true } },
    async (req, reply) => {
      const { id, format } = idAndFormat(req.params.file);
      await scopeOf(req);
      const found = id ? await findToken(k, id) : null;
      if (!found) throw problem('OPEN311_TOKEN_NOT_FOUND', id);
      return send(reply, format, 200, [found], SHAPES.requests);
    },
  );

  app.post<{ Params: Params }>(`${OPEN311_BASE}/:file`, { schema: { hide: true } }, async (req, reply) => {
    const format = formatOf(req.params.file, 'requests');
    const form = req.isMultipart() ? await multipartForm(req) : formOf(req.body);
    const key = (form.get('api_key') ?? '').trim();
    if (!key) throw problem('OPEN311_API_KEY_REQUIRED');
    const client = await findOpen311Client(k, key);
    if (!client) throw problem('OPEN311_API_KEY_INVALID');
    await enforceRateLimit(deps.rateLimiter, reply, CREATES_PER_MINUTE, String(client.id));
    await enforceRateLimit(deps.rateLimiter, reply, CREATES_PER_DAY, String(client.id));
    // In the body as the specification says; some clients put it in the URL.
    const regionCode = await jurisdiction(
      (form.get('jurisdiction_id') || one((req.query as Query | undefined)?.jurisdiction_id)).trim(),
    );
    const created = await createRequest(deps.database, {
      form,
      clientId: client.id,
      regionCode,
      now: deps.clock.now(),
      lang: langOf(req),
    });
    return send(reply, format, 201, [created], SHAPES.requests);
  });

  // Anything else under the base: the Open311 404, in the format the URL asked for.
  app.all(`${OPEN311_BASE}/*`, { schema: { hide: true } }, async () => {
    throw problem('ROUTE_NOT_FOUND');
  });
};

/**
 * The fields of a multipart POST (some clients send every create as multipart). Files are
 * read and dropped: photos come as `media_url`, the platform takes no uploads through Open311.
 */
async function multipartForm(req: FastifyRequest): Promise<URLSearchParams> {
  const form = new URLSearchParams();
  for await (const part of req.parts()) {
    if (part.type === 'file') await pipeline(part.file, discard());
    else form.append(part.fieldname, String(part.value));
  }
  return form;
}

function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

/** Form fields, also from a JSON object body (lenient towards clients that send JSON). */
function formOf(body: unknown): URLSearchParams {
  if (body instanceof URLSearchParams) return body;
  // Plain text or another body that is no form: the specification asks for form encoding.
  if (typeof body === 'string' || Buffer.isBuffer(body)) throw problem('UNSUPPORTED_MEDIA_TYPE');
  const form = new URLSearchParams();
  if (body && typeof body === 'object') {
    for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
      if (Array.isArray(value)) for (const v of value) form.append(name, String(v));
      else if (value !== null && value !== undefined) form.append(name, String(value));
    }
  }
  return form;
}

/** The GET requests filters, checked; defaults per the specification (last 90 days). */
export function requestFilter(query: Query, now: number): RequestFilter {
  const ids = list(query.service_request_id);
  if (ids) return { ids: ids.slice(0, MAX_IDS) };
  const problems: Array<{ code: 'OPEN311_DATE_INVALID' | 'OPEN311_STATUS_INVALID'; subject: string }> = [];
  const time = (name: 'start_date' | 'end_date') => {
    const text = one(query[name]);
    if (!text) return undefined;
    const ms = parseTime(text);
    if (ms === null) problems.push({ code: 'OPEN311_DATE_INVALID', subject: name });
    return ms ?? undefined;
  };
  let from = time('start_date');
  let to = time('end_date');
  const statuses = list(query.status)?.map((s) => s.toLowerCase());
  if (statuses?.some((s) => s !== 'open' && s !== 'closed'))
    problems.push({ code: 'OPEN311_STATUS_INVALID', subject: 'status' });
  if (problems.length) throw new Open311Errors(problems);
  if (from !== undefined && to !== undefined) {
    if (to < from || to - from > DEFAULT_SPAN_MS) throw problem('OPEN311_DATE_RANGE');
  } else if (from !== undefined) to = from + DEFAULT_SPAN_MS;
  else if (to !== undefined) from = to - DEFAULT_SPAN_MS;
  else {
    to = now;
    from = now - DEFAULT_SPAN_MS;
  }
  return {
    serviceCodes: list(query.service_code),
    from,
    to,
    statuses: statuses ? [...new Set(statuses as Array<'open' | 'closed'>)] : undefined,
  };
}
