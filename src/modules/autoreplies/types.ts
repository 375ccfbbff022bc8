/**
 * The engine's public types (re-exported by engine.ts, which other modules import). Kept in
 * their own file so the reply helpers can use them without importing the engine.
 */

export type ReplyInput =
  | { kind: 'text'; text: string }
  | { kind: 'event'; event: 'subscribe' }
  | { kind: 'event'; event: 'click'; key: string };

export type ReplyMessage =
  | { kind: 'text'; text: string }
  | { kind: 'image'; url: string; mime: string }
  | {
      kind: 'articles';
      articles: Array<{ title: string; summary: string; coverUrl: string | null; url: string }>;
    }
  | { kind: 'link'; title: string; url: string };

export interface ChosenReply {
  ruleId: number | null;
  reason: 'keyword' | 'greeting' | 'default';
  matched?: { keyword: string; matchType: 'exact' | 'contains' | 'regex' };
  messages: ReplyMessage[];
}
