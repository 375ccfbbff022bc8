/**
 * The XLSX export of case statistics: one sheet, a title row with the scope and the period,
 * the generation time, Chinese column headers with the English ones under them, one row per
 * month and a totals row; rates as percentages, durations in hours, the counting rules below.
 */
import ExcelJS from 'exceljs';
import { beijingMinute } from './months.js';
import type { CaseStats, StatsFigures } from './stats.js';
import type { ResolvedScope } from './scope.js';

const HOUR_MS = 3_600_000;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Column headers: Chinese first, English under them. */
export const XLSX_COLUMNS = [
  { zh: '月份', en: 'Month', width: 12 },
  { zh: '受理件数', en: 'Received', width: 12 },
  { zh: '已答复', en: 'Answered', width: 12 },
  { zh: '按时答复', en: 'Answered on time', width: 16 },
  { zh: '按时答复率', en: 'On-time rate', width: 14 },
  { zh: '答复用时中位数（小时）', en: 'Median time to answer (hours)', width: 28 },
  { zh: '满意度平均分（1–5）', en: 'Satisfaction average (1–5)', width: 24 },
  { zh: '评价件数', en: 'Rated', width: 10 },
] as const;

/** The first data row (1-based): title, period, generated, blank, two header rows. */
export const XLSX_FIRST_DATA_ROW = 7;

const RULES = [
  '统计口径：按受理月份（北京时间）归集；已答复、按时答复、用时和满意度均针对当月受理的诉求。按公众号统计时，转办的诉求计入现办理单位；按地区统计时，以诉求所在地区划代码为准。',
  'Counting rules: cases are counted in the month (Beijing time) they were filed; answered, on time, time to answer and satisfaction are about the cases received that month. Per account, a transferred case counts for the department handling it now; per region, by the region code of the case.',
];

function row(label: string, f: StatsFigures): (string | number | null)[] {
  return [
    label,
    f.received,
    f.answered,
    f.answeredOnTime,
    f.onTimeRate,
    f.medianAnswerMs === null ? null : f.medianAnswerMs / HOUR_MS,
    f.satisfactionAvg,
    f.rated,
  ];
}

export async function statsWorkbook(scope: ResolvedScope, stats: CaseStats, now: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '政微 Zhengwei';
  wb.created = new Date(now);
  const ws = wb.addWorksheet('办件统计 Case statistics', { views: [{ state: 'frozen', ySplit: 6 }] });
  const firstMonth = stats.months[0]!.month;
  const lastMonth = stats.months[stats.months.length - 1]!.month;
  const kindZh = scope.kind === 'account' ? '公众号' : '地区';
  const kindEn = scope.kind === 'account' ? 'Account' : 'Region';
  const scopeId = scope.kind === 'account' ? scope.handle : scope.regionCode;

  ws.addRow([`${scope.name} 办件统计 / Case statistics — ${kindZh} ${kindEn}: ${scopeId}`]);
  ws.addRow([`统计期间 Period: ${firstMonth} 至 to ${lastMonth}（北京时间 Beijing time）`]);
  ws.addRow([`生成时间 Generated: ${beijingMinute(now)}（北京时间 Beijing time）`]);
  ws.addRow([]);
  ws.addRow(XLSX_COLUMNS.map((c) => c.zh));
  ws.addRow(XLSX_COLUMNS.map((c) => c.en));
  for (const m of stats.months) ws.addRow(row(m.month, m));
  const total = ws.addRow(row('合计 Total', stats.totals));
  ws.addRow([]);
  for (const r of RULES) ws.addRow([r]);

  ws.getRow(1).font = { bold: true, size: 14 };
  for (const r of [5, 6]) {
    const header = ws.getRow(r);
    header.font = { bold: r === 5, color: r === 6 ? { argb: 'FF666666' } : undefined };
    header.alignment = { wrapText: true, vertical: 'middle' };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F5F9' } };
  }
  total.font = { bold: true };
  XLSX_COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (i >= 1 && i <= 3) col.numFmt = '0';
    if (i === 4) col.numFmt = '0.0%';
    if (i === 5) col.numFmt = '0.0';
    if (i === 6) col.numFmt = '0.00';
    if (i === 7) col.numFmt = '0';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** attachment; an ASCII fallback name and the UTF-8 one (RFC 6266 / 5987). */
export function contentDisposition(scope: ResolvedScope, stats: CaseStats): string {
  const period = `${stats.months[0]!.month}_${stats.months[stats.months.length - 1]!.month}`;
  const ascii = `case-stats-${scope.kind === 'account' ? scope.handle : scope.regionCode}-${period}.xlsx`;
  const utf8 = `${scope.name}办件统计-${period}.xlsx`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(utf8)}`;
}
