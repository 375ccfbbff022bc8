import type { Directive } from 'vue';

/**
 * `v-input-testid="'login-phone'"` on a Vant Field or Search: Vant puts attributes on its
 * wrapper <div>, but end-to-end tests (and password managers) need the real <input>.
 */
export const vInputTestid: Directive<HTMLElement, string> = {
  mounted(el, binding) {
    el.querySelector('input, textarea')?.setAttribute('data-testid', binding.value);
  },
};
