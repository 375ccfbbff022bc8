/**
 * An Open311 GeoReport v2 client written from the specification alone
 * (http://wiki.open311.org/GeoReport_v2): it knows URLs, formats and field names, nothing of
 * the server's internals, so the tests that use it check the interface other Open311 tools see.
 *
 * - The format is chosen by the URL suffix (`.xml` or `.json`); XML is mandatory, JSON optional.
 * - POST bodies are `application/x-www-form-urlencoded; charset=utf-8`; attributes are sent as
 *   `attribute[CODE]=v`, multi-value ones as `attribute[CODE][]=v1&attribute[CODE][]=v2`.
 * - XML answers are turned into the JSON ("Spark convention") shape — wrapper elements drop
 *   away, lists become arrays — with every value kept as the text the XML carried, so a test
 *   can compare the two formats field by field (`sameAnswer`).
 */
import { XMLParser } from 'fast-xml-parser';

export type Format = 'xml' | 'json';

export interface Open311Answer<T = unknown> {
  status: number;
  contentType: string;
  /** The parsed body: JSON as sent, XML mapped to the JSON shape (values as strings). */
  body: T;
  /** The raw text, for checks on the XML declaration and the like. */
  text: string;
}

export interface RequestFilters {
  service_request_id?: string | string[];
  service_code?: string | string[];
  start_date?: string;
  end_date?: string;
  status?: string | string[];
  jurisdiction_id?: string;
  [extension: string]: string | string[] | undefined;
}

export interface NewRequest {
  service_code: string;
  lat?: number | string;
  long?: number | string;
  address_string?: string;
  address_id?: string;
  email?: string;
  device_id?: string;
  account_id?: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
  description?: string;
  media_url?: string;
  /** attribute[CODE]=value; an array is a multivaluelist. */
  attributes?: Record<string, string | string[]>;
}

/** XML element names that are list items: always arrays, whatever their count. */
const LIST_ITEMS = new Set(['service', 'request', 'error', 'endpoint', 'format', 'attribute', 'value']);
/** Wrappers that vanish in the JSON shape: the answer is their list. */
const LIST_ROOTS: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
};
/** Nested wrappers whose single child list replaces them (`<formats><format>` → `formats: []`). */
const NESTED_LISTS: Record<string, string> = {
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
};

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => LIST_ITEMS.has(name),
});

export class Open311Client {
  constructor(
    private readonly base: string,
    private readonly options: { apiKey?: string; jurisdictionId?: string } = {},
  ) {}

  discovery(format: Format = 'json') {
    return this.get(`discovery.${format}`, {}, format);
  }

  services(format: Format = 'json', query: Record<string, string> = {}) {
    return this.get(`services.${format}`, this.withJurisdiction(query), format);
  }

  serviceDefinition(code: string, format: Format = 'json', query: Record<string, string> = {}) {
    return this.get(`services/${encodeURIComponent(code)}.${format}`, this.withJurisdiction(query), format);
  }

  requests(filters: RequestFilters = {}, format: Format = 'json') {
    return this.get(`requests.${format}`, this.withJurisdiction(filters), format);
  }

  request(id: string, format: Format = 'json', query: Record<string, string> = {}) {
    return this.get(`requests/${encodeURIComponent(id)}.${format}`, this.withJurisdiction(query), format);
  }

  token(token: string, format: Format = 'json') {
    return this.get(`tokens/${encodeURIComponent(token)}.${format}`, this.withJurisdiction({}), format);
  }

  /** POST requests.{fmt}; `apiKey: null` leaves the key out (to test the 403). */
  async createRequest(
    fields: NewRequest,
    format: Format = 'json',
    apiKey: string | null | undefined = undefined,
  ) {
    const form = new URLSearchParams();
    const key = apiKey === undefined ? this.options.apiKey : apiKey;
    if (key != null) form.append('api_key', key);
    if (this.options.jurisdictionId) form.append('jurisdiction_id', this.options.jurisdictionId);
    const { attributes, ...plain } = fields;
    for (const [name, value] of Object.entries(plain))
      if (value !== undefined) form.append(name, String(value));
    for (const [code, value] of Object.entries(attributes ?? {})) {
      if (Array.isArray(value)) for (const v of value) form.append(`attribute[${code}][]`, v);
      else form.append(`attribute[${code}]`, value);
    }
    const res = await fetch(this.url(`requests.${format}`, {}), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: form.toString(),
    });
    return this.answer(res, format);
  }

  private withJurisdiction<Q extends object>(query: Q): Q {
    return this.options.jurisdictionId ? { jurisdiction_id: this.options.jurisdictionId, ...query } : query;
  }

  private url(path: string, query: Record<string, string | string[] | undefined>): string {
    const u = new URL(path, this.base.endsWith('/') ? this.base : `${this.base}/`);
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      u.searchParams.set(name, Array.isArray(value) ? value.join(',') : value);
    }
    return u.toString();
  }

  private async get(path: string, query: object, format: Format) {
    const res = await fetch(this.url(path, query as Record<string, string | string[] | undefined>));
    return this.answer(res, format);
  }

  private async answer(res: Response, format: Format): Promise<Open311Answer> {
    const text = await res.text();
    const contentType = res.headers.get('content-type') ?? '';
    const body = format === 'json' ? (text ? JSON.parse(text) : null) : xmlToSpark(text);
    return { status: res.status, contentType, body, text };
  }
}

/** Maps a GeoReport XML document to the JSON shape, values left as strings. */
export function xmlToSpark(xml: string): unknown {
  const doc = parser.parse(xml) as Record<string, unknown>;
  const rootName = Object.keys(doc).find((k) => k !== '?xml');
  if (!rootName) throw new Error('XML answer has no root element');
  const root = doc[rootName];
  const listItem = LIST_ROOTS[rootName];
  if (listItem) {
    const items = root && typeof root === 'object' ? (root as Record<string, unknown>)[listItem] : undefined;
    return ((items as unknown[]) ?? []).map(unwrapNested);
  }
  return unwrapNested(root);
}

function unwrapNested(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(unwrapNested);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const child = NESTED_LISTS[key];
    if (child !== undefined) {
      const list = value && typeof value === 'object' ? (value as Record<string, unknown>)[child] : undefined;
      out[key] = ((list as unknown[]) ?? []).map(unwrapNested);
    } else out[key] = unwrapNested(value);
  }
  return out;
}

/**
 * True when an XML answer (strings) says what the JSON answer says: every JSON field is present
 * in the XML with the same text (numbers and booleans compared as text; null as an empty or
 * missing element).
 */
export function sameAnswer(xml: unknown, json: unknown): boolean {
  if (json === null || json === undefined) return xml === undefined || xml === '' || xml === null;
  if (Array.isArray(json)) {
    return Array.isArray(xml) && xml.length === json.length && json.every((j, i) => sameAnswer(xml[i], j));
  }
  if (typeof json === 'object') {
    if (!xml || typeof xml !== 'object') return false;
    return Object.entries(json).every(([k, v]) => sameAnswer((xml as Record<string, unknown>)[k], v));
  }
  return String(xml ?? '') === String(json);
}
