/**
 * Use cases of a word list (the platform dictionary or an account's list): add, change,
 * delete, import, export. Every write bumps the list's version (so compiled dictionaries
 * are rebuilt everywhere) and is audited, in one transaction.
 */
import { PLATFORM_SCOPE, type ScreeningLevel } from '../../db/tables/screening.js';
import { AppError } from '../../infra/errors.js';
import { formatExport, parseImport, checkWord } from './parse.js';
import { SCREENING_LIMITS } from './policy.js';
import type { ScreeningRepository } from './repository.js';
import type { ImportInputT, WordInputT, WordPatchT, WordViewT } from './schema.js';

export interface ListActor {
  /** 0 = platform dictionary, else the account id. */
  scope: number;
  /** null: the system (the demo seed). */
  actorId: number | null;
  now: number;
}

type WordRow = NonNullable<Awaited<ReturnType<ScreeningRepository['findWord']>>>;

export function toWordView(r: WordRow): WordViewT {
  return {
    id: r.id,
    word: r.word,
    normalized: r.normalized,
    level: r.level,
    note: r.note,
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

function limitOf(scope: number): number {
  return scope === PLATFORM_SCOPE ? SCREENING_LIMITS.platformWords : SCREENING_LIMITS.accountWords;
}

function audit(
  repo: ScreeningRepository,
  a: ListActor,
  action: string,
  target: string | null,
  details: object,
) {
  return repo.audit({
    at: a.now,
    actorKind: a.actorId === null ? 'system' : 'staff',
    actorId: a.actorId,
    accountId: a.scope === PLATFORM_SCOPE ? null : a.scope,
    action,
    target,
    details: { list: a.scope === PLATFORM_SCOPE ? 'platform' : 'account', ...details },
  });
}

export async function addWord(
  repo: ScreeningRepository,
  a: ListActor,
  input: WordInputT,
): Promise<WordViewT> {
  const checked = checkWord(input.word);
  if (typeof checked === 'string') throw new AppError('SCREENING_WORD_INVALID', { field: 'word' });
  return repo.transaction(async (tx) => {
    await tx.bumpVersion(a.scope, a.now);
    if (await tx.findByNormalized(a.scope, checked.normalized))
      throw new AppError('SCREENING_WORD_EXISTS', { field: 'word' });
    if ((await tx.countWords(a.scope)) >= limitOf(a.scope)) throw new AppError('SCREENING_TOO_MANY_WORDS');
    const id = await tx.insertWord(
      a.scope,
      { ...checked, level: input.level, note: input.note?.trim() ?? '' },
      a.actorId,
      a.now,
    );
    await audit(tx, a, 'screening.word_added', `screening_word:${id}`, {
      word: checked.word,
      level: input.level,
    });
    return toWordView((await tx.findWord(a.scope, id))!);
  });
}

export async function updateWord(
  repo: ScreeningRepository,
  a: ListActor,
  wordId: number,
  patch: WordPatchT,
): Promise<WordViewT> {
  return repo.transaction(async (tx) => {
    await tx.bumpVersion(a.scope, a.now);
    const before = await tx.findWord(a.scope, wordId);
    if (!before) throw new AppError('SCREENING_WORD_NOT_FOUND');
    const values: { level?: ScreeningLevel; note?: string } = {};
    if (patch.level !== undefined) values.level = patch.level;
    if (patch.note !== undefined) values.note = patch.note.trim();
    await tx.updateWord(a.scope, wordId, values, a.now);
    await audit(tx, a, 'screening.word_updated', `screening_word:${wordId}`, {
      word: before.word,
      ...(values.level && values.level !== before.level
        ? { previousLevel: before.level, level: values.level }
        : {}),
      ...(values.note !== undefined && values.note !== before.note ? { note: values.note } : {}),
    });
    return toWordView((await tx.findWord(a.scope, wordId))!);
  });
}

export async function deleteWord(repo: ScreeningRepository, a: ListActor, wordId: number): Promise<void> {
  await repo.transaction(async (tx) => {
    await tx.bumpVersion(a.scope, a.now);
    const before = await tx.findWord(a.scope, wordId);
    if (!before || !(await tx.deleteWord(a.scope, wordId))) throw new AppError('SCREENING_WORD_NOT_FOUND');
    await audit(tx, a, 'screening.word_deleted', `screening_word:${wordId}`, {
      word: before.word,
      level: before.level,
    });
  });
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/** All or nothing: the content is checked in full first, then written in one transaction. */
export async function importWords(
  repo: ScreeningRepository,
  a: ListActor,
  input: ImportInputT,
): Promise<ImportResult> {
  const words = parseImport(input.format, input.content, input.defaultLevel ?? 'block');
  const mode = input.mode ?? 'merge';
  return repo.transaction(async (tx) => {
    await tx.bumpVersion(a.scope, a.now);
    const existing = new Map((await tx.allWords(a.scope)).map((w) => [w.normalized, w]));
    const result: ImportResult = { added: 0, updated: 0, unchanged: 0, removed: 0 };
    const fresh = [];
    for (const w of words) {
      const had = existing.get(w.normalized);
      if (!had) {
        fresh.push({ word: w.word, normalized: w.normalized, level: w.level, note: w.note });
        continue;
      }
      existing.delete(w.normalized);
      // A CSV line always states the note; a text line has none and keeps the stored one.
      const note = input.format === 'csv' ? w.note : had.note;
      if (had.level === w.level && had.note === note) result.unchanged++;
      else {
        await tx.updateWord(a.scope, had.id, { level: w.level, note }, a.now);
        result.updated++;
      }
    }
    if (mode === 'replace')
      result.removed = await tx.deleteWords(
        a.scope,
        [...existing.values()].map((w) => w.id),
      );
    const total = (mode === 'replace' ? 0 : existing.size) + words.length;
    if (total > limitOf(a.scope)) throw new AppError('SCREENING_TOO_MANY_WORDS');
    await tx.insertWords(a.scope, fresh, a.actorId, a.now);
    result.added = fresh.length;
    await audit(tx, a, 'screening.imported', null, { format: input.format, mode, ...result });
    return result;
  });
}

export async function exportWords(
  repo: ScreeningRepository,
  scope: number,
  format: 'text' | 'csv',
): Promise<string> {
  return formatExport(format, await repo.allWords(scope));
}
