import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { NotFoundPage } from './not-found-page';

// Every screen but the shell is its own chunk, so the first screen downloads only what it shows.
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../features/home/home-page')).HomePage,
            }),
          },
          {
            path: 'candidates',
            lazy: async () => ({
              Component: (await import('../features/candidates/candidates-page')).CandidatesPage,
            }),
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
