/**
 * Open311's error answer: a list of {code, description}, as JSON or as
 * `<errors><error><code>…</code><description>…</description></error></errors>`. The code is
 * the platform's stable error code (the specification allows a finer code than the HTTP
 * status); the description is the catalogue's message in the client's language, naming the
 * field or attribute concerned. HTTP status: 403 for api_key problems, 404 for what does not
 * exist, 429 when the key's rate is used up, 400 for everything else a client did wrong.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorCatalogue, type ErrorCode, type Lang } from '../../infra/errors.js';
import { langOf, toAppError } from '../../infra/http/errors.js';
import { SHAPES, send, splitFormat, type Format } from './format.js';

export interface Open311Problem {
  code: ErrorCode;
  /** The field or attribute concerned, named in the description. */
  subject?: string;
}

export class Open311Errors extends Error {
  readonly problems: Open311Problem[];
  constructor(problems: Open311Problem[] | Open311Problem) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => p.code).join(', '));
    this.name = 'Open311Errors';
    this.problems = list;
  }
}

export function problem(code: ErrorCode, subject?: string): Open311Errors {
  return new Open311Errors({ code, subject });
}

function httpStatus(problems: Open311Problem[]): number {
  const statuses = problems.map((p) => errorCatalogue[p.code].status);
  if (statuses.includes(500)) return 500;
  if (statuses.includes(403)) return 403;
  if (statuses.includes(429)) return 429;
  if (statuses.every((s) => s === 404)) return 404;
  return 400;
}

export function errorList(problems: Open311Problem[], lang: Lang) {
  return problems.map((p) => {
    const message = errorCatalogue[p.code][lang];
    return {
      code: p.code,
      description: p.subject ? `${message}${lang === 'zh' ? '：' : ': '}${p.subject}` : message,
    };
  });
}

/** The format the failing URL asked for; XML (the mandatory format) when it names none. */
export function formatOfUrl(url: string): Format {
  const path = url.split('?')[0] ?? '';
  return splitFormat(path.slice(path.lastIndexOf('/') + 1)).format ?? 'xml';
}

export function sendErrors(req: FastifyRequest, reply: FastifyReply, err: unknown) {
  let problems: Open311Problem[];
  if (err instanceof Open311Errors) problems = err.problems;
  else {
    const app = toAppError(err);
    if (app.code === 'INTERNAL') req.log.error({ err }, 'unhandled error');
    problems = [{ code: app.code, subject: app.field }];
  }
  return send(
    reply,
    formatOfUrl(req.url),
    httpStatus(problems),
    errorList(problems, langOf(req)),
    SHAPES.errors,
  );
}
