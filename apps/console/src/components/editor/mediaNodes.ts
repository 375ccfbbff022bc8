/**
 * Nodes for uploaded media: an image with alt text and an optional caption (stored as
 * <figure><img><figcaption>), and video and audio players (<video controls>, <audio
 * controls>). Each renders exactly the HTML the server's sanitiser keeps
 * (src/modules/publishing/sanitize.ts), so what the editor shows is what is published.
 */
import { mergeAttributes, Node } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { safeUrl } from '../cleanHtml.js';

/** Our uploads (/media/…) or https images; pasted file:// or data: images are left out. */
const okImage = (src: string | null) =>
  src && (safeUrl(src, true) ?? '').match(/^(https:|\/media\/)/) ? src : null;
const ourMedia = (src: string | null | undefined) =>
  src && /^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}\.[a-z0-9]+$/.test(src) ? src : null;

export const FigureImage = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      // The figure's caption; rendered as <figcaption>, never as an attribute.
      caption: { default: '', rendered: false },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (el) => {
          const img = (el as HTMLElement).querySelector('img');
          const src = okImage(img?.getAttribute('src') ?? null);
          if (!img || !src) return false;
          return {
            src,
            alt: img.getAttribute('alt'),
            width: img.getAttribute('width'),
            height: img.getAttribute('height'),
            caption: (el as HTMLElement).querySelector('figcaption')?.textContent?.trim() ?? '',
          };
        },
      },
      {
        tag: 'img[src]',
        getAttrs: (el) => (okImage((el as HTMLElement).getAttribute('src')) ? null : false),
      },
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    const { title: _title, ...attrs } = HTMLAttributes;
    const img = ['img', mergeAttributes(this.options.HTMLAttributes, attrs)] as const;
    const caption = String(node.attrs.caption ?? '').trim();
    return caption ? ['figure', {}, img, ['figcaption', {}, caption]] : img;
  },
}).configure({ inline: false, allowBase64: false });

function player(name: 'video' | 'audio') {
  return Node.create({
    name,
    group: 'block',
    atom: true,
    draggable: true,
    selectable: true,
    addAttributes() {
      return { src: { default: null } };
    },
    parseHTML() {
      return [
        {
          tag: name,
          getAttrs: (el) => {
            const e = el as HTMLElement;
            const src = ourMedia(e.getAttribute('src') ?? e.querySelector('source')?.getAttribute('src'));
            return src ? { src } : false;
          },
        },
      ];
    },
    renderHTML({ HTMLAttributes }) {
      return [name, mergeAttributes(HTMLAttributes, { controls: 'controls', preload: 'metadata' })];
    },
  });
}

export const Video = player('video');
export const Audio = player('audio');
