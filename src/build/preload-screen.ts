/** A screen's route path, its scripts and its stylesheets, as URLs from the site's root. */
export type ScreenFiles = [path: string, scripts: string[], styles: string[]];

/**
 * Runs in the page before the app: finds the screen of this URL and starts fetching its files,
 * so they download beside the entry instead of after it. The app then imports them as usual
 * (Vite's loader finds the preloads and adds nothing twice). Written into the emitted script
 * with `Function.prototype.toString`, so it is self-contained: no imports, nothing from
 * outside but its parameters.
 */
export function preloadScreen(
  screens: ScreenFiles[],
  base: string,
  pathname: string,
  doc: Document,
): void {
  if (pathname.indexOf(base) !== 0) return;
  const segments = pathname.slice(base.length).split('/').filter(Boolean);
  // Like the router, a static segment wins over a parameter: candidates/new over
  // candidates/:candidateId.
  let best: ScreenFiles | undefined;
  let bestStaticSegments = -1;
  for (const screen of screens) {
    const pattern = screen[0].split('/');
    if (pattern.length !== segments.length) continue;
    let staticSegments = 0;
    let matches = true;
    for (let i = 0; i < pattern.length; i++) {
      const part = pattern[i] as string;
      if (part.charAt(0) === ':') continue;
      if (part !== segments[i]) {
        matches = false;
        break;
      }
      staticSegments++;
    }
    if (matches && staticSegments > bestStaticSegments) {
      best = screen;
      bestStaticSegments = staticSegments;
    }
  }
  if (!best) return;
  const add = (rel: string, href: string, as?: string) => {
    const link = doc.createElement('link');
    link.rel = rel;
    // As the app will ask: modules in CORS mode, styles without it (or the fetch is not reused).
    if (as) link.as = as;
    else link.crossOrigin = '';
    link.href = href;
    doc.head.appendChild(link);
  };
  for (const href of best[1]) add('modulepreload', href);
  // Fetched only: the app's loader applies a screen's styles when it shows the screen, and
  // waits for them, so nothing is ever drawn unstyled.
  for (const href of best[2]) add('preload', href, 'style');
}
