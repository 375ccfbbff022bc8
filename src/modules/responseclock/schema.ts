/** Request and answer schemas of messaging settings (docs/API.md, "Messaging"). */
import { Type, type Static } from 'typebox';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const ClockTime = Type.String({
  pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
  description: "Beijing time, 'HH:MM' (00:00–23:59)",
});

export const MessagingSettings = Type.Object(
  {
    firstResponseMinutes: Type.Integer({
      minimum: 5,
      maximum: 43_200,
      description:
        'First-response target in minutes (5 min to 30 days); working minutes when workingHoursOnly',
    }),
    workingHoursOnly: Type.Boolean({
      description: 'Count only working time (nights, rest days and holidays stop the clock)',
    }),
    workingHours: Type.Object(
      {
        days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
          minItems: 1,
          maxItems: 7,
          uniqueItems: true,
          description: 'ISO weekdays, 1 = Monday … 7 = Sunday',
        }),
        start: ClockTime,
        end: { ...ClockTime, description: "'HH:MM', after start" },
      },
      { additionalProperties: false },
    ),
    warnBeforeMinutes: Type.Integer({
      minimum: 0,
      maximum: 1440,
      description:
        'Warn this many minutes before the deadline (fewer than firstResponseMinutes; 0 = at the deadline)',
    }),
  },
  { additionalProperties: false },
);

export type MessagingSettingsT = Static<typeof MessagingSettings>;

export const getMessagingSettingsSchema = {
  tags: ['console: messaging'],
  summary: "An account's first-response policy (defaults when never saved) 消息回复时限设置",
  params: Type.Object({ accountId: Id }),
  response: { 200: MessagingSettings },
};

export const putMessagingSettingsSchema = {
  tags: ['console: messaging'],
  summary:
    "Replace an account's first-response policy; applies to clocks started afterwards 修改回复时限设置",
  params: Type.Object({ accountId: Id }),
  body: MessagingSettings,
  response: { 200: MessagingSettings },
};
