import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { Loading } from '../ui/loading';
import { afterLoadAndIdle } from './after-load-and-idle';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { NotFoundPage } from './not-found-page';
import { LAZY_SCREENS, type LazyScreen } from './screens';

/** The lazy screens' page modules, each its own chunk (the home screen is in the entry). */
const PAGE_MODULES = import.meta.glob<Record<string, ComponentType>>([
  '../features/*/*-page.tsx',
  '!../features/home/home-page.tsx',
]);

/** Shown in the shell while a screen's chunk loads, so the first paint never waits for it. */
function ScreenLoading() {
  return <Loading label="Loading" />;
}

/**
 * From the list, a candidate's page or report is the usual next screen: have their code ready
 * by then, and the collator their first sort by name builds (about 20 ms, paid on the click
 * otherwise). Started once the rows are on screen: the browser is idle while the list waits on
 * IndexedDB, and this work (~80 ms of fetching and parsing) then held back the list's own read.
 */
function prepareNextScreens() {
  void afterLoadAndIdle().then(() => {
    'a'.localeCompare('b');
    return Promise.all([
      PAGE_MODULES['../features/interview/candidate-page.tsx']?.(),
      PAGE_MODULES['../features/report/report-page.tsx']?.(),
    ]);
  });
}

/** Props the shell gives a screen, by component name. */
const SCREEN_PROPS: Partial<Record<string, object>> = {
  CandidatesPage: { onRowsShown: prepareNextScreens },
};

function lazyScreen({ page, component }: LazyScreen): RouteObject['lazy'] {
  return async () => {
    const load = PAGE_MODULES[`../features/${page}.tsx`];
    const Screen = (await load?.())?.[component];
    if (!Screen) throw new Error(`The screen ${page} has no component ${component}`);
    const props = SCREEN_PROPS[component];
    return { Component: props ? () => <Screen {...props} /> : Screen };
  };
}

// Every screen but the shell and the home screen is its own chunk. The home screen is the
// first thing most visits show: it is in the entry, so its first paint needs no second request
// (the sample data it offers is loaded when asked for).
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      {
        ErrorBoundary: RouteError,
        // While the first screen's chunk loads, the header and footer show around this.
        HydrateFallback: ScreenLoading,
        children: [
          { index: true, Component: HomePage },
          ...LAZY_SCREENS.map((screen) => ({ path: screen.path, lazy: lazyScreen(screen) })),
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
