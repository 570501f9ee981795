import { useEffect, type RefObject } from 'react';

// Excalidraw 0.18 leaves gaps that axe reports and screen-reader users meet: its menu button
// has no name, each colour picker is an unnamed "modal dialog" (it is neither), and its toolbar
// footer claims to be the page's contentinfo landmark from inside our <main>. No prop changes
// these, so the canvas wrapper patches its DOM as the library renders. Drop a patch once the
// library fixes it; the axe checks of the e2e sketch tests (interview and journey 5) tell.
function patch(root: HTMLElement) {
  for (const button of root.querySelectorAll('.main-menu-trigger:not([aria-label])'))
    button.setAttribute('aria-label', 'Canvas menu');
  for (const picker of root.querySelectorAll('.color-picker-container:not([aria-label])')) {
    // The swatch button inside is named after what it colours ("Stroke", "Background").
    const what = picker
      .querySelector('.color-picker__button[aria-label]')
      ?.getAttribute('aria-label');
    picker.setAttribute('aria-label', what ? `${what} colour` : 'Colour');
  }
  for (const footer of root.querySelectorAll('footer[role="contentinfo"]'))
    footer.setAttribute('role', 'none');
}

/** Keeps the patches applied while Excalidraw adds and replaces parts of its interface. */
export function useExcalidrawA11yPatches(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    patch(root);
    const observer = new MutationObserver(() => patch(root));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}
