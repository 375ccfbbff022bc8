/**
 * vue-i18n set-up. The language lives in the `zw_lang` cookie (not localStorage) because the
 * server reads the same cookie to pick the language of its error messages.
 */
import { createI18n } from 'vue-i18n';
import { Locale } from 'vant';
import vantZh from 'vant/es/locale/lang/zh-CN';
import vantEn from 'vant/es/locale/lang/en-US';
import { currentLang, setLangCookie } from '../../../shared/http';
import zhCN, { type Messages } from './zh-CN';
import en from './en';

export type Lang = 'zh' | 'en';
const localeOf = { zh: 'zh-CN', en: 'en' } as const;

export const i18n = createI18n({
  legacy: false,
  locale: localeOf[currentLang()],
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en } satisfies Record<string, Messages>,
});

function applyToPage(lang: Lang): void {
  document.documentElement.lang = localeOf[lang];
  // Vant's own strings (loading, picker buttons) follow the app language too.
  if (lang === 'en') Locale.use('en-US', vantEn);
  else Locale.use('zh-CN', vantZh);
}

applyToPage(currentLang());

export function setLang(lang: Lang): void {
  setLangCookie(lang);
  i18n.global.locale.value = localeOf[lang];
  applyToPage(lang);
}

export function lang(): Lang {
  return i18n.global.locale.value === 'en' ? 'en' : 'zh';
}
