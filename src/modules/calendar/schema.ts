/** The official working calendar's HTTP contract (docs/API.md, "Official calendar"). */
import { Type, type Static } from 'typebox';

const Kind = Type.Enum(['holiday', 'workday'], {
  description: 'holiday: a day off (放假); workday: a make-up working day on a weekend (调休上班)',
});

export const CalendarDay = Type.Object({
  date: Type.String({ description: "Beijing date 'YYYY-MM-DD'", pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  kind: Kind,
  name: Type.String({ description: 'the festival it belongs to (春节, 国庆节, …)' }),
});
export type CalendarDayT = Static<typeof CalendarDay>;

export const CalendarYear = Type.Object({
  year: Type.Integer(),
  days: Type.Array(CalendarDay),
  /** The latest save of the year (epoch ms), null when the year has no days. */
  updatedAt: Type.Union([Type.Integer(), Type.Null()]),
});
export type CalendarYearT = Static<typeof CalendarYear>;

const YearParams = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });

export const getYearSchema = {
  tags: ['calendar'],
  summary: "A year's public holidays and make-up working days (public: citizens' countdowns use it)",
  params: YearParams,
  response: { 200: CalendarYear },
};

export const replaceYearSchema = {
  tags: ['console: calendar'],
  summary: "Replace a year's holidays and make-up working days in one step (platform admin)",
  params: YearParams,
  body: Type.Object(
    {
      days: Type.Array(
        Type.Object(
          {
            date: Type.String({ maxLength: 10 }),
            kind: Kind,
            name: Type.String({ minLength: 1, maxLength: 20, pattern: '\\S' }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 366 },
      ),
    },
    { additionalProperties: false },
  ),
  response: { 200: CalendarYear },
};
