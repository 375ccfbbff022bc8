/**
 * The one store of the app: who is signed in. A reactive module is enough here; a store
 * library would be more code than state.
 */
import { reactive } from 'vue';
import { setCsrfToken } from '../../shared/http';
import type { CitizenSession } from '../../shared/types';
import * as apiCalls from './api';
import { startLive, stopLive } from './live';
import { clearHome, refreshHome } from './homeState';

type CitizenInfo = NonNullable<CitizenSession['citizen']>;

export const session = reactive({
  /** False until the first GET /api/auth/session answered, so views don't flash "signed out". */
  ready: false,
  citizen: null as CitizenInfo | null,
});

function apply(citizen: CitizenInfo | null, csrf: string | null): void {
  session.citizen = citizen;
  setCsrfToken(csrf);
  // The event stream needs a citizen session and is bound to the one it opened with: a new
  // sign-in (another citizen, or after the old session expired and the stream gave up)
  // gets a fresh stream.
  if (citizen) {
    stopLive();
    startLive();
    void refreshHome().catch(() => undefined); // for the unread badge on the Home tab
  } else {
    stopLive();
    clearHome();
  }
}

let loading: Promise<void> | null = null;
export function loadSession(): Promise<void> {
  loading ??= apiCalls
    .getSession()
    .then((s) => apply(s.citizen, s.csrfToken))
    .catch(() => apply(null, null))
    .finally(() => {
      session.ready = true;
    });
  return loading;
}

export async function signIn(phone: string, code: string): Promise<void> {
  const s = await apiCalls.signIn(phone, code);
  apply(s.citizen, s.csrfToken);
}

export async function signOut(): Promise<void> {
  try {
    await apiCalls.signOut();
  } finally {
    apply(null, null);
    // Cached /api answers belong to the person who just left.
    navigator.serviceWorker?.controller?.postMessage('clear-api-cache');
  }
}
