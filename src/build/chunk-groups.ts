import type { Plugin, Rolldown } from 'vite';

/** Build-time only (vite.config.ts): never imported by the app. */
type CodeSplitting = Rolldown.CodeSplittingOptions;

const APP_SOURCE = /[\\/]src[\\/]/;
const LIBRARY = /node_modules/;

/**
 * How the built app is cut into files, for a first visit over a slow network, where every file
 * is a request and HTTP/1.1 sends six at a time:
 * - the libraries every screen starts with (React, the router, Dexie) each get a file, fetched
 *   in parallel with the entry instead of one after another inside it, and unchanged between
 *   releases of the app, so an update downloads only what changed;
 * - the app's modules that several lazy screens share and that bring no library of their own
 *   go in one file, `app-shared`: the report had needed 14 files of 0.3 to 3 KB each, in
 *   three rounds of requests.
 * A module that brings a library (zod, react-hook-form, the table) stays where the bundler
 * puts it, so no screen downloads a library it does not use.
 */
export function chunkGroups(): { plugin: Plugin; codeSplitting: CodeSplitting } {
  const sharedAppModules = new Set<string>();
  const plugin: Plugin = {
    name: 'archkit-chunk-groups',
    apply: 'build',
    // The module graph is complete here and the chunks are not made yet.
    buildEnd() {
      const inEntry = new Set<string>();
      const addWithImports = (id: string) => {
        if (inEntry.has(id)) return;
        inEntry.add(id);
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) addWithImports(next);
      };
      const ids = [...this.getModuleIds()];
      for (const id of ids) if (this.getModuleInfo(id)?.isEntry) addWithImports(id);

      const bringsNoLibrary = new Map<string, boolean>();
      const check = (id: string, visiting: Set<string>): boolean => {
        if (inEntry.has(id)) return true;
        if (!APP_SOURCE.test(id) || LIBRARY.test(id)) return false;
        const known = bringsNoLibrary.get(id);
        if (known !== undefined) return known;
        if (visiting.has(id)) return true; // a cycle: decided where it started
        visiting.add(id);
        const light = (this.getModuleInfo(id)?.importedIds ?? []).every((next) =>
          check(next, visiting),
        );
        visiting.delete(id);
        bringsNoLibrary.set(id, light);
        return light;
      };
      sharedAppModules.clear();
      for (const id of ids) if (!inEntry.has(id) && check(id, new Set())) sharedAppModules.add(id);
    },
  };
  return {
    plugin,
    codeSplitting: {
      // Groups take exactly the modules they name: a shared app module must not drag a library
      // into `app-shared` (the graph has no cycles between these files: app-shared imports only
      // the entry's).
      includeDependenciesRecursively: false,
      groups: [
        { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 20 },
        { name: 'react-router', test: /node_modules[\\/]react-router[\\/]/, priority: 20 },
        { name: 'dexie', test: /node_modules[\\/]dexie(-react-hooks)?[\\/]/, priority: 20 },
        // Shared by two screens or more: a module used by one stays in that screen's file.
        {
          name: 'app-shared',
          test: (id) => sharedAppModules.has(id),
          minShareCount: 2,
          priority: 10,
        },
      ],
    },
  };
}
