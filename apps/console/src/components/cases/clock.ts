/**
 * The console's clock for case deadlines: the server's time (serverNow of the last answer)
 * plus the time since, ticking every 15 seconds, so a wrong PC clock does not show a wrong
 * countdown.
 */
import { onBeforeUnmount, ref } from 'vue';

export function useServerNow() {
  const offset = ref(0);
  const now = ref(Date.now());
  const timer = setInterval(() => (now.value = Date.now() + offset.value), 15_000);
  onBeforeUnmount(() => clearInterval(timer));
  return {
    now,
    sync(serverNow: number) {
      offset.value = serverNow - Date.now();
      now.value = serverNow;
    },
  };
}

/** "2 天 3 小时" / "2 d 3 h"; minutes under a day. */
export function spanText(ms: number, lang: string): string {
  const zh = lang.startsWith('zh');
  const minutes = Math.max(1, Math.floor(Math.abs(ms) / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (zh) return d > 0 ? `${d} 天 ${h} 小时` : h > 0 ? `${h} 小时 ${m} 分` : `${m} 分钟`;
  return d > 0 ? `${d} d ${h} h` : h > 0 ? `${h} h ${m} min` : `${m} min`;
}
