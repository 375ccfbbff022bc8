/**
 * GeoReport v2 wire formats. Every answer is built once as a JSON value in the "Spark
 * convention" and written either as JSON or as the XML the specification shows: lists sit in
 * a named wrapper (`<services><service>…`), nested lists too (`<formats><format>…`), null is
 * an empty element, and the document starts with the UTF-8 XML declaration.
 */
import type { FastifyReply } from 'fastify';

export type Format = 'xml' | 'json';

export const CONTENT_TYPES: Record<Format, string> = {
  xml: 'text/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Item element names of nested lists, by the list's own name. */
const NESTED_ITEM: Record<string, string> = {
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
};

/** The document's root and, for top-level lists, the item element. */
export interface XmlShape {
  root: string;
  item?: string;
}

export const SHAPES = {
  discovery: { root: 'discovery' },
  services: { root: 'services', item: 'service' },
  definition: { root: 'service_definition' },
  requests: { root: 'service_requests', item: 'request' },
  errors: { root: 'errors', item: 'error' },
} as const satisfies Record<string, XmlShape>;

function escapeXml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the rest is escaped.
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = NESTED_ITEM[name] ?? 'item';
    return `<${name}>${value.map((v) => element(item, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => element(k, v))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

export function toXml(body: unknown, shape: XmlShape): string {
  const decl = '<?xml version="1.0" encoding="utf-8"?>';
  if (shape.item) {
    const items = (body as unknown[]).map((v) => element(shape.item!, v)).join('');
    return `${decl}<${shape.root}>${items}</${shape.root}>`;
  }
  return `${decl}${element(shape.root, body)}`;
}

export function send(reply: FastifyReply, format: Format, status: number, body: unknown, shape: XmlShape) {
  reply.status(status).header('content-type', CONTENT_TYPES[format]);
  return reply.send(format === 'json' ? JSON.stringify(body) : toXml(body, shape));
}

/** `requests.json` → ['requests', 'json']; no or another suffix → format null. */
export function splitFormat(file: string): { name: string; format: Format | null; suffix: string } {
  const dot = file.lastIndexOf('.');
  if (dot <= 0) return { name: file, format: null, suffix: '' };
  const suffix = file.slice(dot + 1).toLowerCase();
  const name = file.slice(0, dot);
  return { name, format: suffix === 'xml' || suffix === 'json' ? suffix : null, suffix };
}

/** W3C date-time, UTC, whole seconds: 2026-12-07T14:42:42Z. */
export function isoTime(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined) return null;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const W3C_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A W3C date-time with its time zone (required by the specification), or null. */
export function parseTime(text: string): number | null {
  const m = W3C_DATETIME.exec(text);
  if (!m) return null;
  const [, , mo, d, h, mi, s] = m.map(Number) as number[];
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || (s ?? 0) > 59) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}
