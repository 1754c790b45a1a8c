import { useEffect } from 'react';
import { useDesignerStore } from './store/designer-store';

/** Asks the browser to warn before leaving the page while there are changes not yet exported. */
export function useUnsavedWarning() {
  const dirty = useDesignerStore((s) => s.dirty);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [dirty]);
}
