/**
 * The `signing.resign` job (keyed `signing-resign:<accountId>`), scheduled by a revocation:
 * re-signs the account's live publications that only a revoked key had signed. Re-running it
 * finds nothing left to do.
 */
import type { AppDeps } from '../../deps.js';
import type { JobHandler } from '../../infra/jobs/names.js';
import { resignAccount } from './manageKeys.js';

export function signingResignJob(deps: Pick<AppDeps, 'database'>): JobHandler<'signing.resign'> {
  return async (payload, ctx) => {
    const n = await resignAccount(deps, payload.accountId, ctx.now);
    return n > 0 ? 'done' : 'skipped';
  };
}
