/**
 * The caret of the article editor. Clicking a toolbar button, a link dialog or the file
 * picker takes focus away; the range is kept here and put back before the command runs.
 */
import type { Ref } from 'vue';

export function useEditorSelection(root: Ref<HTMLElement | undefined>) {
  let saved: Range | null = null;

  function selectionInEditor(): Range | null {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || !root.value) return null;
    const r = sel.getRangeAt(0);
    return root.value.contains(r.commonAncestorContainer) ? r : null;
  }

  function saveRange() {
    saved = selectionInEditor()?.cloneRange() ?? saved;
  }

  /** Puts the caret back where it was, or at the end when the editor never had focus. */
  function restoreRange() {
    if (!root.value) return;
    root.value.focus();
    const sel = window.getSelection();
    if (!sel) return;
    let range = saved;
    if (!range || !root.value.contains(range.commonAncestorContainer)) {
      range = document.createRange();
      range.selectNodeContents(root.value);
      range.collapse(false);
    }
    sel.removeAllRanges();
    sel.addRange(range);
  }

  return { selectionInEditor, saveRange, restoreRange, savedRange: () => saved };
}
