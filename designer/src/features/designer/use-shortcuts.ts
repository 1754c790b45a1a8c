import { useEffect } from 'react';
import { useDesignerStore } from './store/designer-store';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function hasTextSelection(): boolean {
  return (window.getSelection()?.toString() ?? '') !== '';
}

/** Delete acts on the diagram only, so Backspace elsewhere never removes a step by surprise. */
function onCanvas(target: EventTarget | null): boolean {
  return target === document.body || (target instanceof Element && target.closest('.react-flow') !== null);
}

/** Ctrl+Z undo, Ctrl+Shift+Z or Ctrl+Y redo, Ctrl+C/V copy and paste, Delete removes; not while typing. */
export function useShortcuts(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const store = useDesignerStore.getState();
      const key = event.key.toLowerCase();
      const mod = event.ctrlKey || event.metaKey;
      let handled = true;
      if (mod && key === 'z' && !event.shiftKey) store.undo();
      else if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) store.redo();
      else if (mod && key === 'c' && !hasTextSelection()) store.copySelection();
      else if (mod && key === 'v') store.paste();
      else if (!mod && (key === 'delete' || key === 'backspace') && onCanvas(event.target)) store.deleteSelection();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [enabled]);
}
