/** Finding a canned reply in the composer's picker. */

export interface Searchable {
  id: number;
  title: string;
  text: string;
}

/** Titles first, then text: "办理" finds "办理时间" before a reply that merely mentions it. */
export function searchCanned<T extends Searchable>(items: T[], q: string): T[] {
  const s = q.trim().toLowerCase();
  if (!s) return items;
  const inTitle = items.filter((r) => r.title.toLowerCase().includes(s));
  const inText = items.filter((r) => !inTitle.includes(r) && r.text.toLowerCase().includes(s));
  return [...inTitle, ...inText];
}
