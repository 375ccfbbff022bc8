/** Session loading shared by the router guard and the sign-in page. */
import { ApiError } from '../../shared/http';
import type { StaffSession } from '../../shared/types';
import { getSession, listAccounts } from './api';
import { can, setExtraAccounts, setSession } from './session';

/** Loads the session; a 401 just means "signed out". */
export async function loadSession(): Promise<void> {
  try {
    await applySession(await getSession());
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) console.warn('session check failed', e);
    setSession(null);
  }
}

/** Stores a session and, for overseers, the accounts they may open without a role. */
export async function applySession(session: StaffSession): Promise<void> {
  setSession(session);
  if (!can.listAccounts) return;
  try {
    const { items } = await listAccounts();
    setExtraAccounts(items.map((a) => ({ id: a.id, handle: a.handle, name: a.name, roles: [] })));
  } catch {
    // The switcher still works with the user's own accounts.
  }
}
