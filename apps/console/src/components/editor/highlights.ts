/**
 * Marks screening hits in the article body: every occurrence of each word gets a decoration
 * (red for "block", amber for "warn"). Decorations are drawn over the text, never written into
 * it: the HTML the editor emits is the same with or without highlights.
 */
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface Highlight {
  text: string;
  level: 'block' | 'warn';
}

export const highlightsKey = new PluginKey<DecorationSet>('zwHighlights');

/** Lower-cases Latin letters only where that keeps the length (so offsets stay valid). */
function fold(s: string): string {
  const lower = s.toLowerCase();
  return lower.length === s.length ? lower : s;
}

/**
 * Finds every occurrence inside each textblock; a word may cross marks (<strong>半</strong>个)
 * but not a line break or an image.
 */
export function findHighlights(doc: PMNode, highlights: readonly Highlight[]): Decoration[] {
  // A word that is "block" in one list and "warn" in another is shown as "block".
  const words = new Map<string, Highlight['level']>();
  for (const h of highlights) {
    const w = fold(h.text.trim());
    if (w && words.get(w) !== 'block') words.set(w, h.level);
  }
  if (words.size === 0) return [];
  const out: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // Runs of text with the document position of each character.
    let text = '';
    const at: number[] = [];
    node.forEach((child, offset) => {
      if (child.isText) {
        const start = pos + 1 + offset;
        for (let i = 0; i < child.text!.length; i++) at.push(start + i);
        text += child.text!;
      } else {
        text += '\u0000';
        at.push(-1);
      }
    });
    const hay = fold(text);
    for (const [word, level] of words) {
      for (let i = hay.indexOf(word); i >= 0; i = hay.indexOf(word, i + word.length)) {
        out.push(
          Decoration.inline(at[i]!, at[i + word.length - 1]! + 1, {
            class: `zw-hl zw-hl-${level}`,
            'data-level': level,
          }),
        );
      }
    }
    return false;
  });
  return out;
}

export const Highlights = Extension.create<{ initial: Highlight[] }>({
  name: 'zwHighlights',
  addOptions() {
    return { initial: [] };
  },
  addProseMirrorPlugins() {
    let current: readonly Highlight[] = this.options.initial;
    return [
      new Plugin<DecorationSet>({
        key: highlightsKey,
        state: {
          init: (_config, state) => DecorationSet.create(state.doc, findHighlights(state.doc, current)),
          apply: (tr, old, _oldState, state) => {
            const next = tr.getMeta(highlightsKey) as readonly Highlight[] | undefined;
            if (next) current = next;
            if (next || tr.docChanged)
              return DecorationSet.create(state.doc, findHighlights(state.doc, current));
            return old;
          },
        },
        props: {
          decorations: (state) => highlightsKey.getState(state),
        },
      }),
    ];
  },
});
