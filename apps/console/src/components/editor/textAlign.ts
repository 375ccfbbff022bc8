/**
 * Paragraph and heading alignment (a notice's signature and date sit on the right, a
 * subtitle in the centre), written as `style="text-align:…"`, and the first-line indent of
 * two characters official documents use (`text-indent:2em`): the only styles the server's
 * sanitiser keeps.
 */
import { Extension } from '@tiptap/core';

export type Align = 'left' | 'center' | 'right' | 'justify';
const ALIGNS = new Set(['left', 'center', 'right', 'justify']);

export const TextAlign = Extension.create({
  name: 'zwTextAlign',
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph', 'heading'],
        attributes: {
          textAlign: {
            default: null,
            parseHTML: (el) => (ALIGNS.has(el.style.textAlign) ? el.style.textAlign : null),
            renderHTML: (attrs) => (attrs.textAlign ? { style: `text-align:${attrs.textAlign}` } : {}),
          },
        },
      },
      {
        types: ['paragraph'],
        attributes: {
          indent: {
            default: false,
            parseHTML: (el) => el.style.textIndent === '2em',
            renderHTML: (attrs) => (attrs.indent ? { style: 'text-indent:2em' } : {}),
          },
        },
      },
    ];
  },
});
