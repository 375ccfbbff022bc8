/**
 * New-article notifications (Web Push) on this device: the state, turning them on and off,
 * and the one-time question "开启新文章提醒？" asked at a moment it makes sense — right after
 * the citizen followed an account or finished reading an article, never on first load.
 * The service worker (public/sw.js) shows the notifications.
 */
import { ref } from 'vue';
import type { Router } from 'vue-router';
import { showConfirmDialog, showToast } from 'vant';
import { api } from '../../shared/http';
import { i18n } from './i18n';
import { onLive } from './live';
import { session } from './session';

const messages = {
  'zh-CN': {
    title: '开启新文章提醒？',
    body: '关注的公众号发布新文章时，将通过浏览器通知提醒您。可随时在“我的”中关闭。',
    confirm: '开启',
    later: '以后再说',
    on: '已开启',
    off: '未开启',
    denied: '已被浏览器禁止',
    unsupported: '此浏览器不支持',
    cell: '新文章提醒',
    cellHint: '关注的公众号发布新文章时通过浏览器通知提醒',
    turnOn: '开启',
    turnOff: '关闭',
    enabled: '已开启新文章提醒',
    disabled: '已关闭新文章提醒',
    failed: '开启失败，请检查浏览器通知权限',
  },
  en: {
    title: 'Turn on new-article alerts?',
    body: 'Get a browser notification when an account you follow publishes a new article. You can turn this off under Me at any time.',
    confirm: 'Turn on',
    later: 'Not now',
    on: 'On',
    off: 'Off',
    denied: 'Blocked by the browser',
    unsupported: 'Not supported by this browser',
    cell: 'New-article alerts',
    cellHint: 'A browser notification when a followed account publishes',
    turnOn: 'Turn on',
    turnOff: 'Turn off',
    enabled: 'New-article alerts are on',
    disabled: 'New-article alerts are off',
    failed: 'Could not turn alerts on; check the browser’s notification permission',
  },
};
i18n.global.mergeLocaleMessage('zh-CN', { webpush: messages['zh-CN'] });
i18n.global.mergeLocaleMessage('en', { webpush: messages.en });

export type PushState = 'unsupported' | 'denied' | 'off' | 'on';
export const pushState = ref<PushState>('off');

const ASKED_KEY = 'zw.webpush.asked';

export function pushSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    'serviceWorker' in navigator &&
    'PushManager' in window &&
    'Notification' in window
  );
}

async function registration(): Promise<ServiceWorkerRegistration | null> {
  if (!pushSupported()) return null;
  return (await navigator.serviceWorker.getRegistration()) ?? null;
}

/** Reads the device's state: permission and whether a subscription exists. */
export async function refreshPushState(): Promise<PushState> {
  if (!pushSupported()) return (pushState.value = 'unsupported');
  if (Notification.permission === 'denied') return (pushState.value = 'denied');
  const reg = await registration();
  const sub = await reg?.pushManager.getSubscription();
  return (pushState.value = sub && Notification.permission === 'granted' ? 'on' : 'off');
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const b64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

/** Asks the browser's permission, subscribes this device and tells the server. */
export async function enablePush(): Promise<boolean> {
  const reg = await registration();
  if (!reg) return false;
  if ((await Notification.requestPermission()) !== 'granted') {
    await refreshPushState();
    return false;
  }
  const { publicKey } = await api<{ publicKey: string }>('GET', '/api/push/vapid-public-key');
  const sub =
    (await reg.pushManager.getSubscription()) ??
    (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }));
  const json = sub.toJSON() as { endpoint: string; keys: { p256dh: string; auth: string } };
  await api('POST', '/api/me/push-subscriptions', {
    endpoint: json.endpoint,
    keys: json.keys,
    device: navigator.userAgent.match(/(Edg|Chrome|Firefox|Safari)\/[\d.]+/)?.[0] ?? 'browser',
  });
  pushState.value = 'on';
  return true;
}

export async function disablePush(): Promise<void> {
  const reg = await registration();
  const sub = await reg?.pushManager.getSubscription();
  if (sub) {
    await api('DELETE', '/api/me/push-subscriptions', { endpoint: sub.endpoint }).catch(() => undefined);
    await sub.unsubscribe();
  }
  pushState.value = 'off';
}

/** The one-time question, only for a signed-in citizen whose browser can and has not decided. */
export async function maybeAskForPush(): Promise<void> {
  if (!session.citizen || !pushSupported() || Notification.permission !== 'default') return;
  if (localStorage.getItem(ASKED_KEY)) return;
  // Without the service worker (development server, a private window) there is nothing to turn on.
  if (!(await registration())) return;
  if ((await refreshPushState()) !== 'off') return;
  localStorage.setItem(ASKED_KEY, String(Date.now()));
  const t = i18n.global.t;
  try {
    await showConfirmDialog({
      title: t('webpush.title'),
      message: t('webpush.body'),
      confirmButtonText: t('webpush.confirm'),
      cancelButtonText: t('webpush.later'),
    });
  } catch {
    return; // "not now"
  }
  try {
    if (await enablePush()) showToast(t('webpush.enabled'));
  } catch {
    showToast(t('webpush.failed'));
  }
}

/**
 * Asks after a follow (the `follow.changed` event this device also receives) and after the
 * citizen leaves an article they read for a while; never on first load.
 */
export function installPushPrompt(router: Router): void {
  onLive('follow.changed', (d) => {
    if (d.following) setTimeout(() => void maybeAskForPush(), 800);
  });
  let readSince = 0;
  router.afterEach((to, from) => {
    if (to.name === 'read') readSince = Date.now();
    else if (from.name === 'read' && readSince && Date.now() - readSince > 10_000) void maybeAskForPush();
  });
}
