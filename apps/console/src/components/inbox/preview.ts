/** The one-line preview of a conversation's last message, in the console's language. */
import type { ConversationSummaryPayload } from '../../../../../src/shared/realtime.js';

type Last = NonNullable<ConversationSummaryPayload['lastMessage']>;
type T = (key: string, values?: Record<string, unknown>) => string;

export function previewText(last: Last | null, t: T): string {
  if (!last) return '';
  // Text previews are the words themselves; for the rest the server's preview may be empty
  // or in the other language, so the kind's label leads.
  if (last.kind === 'text') return last.preview;
  const label = t(`inbox.preview.${last.kind}`);
  // The server may lead with its own "[位置]"; ours replaces it so the language stays one.
  const rest = last.preview.replace(/^\[[^\]]*\]\s*/, '');
  return rest ? `${label} ${rest}` : label;
}
