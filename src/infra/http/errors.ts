/**
 * Turns every failure into the catalogue's shape: Fastify's own errors (bad JSON, oversized
 * bodies, schema validation) are mapped to stable codes; unknown errors become INTERNAL and
 * are logged with their cause, never sent.
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, errorBody, pickLang, type ErrorCode } from '../errors.js';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_REQ_FILE_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_FILES_LIMIT: 'BODY_TOO_LARGE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

export function langOf(req: FastifyRequest): 'zh' | 'en' {
  return pickLang(req.headers['accept-language'], req.cookies?.zw_lang);
}

/** The dot path of the first failing field in an Ajv validation error. */
function validationField(err: FastifyError): string | undefined {
  const v = err.validation?.[0] as
    { instancePath?: string; params?: { missingProperty?: string; additionalProperty?: string } } | undefined;
  if (!v) return undefined;
  const base = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const extra = v.params?.missingProperty ?? v.params?.additionalProperty;
  const path = [base, extra].filter(Boolean).join('.');
  return path || err.validationContext;
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const fe = err as FastifyError;
  if (fe?.validation) return new AppError('VALIDATION_FAILED', { field: validationField(fe), cause: err });
  if (fe?.code && FASTIFY_CODES[fe.code]) return new AppError(FASTIFY_CODES[fe.code]!, { cause: err });
  if (err instanceof SyntaxError && fe.statusCode === 400)
    return new AppError('INVALID_JSON', { cause: err });
  if (fe?.statusCode === 413) return new AppError('BODY_TOO_LARGE', { cause: err });
  if (fe?.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', { cause: err });
  return new AppError('INTERNAL', { cause: err });
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err, req, reply) => {
    const appErr = toAppError(err);
    if (appErr.code === 'INTERNAL') req.log.error({ err }, 'unhandled error');
    else req.log.debug({ code: appErr.code, cause: appErr.cause }, 'request refused');
    return reply.status(appErr.status).send(errorBody(appErr, langOf(req)));
  });
}
