/** English strings of the service pages; typed by services.zh-CN.ts so every key is present. */
import type zh from './services.zh-CN';

const en: typeof zh = {
  hotlines: {
    title: 'Hotlines',
    intro: 'Tap a number to call it',
    empty: 'This account lists no hotlines yet',
    call: 'Call {name} {phone}',
    hours: 'Hours: {hours}',
  },
  articles: {
    title: 'All articles',
    empty: 'This account has not published anything yet',
    noMore: 'No more articles',
    loadFailed: 'Failed to load; tap to retry',
  },
  region: {
    title: 'My region',
    notSet: 'Not set',
    hint: 'Accounts can then offer menus and services for where you live',
    choose: 'Choose where you live',
    whole: 'All of {name}',
    clear: 'Clear region',
    saved: 'Region saved',
    cleared: 'Region cleared',
    signInFirst: 'Sign in to set your region',
  },
};

export default en;
