/**
 * Request and answer schemas of sensitive-word screening (docs/API.md, "Sensitive-word
 * screening"). Word rules a person can run into (length, what folds away, list size) are
 * checked by the use cases with their own error codes; the bounds here only cap a request.
 */
import { Type, type Static } from 'typebox';
import { SCREENING_LIMITS } from './policy.js';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const tags = ['screening'];

export const LevelSchema = Type.Union([Type.Literal('block'), Type.Literal('warn')], {
  description: 'block: content with the word cannot be submitted or released; warn: shown, not stopped',
});

const WordText = Type.String({
  maxLength: 200,
  description: `1 to ${SCREENING_LIMITS.wordLength} characters that do not all fold away (SCREENING_WORD_INVALID)`,
});
const Note = Type.String({ maxLength: SCREENING_LIMITS.noteLength, description: 'a category or reason' });

export const WordInput = Type.Object({
  word: WordText,
  level: LevelSchema,
  note: Type.Optional(Note),
});
export type WordInputT = Static<typeof WordInput>;

export const WordPatch = Type.Object({
  level: Type.Optional(LevelSchema),
  note: Type.Optional(Note),
});
export type WordPatchT = Static<typeof WordPatch>;

export const WordView = Type.Object({
  id: Type.Integer(),
  word: Type.String(),
  normalized: Type.String({ description: 'the folded form that is matched' }),
  level: LevelSchema,
  note: Type.String(),
  createdAt: Type.Integer(),
  updatedAt: Type.Integer(),
});
export type WordViewT = Static<typeof WordView>;

export const FormatSchema = Type.Union([Type.Literal('text'), Type.Literal('csv')], {
  description:
    'text: one word per line, optionally followed by a tab and block|warn; csv: word,level,note (header optional)',
});

export const ImportInput = Type.Object({
  format: FormatSchema,
  content: Type.String({ maxLength: 4 * 1024 * 1024, description: 'at most 100,000 lines' }),
  mode: Type.Optional(
    Type.Union([Type.Literal('merge'), Type.Literal('replace')], {
      default: 'merge',
      description:
        'merge: add new words and update the level/note of listed ones; replace: the list becomes exactly the import',
    }),
  ),
  defaultLevel: Type.Optional(
    Type.Union([Type.Literal('block'), Type.Literal('warn')], {
      default: 'block',
      description: 'level of a line that names none',
    }),
  ),
});
export type ImportInputT = Static<typeof ImportInput>;

const ImportAnswer = Type.Object({
  added: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  removed: Type.Integer({ description: 'replace mode: words no longer listed' }),
});

const ListQuery = Type.Object({
  q: Type.Optional(
    Type.String({ maxLength: 60, description: 'searches words (as typed and folded) and notes' }),
  ),
  level: Type.Optional(LevelSchema),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});

export const HitSchema = Type.Object({
  word: Type.String({ description: 'the dictionary word (folded form)' }),
  level: LevelSchema,
  field: Type.Union([Type.Literal('title'), Type.Literal('summary'), Type.Literal('body')]),
  text: Type.String({ description: 'the original text that matched, separators and all' }),
  index: Type.Integer({ description: "offset of text in the field's plain text (UTF-16 units)" }),
});

const AccountParams = Type.Object({ accountId: Id });
const AccountWordParams = Type.Object({ accountId: Id, wordId: Id });
const WordParams = Type.Object({ wordId: Id });

/** Route schemas of one list: the platform's (no account in the path) or an account's. */
function listSchemas(which: 'platform' | 'account') {
  const params = which === 'account' ? { params: AccountParams } : {};
  const wordParams = { params: which === 'account' ? AccountWordParams : WordParams };
  const name = which === 'account' ? 'account list 公众号敏感词' : 'platform dictionary 平台敏感词库';
  return {
    list: {
      tags,
      summary: `Words of the ${name}`,
      ...params,
      querystring: ListQuery,
      response: {
        200: Type.Object({
          items: Type.Array(WordView),
          total: Type.Integer(),
          counts: Type.Object({ block: Type.Integer(), warn: Type.Integer() }),
        }),
      },
    },
    create: {
      tags,
      summary: `Add a word to the ${name}`,
      ...params,
      body: WordInput,
      response: { 201: WordView },
    },
    update: {
      tags,
      summary: `Change a word's level or note (${name})`,
      ...wordParams,
      body: WordPatch,
      response: { 200: WordView },
    },
    remove: { tags, summary: `Delete a word (${name}) (204)`, ...wordParams },
    import: {
      tags,
      summary: `Import words into the ${name}: all or nothing`,
      description:
        'Bad lines answer SCREENING_IMPORT_INVALID with details.errors = [{line, reason, text}] ' +
        '(reason: empty | too_long | bad_level | bad_csv | too_many_fields) and details.errorCount; nothing is written.',
      ...params,
      body: ImportInput,
      response: { 200: ImportAnswer },
    },
    export: {
      tags,
      summary: `Export the ${name} as text (word<TAB>level) or CSV (word,level,note)`,
      ...params,
      querystring: Type.Object({ format: Type.Optional(FormatSchema) }),
      produces: ['text/plain', 'text/csv'],
      response: { 200: Type.String() },
    },
  };
}

export const platformSchemas = listSchemas('platform');
export const accountSchemas = listSchemas('account');

export const checkSchema = {
  tags,
  summary: "Screen an article's title, summary and body: every hit, for the editor's highlighting",
  params: AccountParams,
  body: Type.Object({
    title: Type.String({ maxLength: 1000 }),
    summary: Type.String({ maxLength: 2000 }),
    bodyHtml: Type.String({ maxLength: 900_000 }),
  }),
  response: { 200: Type.Object({ hits: Type.Array(HitSchema) }) },
};
