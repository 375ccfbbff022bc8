import type zh from './calendar.zh-CN';

/** English strings of the official calendar page, merged in index.ts under `calendar`. */
const en: typeof zh = {
  nav: 'Official calendar',
  title: 'Official calendar',
  explain:
    "Kept after the State Council's yearly holiday notice: days off (放假) are not working time, and make-up working days (调休上班) on a Saturday or Sunday are. Every working-time reply deadline uses it, and citizens' countdowns read it. Enter the next year when the notice comes out in November.",
  year: 'Year',
  save: 'Save the year',
  saved: 'Saved the holidays of {year}',
  unsaved: 'Unsaved changes',
  updatedAt: 'Last saved {time}',
  never: 'Not entered yet',
  date: 'Date',
  weekday: 'Day',
  kind: 'Kind',
  name: 'Festival',
  actions: 'Actions',
  remove: 'Remove',
  add: 'Add',
  addTitle: 'Add a day',
  namePlaceholder: 'e.g. 春节',
  holiday: 'Day off',
  workday: 'Working day',
  weekdays: { d1: 'Mon', d2: 'Tue', d3: 'Wed', d4: 'Thu', d5: 'Fri', d6: 'Sat', d7: 'Sun' },
  import: 'Paste import',
  importTitle: 'Paste import',
  importHint:
    'One day a line: date, kind, festival — e.g. "2027-01-01 holiday 元旦" or "2027-02-20 workday 春节" (放假 / 上班 work too). An imported date replaces the one in the list; check and save afterwards.',
  importApply: 'Import',
  importBadLines: 'Lines {lines} could not be read; check their format',
  imported: 'Imported {count} days (not saved yet)',
  copy: 'Export as text',
  cancel: 'Cancel',
  empty: 'No holidays or make-up working days this year',
  workdayOnWeekday: 'A make-up working day falls on a Saturday or Sunday',
  needDateAndName: 'Choose a date of this year and enter the festival',
  summary: '{holidays} days off, {workdays} make-up working days',
  months: 'The year at a glance',
  leaveConfirm: 'Discard the unsaved changes and switch years?',
};
export default en;
