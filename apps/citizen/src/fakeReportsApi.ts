/** Typed calls of fake-account reports (docs/API.md, "Fake-account reports"). */
import { api } from '../../shared/http';
import type { ApiBody, ApiResponse } from '../../shared/types';

export type NewFakeReport = ApiBody<'/api/fake-reports', 'post'>;
export type MyFakeReport = ApiResponse<'/api/fake-reports', 'post'>;
export type FakeReportReason = MyFakeReport['reason'];
export type MyFakeReports = ApiResponse<'/api/me/fake-reports', 'get'>;
export type ScreenshotUpload = ApiResponse<'/api/fake-reports/screenshots', 'post'>;

/** In the order the form lists them; "other" last. */
export const REASONS: FakeReportReason[] = [
  'impersonates_department',
  'uses_government_name',
  'asks_money_or_data',
  'false_information',
  'other',
];
export const MAX_SCREENSHOTS = 6;
/** The server's limit; the form refuses larger files before sending them. */
export const SCREENSHOT_MAX_BYTES = 8 * 1024 * 1024;
export const DESCRIPTION_MAX = 1000;

export function uploadScreenshot(file: Blob, filename: string) {
  const form = new FormData();
  form.append('file', file, filename);
  return api<ScreenshotUpload>('POST', '/api/fake-reports/screenshots', form);
}
export const fileFakeReport = (body: NewFakeReport) => api<MyFakeReport>('POST', '/api/fake-reports', body);
export const getMyFakeReports = () => api<MyFakeReports>('GET', '/api/me/fake-reports');
export const markFakeReportsSeen = () => api<void>('POST', '/api/me/fake-reports/seen');
