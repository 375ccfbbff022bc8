/**
 * The notification a push shows (the citizen app's service worker reads it): the account's
 * name as the title, the article title as the body (the first one and a count when there
 * are several), and the article's page to open. Kept far below the 4 KB push limit.
 */
export interface NotificationContent {
  accountName: string;
  publications: Array<{ title: string; slug: string }>;
}

export interface PushMessage {
  title: string;
  body: string;
  url: string;
  tag: string;
}

export function notificationPayload(pushId: number, c: NotificationContent): string {
  const first = c.publications[0];
  const more = c.publications.length - 1;
  const message: PushMessage = {
    title: c.accountName.slice(0, 60),
    body: first ? `${first.title.slice(0, 120)}${more > 0 ? ` 等 ${c.publications.length} 篇` : ''}` : '',
    url: first ? `/a/${first.slug}` : '/',
    tag: `push-${pushId}`,
  };
  return JSON.stringify(message);
}
