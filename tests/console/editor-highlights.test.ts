/**
 * Screening hits in the article editor (apps/console/src/components/editor/highlights.ts):
 * every occurrence of every word is marked, also across bold/italic runs, and the document
 * itself is untouched. Built on the editor's real schema; no browser needed.
 */
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { editorExtensions } from '../../apps/console/src/components/editor/extensions.js';
import { findHighlights } from '../../apps/console/src/components/editor/highlights.js';

const schema = getSchema(editorExtensions([]));
const text = (t: string, marks: string[] = []) => ({
  type: 'text',
  text: t,
  marks: marks.map((type) => ({ type })),
});
const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('关于代开发票的提醒')] },
    {
      type: 'paragraph',
      content: [text('请勿相信代'), text('开发票', ['bold']), text('广告，代开发票违法。')],
    },
    {
      type: 'paragraph',
      content: [text('代开'), { type: 'hardBreak' }, text('发票不连成一词。Casino 与 casino。')],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [text('博彩网站')] }] }],
        },
      ],
    },
  ],
});

const spans = (hl: Parameters<typeof findHighlights>[1]) =>
  findHighlights(doc, hl).map((d) => ({
    text: doc.textBetween(d.from, d.to),
    level: (d as unknown as { type: { attrs: { 'data-level': string } } }).type.attrs['data-level'],
  }));

describe('editor highlights', () => {
  it('marks every occurrence, across marks, in headings and table cells', () => {
    const found = spans([
      { text: '代开发票', level: 'block' },
      { text: '博彩', level: 'warn' },
    ]);
    expect(found.filter((f) => f.text === '代开发票')).toHaveLength(3);
    expect(found).toContainEqual({ text: '博彩', level: 'warn' });
    expect(found.every((f) => f.level === (f.text === '博彩' ? 'warn' : 'block'))).toBe(true);
  });

  it('does not join words across a line break, and folds Latin case', () => {
    const found = spans([
      { text: '代开发票', level: 'warn' },
      { text: 'CASINO', level: 'warn' },
    ]);
    expect(found.filter((f) => f.text === '代开发票')).toHaveLength(3); // not the one split by <br>
    expect(found.filter((f) => f.text.toLowerCase() === 'casino')).toHaveLength(2);
  });

  it('a word listed as both block and warn is block; empty words and no words mark nothing', () => {
    const found = spans([
      { text: '博彩', level: 'warn' },
      { text: '博彩', level: 'block' },
      { text: '  ', level: 'block' },
    ]);
    expect(found).toEqual([{ text: '博彩', level: 'block' }]);
    expect(findHighlights(doc, [])).toEqual([]);
  });
});
