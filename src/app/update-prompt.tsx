import { useEffect, useRef, useState } from 'react';
import type { ApplyUpdate, ServiceWorkerHandlers } from './service-worker-registration';
import { afterLoadAndIdle } from './after-load-and-idle';
import './update-prompt.css';

type Register = (handlers: ServiceWorkerHandlers) => Promise<ApplyUpdate | null>;

/**
 * Installing the service worker fetches megabytes (the whole app, for offline use): it waits
 * until the first screen has long been drawn, so that a deep link's screen never shares the
 * network with it (the three scripts of the registration alone are three more requests).
 */
const SETTLE_MS = 2000;

const registerLazily: Register = async (handlers) => {
  await afterLoadAndIdle();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  return (await import('./service-worker-registration')).registerServiceWorker(handlers);
};

/**
 * Offers a new version; never swaps it in by itself, so nobody loses their place in the
 * middle of an interview. Drafts are saved before the reload (autosave flushes on pagehide).
 */
export function UpdatePrompt({ register = registerLazily }: { register?: Register }) {
  const [ready, setReady] = useState(false);
  const apply = useRef<ApplyUpdate | null>(null);

  useEffect(() => {
    let cancelled = false;
    register({ onNeedRefresh: () => !cancelled && setReady(true) })
      .then((update) => {
        apply.current = update;
      })
      // Without a service worker Archkit still works online; nothing to tell the user.
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [register]);

  if (!ready) return null;
  return (
    <div className="update-prompt" role="region" aria-label="New version">
      <p>
        <strong>A new version of Archkit is ready.</strong> Reload when it suits you, for example
        between interviews; your drafts are kept.
      </p>
      <button type="button" onClick={() => void apply.current?.()}>
        Reload
      </button>
      <button type="button" className="secondary" onClick={() => setReady(false)}>
        Later
      </button>
    </div>
  );
}
