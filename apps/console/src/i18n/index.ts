/**
 * vue-i18n set-up. The language lives in the `zw_lang` cookie (shared with the citizen app
 * and read by the server for error messages), so switching here also switches the language
 * of every server error.
 */
import { createI18n } from 'vue-i18n';
import { ref } from 'vue';
import { currentLang, setLangCookie } from '../../../shared/http';
import zhCN from './zh-CN';
import pushZh from './push.zh-CN';
import pushEn from './push.en';
import en from './en';
import inboxZh from './inbox.zh-CN';
import inboxEn from './inbox.en';
import autoreplyZh from './autoreply.zh-CN';
import autoreplyEn from './autoreply.en';
import engagementZh from './engagement.zh-CN';
import engagementEn from './engagement.en';
import rteZh from './rte.zh-CN';
import rteEn from './rte.en';
import screeningZh from './screening.zh-CN';
import screeningEn from './screening.en';
import reviewZh from './review.zh-CN';
import reviewEn from './review.en';
import fakeReportsZh from './fakereports.zh-CN';
import fakeReportsEn from './fakereports.en';
import signingZh from './signing.zh-CN';
import signingEn from './signing.en';
import verificationZh from './verification.zh-CN';
import verificationEn from './verification.en';
import nameHoldsZh from './nameholds.zh-CN';
import nameHoldsEn from './nameholds.en';
import calendarZh from './calendar.zh-CN';
import calendarEn from './calendar.en';
import casesAdminZh from './casesAdmin.zh-CN';
import casesAdminEn from './casesAdmin.en';
import casesZh from './cases.zh-CN';
import casesEn from './cases.en';

export type Locale = 'zh-CN' | 'en';

export const i18n = createI18n({
  legacy: false,
  locale: currentLang() === 'en' ? 'en' : 'zh-CN',
  fallbackLocale: 'zh-CN',
  // Messaging strings live in their own files, merged here under `inbox` and `autoreply`.
  messages: {
    'zh-CN': {
      ...zhCN,
      push: pushZh,
      rte: rteZh,
      screening: screeningZh,
      inbox: inboxZh,
      autoreply: autoreplyZh,
      engagement: engagementZh,
      review: reviewZh,
      fakeReports: fakeReportsZh,
      signing: signingZh,
      verification: verificationZh,
      nameHolds: nameHoldsZh,
      calendar: calendarZh,
      casesAdmin: casesAdminZh,
      cases: casesZh,
    },
    en: {
      ...en,
      push: pushEn,
      rte: rteEn,
      screening: screeningEn,
      inbox: inboxEn,
      autoreply: autoreplyEn,
      engagement: engagementEn,
      review: reviewEn,
      fakeReports: fakeReportsEn,
      signing: signingEn,
      verification: verificationEn,
      nameHolds: nameHoldsEn,
      calendar: calendarEn,
      casesAdmin: casesAdminEn,
      cases: casesEn,
    },
  },
});

/** Reactive mirror of the locale for places outside components (Element Plus config). */
export const locale = ref<Locale>(i18n.global.locale.value as Locale);

export function setLocale(next: Locale): void {
  i18n.global.locale.value = next;
  locale.value = next;
  setLangCookie(next === 'en' ? 'en' : 'zh');
  document.documentElement.lang = next;
  document.title = i18n.global.t('app.title');
}

export const t = i18n.global.t;
