/// <reference types="vite-plugin-pwa/vanillajs" />

export type ServiceWorkerHandlers = { onNeedRefresh: () => void };
/** Switches to the new version: activates the waiting worker, or reloads onto the active one. */
export type ApplyUpdate = () => Promise<void>;

/**
 * Registers the service worker of the built app. Loaded on demand after the first render,
 * so the first screen's script does not carry it; absent in development and in tests.
 */
export async function registerServiceWorker(
  handlers: ServiceWorkerHandlers,
): Promise<ApplyUpdate | null> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return null;
  const { registerSW } = await import('virtual:pwa-register');
  let activatedElsewhere = false;
  let requested = false;
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!hadController) return; // the first install taking control: nothing changed
    if (requested) return window.location.reload();
    // Another tab accepted the update: this tab still runs the old code, whose lazy screens
    // are gone from the cache, so it is offered the same reload.
    activatedElsewhere = true;
    handlers.onNeedRefresh();
  });
  const update = registerSW({ immediate: true, onNeedRefresh: handlers.onNeedRefresh });
  return async () => {
    if (activatedElsewhere) return window.location.reload();
    requested = true;
    await update(true);
  };
}
