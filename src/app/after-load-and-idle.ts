/**
 * Resolves once the page has loaded and the browser is idle: for work the current screen does
 * not need (installing the service worker, fetching the code of the likely next screen),
 * which must not compete with it for the network and the processor.
 */
export function afterLoadAndIdle(): Promise<void> {
  return new Promise((resolve) => {
    const whenIdle = () => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 3000 });
      else setTimeout(resolve, 500);
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  });
}
