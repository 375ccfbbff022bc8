/**
 * One shared clock for every countdown on screen: a single timer, ticking while at least one
 * component listens, so twenty list rows do not start twenty intervals.
 */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

const now = ref(Date.now());
let users = 0;
let timer: ReturnType<typeof setInterval> | null = null;

/** The current time, refreshed every 30 s (the chips show minutes; half a minute keeps them honest). */
export function useNow(): Ref<number> {
  onMounted(() => {
    users += 1;
    now.value = Date.now();
    timer ??= setInterval(() => (now.value = Date.now()), 30_000);
  });
  onBeforeUnmount(() => {
    users -= 1;
    if (users === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  });
  return now;
}
