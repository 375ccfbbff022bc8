/**
 * Who a conversation can be assigned to: the account's admins and responders (staffList.ts
 * loads them). A responder may not list staff and can still take a conversation themselves,
 * so the choices fall back to "me" (and whoever holds it now).
 */

export interface Assignee {
  id: number;
  name: string;
}

/** The choices shown: the list when known, else me; always including the current holder. */
export function assigneeOptions(
  list: Assignee[] | null,
  me: Assignee | null,
  current: Assignee | null,
): Assignee[] {
  const out = list ? [...list] : me ? [me] : [];
  for (const extra of [me, current])
    if (extra && list === null && !out.some((a) => a.id === extra.id)) out.push(extra);
  if (current && !out.some((a) => a.id === current.id)) out.push(current);
  return out;
}
