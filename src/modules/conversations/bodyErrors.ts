/**
 * Better field names for bodies that are a union by `kind`. Ajv reports a failed `anyOf` with
 * the first branch's first error, so a bad location would be blamed on the missing `text` of
 * the text branch; instead the branch the body names is checked on its own and its first
 * error's field is reported.
 */
import type { FastifyRequest } from 'fastify';
import type { TObject } from 'typebox';
import Value from 'typebox/value';
import { AppError } from '../../infra/errors.js';
import { toAppError } from '../../infra/http/errors.js';

export function throwIfInvalid(req: FastifyRequest, branches: readonly TObject[]): void {
  const err = req.validationError as (Error & { validationContext?: string }) | undefined;
  if (!err) return;
  if (err.validationContext !== 'body') throw toAppError(err);
  throw new AppError('VALIDATION_FAILED', { field: unionField(branches, req.body), cause: err });
}

export function unionField(branches: readonly TObject[], body: unknown): string | undefined {
  const kind = (body as { kind?: unknown } | null)?.kind;
  const branch = branches.find((b) => (b.properties.kind as { const?: unknown } | undefined)?.const === kind);
  if (!branch) return 'kind';
  const first = [...Value.Errors(branch, body)][0];
  if (!first) return undefined;
  const path = first.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (path) return path;
  const params = first.params as { requiredProperties?: string[]; additionalProperties?: string[] };
  return params.requiredProperties?.[0] ?? params.additionalProperties?.[0];
}
