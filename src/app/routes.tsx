import type { RouteObject } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { Loading } from '../ui/loading';
import { afterLoadAndIdle } from './after-load-and-idle';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { NotFoundPage } from './not-found-page';

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
      import('../features/interview/candidate-page'),
      import('../features/report/report-page'),
    ]);
  });
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
          {
            path: 'candidates',
            lazy: async () => {
              const { CandidatesPage } = await import('../features/candidates/candidates-page');
              return { Component: () => <CandidatesPage onRowsShown={prepareNextScreens} /> };
            },
          },
          {
            path: 'candidates/new',
            lazy: async () => ({
              Component: (await import('../features/candidates/new-candidate-page'))
                .NewCandidatePage,
            }),
          },
          {
            path: 'candidates/:candidateId',
            lazy: async () => ({
              Component: (await import('../features/interview/candidate-page')).CandidatePage,
            }),
          },
          {
            path: 'candidates/:candidateId/edit',
            lazy: async () => ({
              Component: (await import('../features/candidates/edit-candidate-page'))
                .EditCandidatePage,
            }),
          },
          {
            path: 'candidates/:candidateId/interview/:moduleId',
            lazy: async () => ({
              Component: (await import('../features/interview/interview-page')).InterviewPage,
            }),
          },
          {
            path: 'candidates/:candidateId/report',
            lazy: async () => ({
              Component: (await import('../features/report/report-page')).ReportPage,
            }),
          },
          {
            path: 'cohort',
            lazy: async () => ({
              Component: (await import('../features/cohort/cohort-page')).CohortPage,
            }),
          },
          {
            path: 'rubrics',
            lazy: async () => ({
              Component: (await import('../features/rubrics/rubrics-page')).RubricsPage,
            }),
          },
          {
            path: 'rubrics/new',
            lazy: async () => ({
              Component: (await import('../features/rubric-editor/new-pack-page')).NewPackPage,
            }),
          },
          {
            path: 'rubrics/:packId/compare',
            lazy: async () => ({
              Component: (await import('../features/rubric-editor/compare-page')).ComparePage,
            }),
          },
          {
            path: 'rubrics/:packId/:version/edit',
            lazy: async () => ({
              Component: (await import('../features/rubric-editor/edit-pack-page')).EditPackPage,
            }),
          },
          {
            path: 'rubrics/:packId/:version',
            lazy: async () => ({
              Component: (await import('../features/rubrics/pack-page')).PackPage,
            }),
          },
          {
            path: 'self-assessment',
            lazy: async () => ({
              Component: (await import('../features/self-assessment/self-assessment-page'))
                .SelfAssessmentPage,
            }),
          },
          {
            path: 'settings',
            lazy: async () => ({
              Component: (await import('../features/settings/settings-page')).SettingsPage,
            }),
          },
          {
            path: 'how-scoring-works',
            lazy: async () => ({
              Component: (await import('../features/scoring-guide/scoring-guide-page'))
                .ScoringGuidePage,
            }),
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
