/**
 * Console calls of sensitive-word screening (docs/API.md, "Sensitive-word screening"). A
 * list is the platform dictionary (`'platform'`) or an account's own list (its id).
 */
import { api } from '../../../../shared/http';

export type ScreeningLevel = 'block' | 'warn';
export type ListRef = 'platform' | number;

export interface ScreeningWord {
  id: number;
  word: string;
  normalized: string;
  level: ScreeningLevel;
  note: string;
  createdAt: number;
  updatedAt: number;
}

export interface WordPage {
  items: ScreeningWord[];
  total: number;
  counts: { block: number; warn: number };
}

export interface ImportInput {
  format: 'text' | 'csv';
  content: string;
  mode: 'merge' | 'replace';
  defaultLevel: ScreeningLevel;
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/** One bad line of a refused import (SCREENING_IMPORT_INVALID's details.errors). */
export interface ImportLineError {
  line: number;
  reason: 'empty' | 'too_long' | 'bad_level' | 'bad_csv' | 'too_many_fields';
  text: string;
}

export interface ScreeningHit {
  word: string;
  level: ScreeningLevel;
  field: 'title' | 'summary' | 'body';
  text: string;
  index: number;
}

const base = (list: ListRef) =>
  list === 'platform' ? '/api/console/screening' : `/api/console/accounts/${list}/screening`;

function qs(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const listWords = (
  list: ListRef,
  query: { q?: string; level?: ScreeningLevel; page?: number; limit?: number },
) => api<WordPage>('GET', `${base(list)}/words${qs(query)}`);
export const addWord = (list: ListRef, input: { word: string; level: ScreeningLevel; note?: string }) =>
  api<ScreeningWord>('POST', `${base(list)}/words`, input);
export const updateWord = (list: ListRef, id: number, patch: { level?: ScreeningLevel; note?: string }) =>
  api<ScreeningWord>('PATCH', `${base(list)}/words/${id}`, patch);
export const deleteWord = (list: ListRef, id: number) => api<void>('DELETE', `${base(list)}/words/${id}`);
export const importWords = (list: ListRef, input: ImportInput) =>
  api<ImportResult>('POST', `${base(list)}/import`, input);
/** A plain link: the browser downloads the file with the session cookie. */
export const exportUrl = (list: ListRef, format: 'text' | 'csv') => `${base(list)}/export?format=${format}`;
export const checkContent = (
  accountId: number,
  content: { title: string; summary: string; bodyHtml: string },
) => api<{ hits: ScreeningHit[] }>('POST', `/api/console/accounts/${accountId}/screening/check`, content);
