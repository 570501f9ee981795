import { createHash } from 'node:crypto';
import type { Plugin, Rolldown } from 'vite';
import { LAZY_SCREENS, type LazyScreen } from '../app/screens.ts';
import { preloadScreen, type ScreenFiles } from './preload-screen.ts';

/** The part of a built chunk this plugin reads (all a test's fake bundle needs to give). */
export type Chunk = Pick<
  Rolldown.OutputChunk,
  'type' | 'fileName' | 'isEntry' | 'facadeModuleId' | 'imports'
> & { viteMetadata?: Pick<NonNullable<Rolldown.OutputChunk['viteMetadata']>, 'importedCss'> };

/** The chunk and the chunks it imports statically, transitively (what loading it fetches). */
function withStaticImports(start: Chunk, chunks: Map<string, Chunk>): Chunk[] {
  const found = new Map<string, Chunk>();
  const visit = (chunk: Chunk) => {
    if (found.has(chunk.fileName)) return;
    found.set(chunk.fileName, chunk);
    for (const file of chunk.imports) {
      const next = chunks.get(file);
      if (next) visit(next);
    }
  };
  visit(start);
  return [...found.values()];
}

/** For each lazy screen: the files its page module needs beyond the entry's. */
export function screenFiles(
  screens: readonly LazyScreen[],
  chunks: Chunk[],
  base: string,
): ScreenFiles[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const inEntry = new Set(
    chunks
      .filter((chunk) => chunk.isEntry)
      .flatMap((entry) => withStaticImports(entry, byFile).map((chunk) => chunk.fileName)),
  );
  return screens.map((screen) => {
    const page = chunks.find((chunk) =>
      chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(`/src/features/${screen.page}.tsx`),
    );
    if (!page) throw new Error(`No chunk for the screen ${screen.path} (${screen.page})`);
    const needed = withStaticImports(page, byFile).filter((chunk) => !inEntry.has(chunk.fileName));
    const styles = new Set(needed.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]));
    return [
      screen.path,
      needed.map((chunk) => base + chunk.fileName),
      [...styles].map((file) => base + file),
    ];
  });
}

/** The emitted script: the preloading function and its table, run on this page's URL. */
export function preloadScriptSource(screens: ScreenFiles[], base: string): string {
  const table = JSON.stringify(screens);
  return `(${preloadScreen.toString()})(${table},${JSON.stringify(base)},location.pathname,document);\n`;
}

/**
 * Emits `assets/screen-preload-<hash>.js` and links it from index.html (async, so it never
 * holds up the first paint). Opened on a deep link such as a candidate's report, it fetches the
 * report's files at once, in parallel with the entry, instead of once the entry has run: over a
 * slow network, a round of requests saved. Build only: the dev server serves modules one by one.
 */
export function screenPreload(): Plugin {
  let base = '/';
  let scriptFile: string | undefined;
  return {
    name: 'archkit-screen-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle: {
      // Before Vite writes index.html, which links the script.
      order: 'pre',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter(
          (file): file is Rolldown.OutputChunk => file.type === 'chunk',
        );
        const source = preloadScriptSource(screenFiles(LAZY_SCREENS, chunks, base), base);
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
        scriptFile = `assets/screen-preload-${hash}.js`;
        this.emitFile({ type: 'asset', fileName: scriptFile, source });
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (!scriptFile) return;
        return [
          {
            tag: 'script',
            attrs: { async: true, src: base + scriptFile },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
