/**
 * Focus goes back where it was when a dialog or panel closes. antd restores it only
 * when a Modal plays its closing animation; the editor unmounts some dialogs outright
 * (the export dialog), and then the focus fell to the page's body, where a keyboard
 * user has to start again from the top. `fallback` is where the focus goes when there
 * was nothing to go back to (a dialog that opened by itself, as the draft question does).
 */
import { useLayoutEffect } from 'react';

export function useFocusReturn(openKey: unknown, fallback?: () => HTMLElement | null | undefined): void {
  useLayoutEffect(() => {
    if (openKey === null || openKey === undefined || openKey === false) return;
    // Layout effects run before the dialog's own focus effect: this is still the opener.
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    return () => {
      requestAnimationFrame(() => {
        const now = document.activeElement;
        if (now && now !== document.body && now.isConnected) return;
        const target = opener?.isConnected ? opener : fallback?.();
        target?.focus();
      });
    };
  }, [openKey]); // eslint-disable-line react-hooks/exhaustive-deps
}
