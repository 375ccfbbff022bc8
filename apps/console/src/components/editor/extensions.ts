/**
 * The editor's schema: exactly the elements the server's sanitiser keeps (headings h2/h3,
 * paragraphs with alignment, bold/italic/underline, lists, quote, rule, safe links, images
 * with captions, tables, video/audio players). Code, code blocks and strike-through are left
 * out on purpose: the published page would drop them.
 */
import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { safeUrl } from '../cleanHtml.js';
import { Highlights, type Highlight } from './highlights.js';
import { Audio, FigureImage, Video } from './mediaNodes.js';
import { TextAlign } from './textAlign.js';

export function editorExtensions(highlights: readonly Highlight[]): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      strike: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        // http(s), mailto and our own media (attachments); never javascript:, data: or file:.
        isAllowedUri: (url) => safeUrl(url, false) !== null || /^\/media\//.test(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
    }),
    TextAlign,
    FigureImage,
    Video,
    Audio,
    TableKit.configure({ table: { resizable: false } }),
    Highlights.configure({ initial: [...highlights] }),
  ];
}
