/** Route schemas of the public case statistics (docs/API.md, "Case statistics"). */
import { Type } from 'typebox';
import { DEFAULT_MONTHS, MAX_MONTHS } from './stats.js';

const tags = ['case statistics (public)'];
const Nullable = <T extends ReturnType<typeof Type.Number>>(t: T) => Type.Union([t, Type.Null()]);

const figures = {
  received: Type.Integer({ description: 'cases filed in the period (Beijing month of filing)' }),
  answered: Type.Integer({ description: 'of those, cases with a first answer' }),
  answeredOnTime: Type.Integer({ description: 'of those, first answered by the deadline then running' }),
  onTimeRate: Nullable(Type.Number({ description: 'answeredOnTime / answered, 0..1; null: none answered' })),
  medianAnswerMs: Nullable(Type.Number({ description: 'median of first answer − filing, ms' })),
  satisfactionAvg: Nullable(Type.Number({ description: 'average rating 1–5, two decimals' })),
  rated: Type.Integer(),
};

export const CaseStatsBody = Type.Object({
  scope: Type.Object({
    kind: Type.Union([Type.Literal('account'), Type.Literal('region')]),
    handle: Type.Union([Type.String(), Type.Null()], { description: 'the account handle (account scope)' }),
    regionCode: Type.String({ description: "the region (region scope) or the account's region" }),
    name: Type.String(),
  }),
  period: Type.Object({
    months: Type.Integer(),
    from: Type.Integer({ description: '1st of the first month, 00:00 Beijing (epoch ms)' }),
    to: Type.Integer({ description: 'end of the period, exclusive (epoch ms)' }),
  }),
  months: Type.Array(Type.Object({ month: Type.String({ description: "'YYYY-MM', Beijing" }), ...figures })),
  totals: Type.Object(figures),
  generatedAt: Type.Integer(),
});

const querystring = Type.Object({
  months: Type.Integer({ minimum: 1, maximum: MAX_MONTHS, default: DEFAULT_MONTHS }),
});
const accountParams = Type.Object({ handle: Type.String({ minLength: 1, maxLength: 64 }) });
const regionParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 12 }) });

export const accountStatsSchema = {
  tags,
  summary: "An account's case statistics by month 办件统计 (cases it handles now); no sign-in",
  params: accountParams,
  querystring,
  response: { 200: CaseStatsBody },
};
export const regionStatsSchema = {
  tags,
  summary: 'Case statistics of a GB/T 2260 region (and everything inside it) by month; no sign-in',
  params: regionParams,
  querystring,
  response: { 200: CaseStatsBody },
};
export const accountStatsXlsxSchema = {
  tags,
  summary: "The same as an account's statistics, as an XLSX workbook (Chinese headers, English under them)",
  params: accountParams,
  querystring,
  produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
};
export const regionStatsXlsxSchema = {
  tags,
  summary: "The same as a region's statistics, as an XLSX workbook",
  params: regionParams,
  querystring,
  produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
};
