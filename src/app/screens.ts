/**
 * Every screen but the home screen is a page module of its own, loaded when first shown. This
 * table is plain data so that two readers share it: the router (routes.tsx) and the build
 * (src/build/screen-preload.ts), which writes a small script that starts fetching the files of
 * the screen a link opens while the app's own script is still downloading.
 */
export type LazyScreen = {
  /** The route's path, as react-router writes it. */
  path: string;
  /** The page module, under src/features, without its extension. */
  page: string;
  /** The component the page module exports. */
  component: string;
};

export const LAZY_SCREENS: readonly LazyScreen[] = [
  { path: 'candidates', page: 'candidates/candidates-page', component: 'CandidatesPage' },
  { path: 'candidates/new', page: 'candidates/new-candidate-page', component: 'NewCandidatePage' },
  { path: 'candidates/:candidateId', page: 'interview/candidate-page', component: 'CandidatePage' },
  {
    path: 'candidates/:candidateId/edit',
    page: 'candidates/edit-candidate-page',
    component: 'EditCandidatePage',
  },
  {
    path: 'candidates/:candidateId/interview/:moduleId',
    page: 'interview/interview-page',
    component: 'InterviewPage',
  },
  { path: 'candidates/:candidateId/report', page: 'report/report-page', component: 'ReportPage' },
  { path: 'cohort', page: 'cohort/cohort-page', component: 'CohortPage' },
  { path: 'rubrics', page: 'rubrics/rubrics-page', component: 'RubricsPage' },
  { path: 'rubrics/new', page: 'rubric-editor/new-pack-page', component: 'NewPackPage' },
  { path: 'rubrics/:packId/compare', page: 'rubric-editor/compare-page', component: 'ComparePage' },
  {
    path: 'rubrics/:packId/:version/edit',
    page: 'rubric-editor/edit-pack-page',
    component: 'EditPackPage',
  },
  { path: 'rubrics/:packId/:version', page: 'rubrics/pack-page', component: 'PackPage' },
  {
    path: 'self-assessment',
    page: 'self-assessment/self-assessment-page',
    component: 'SelfAssessmentPage',
  },
  { path: 'settings', page: 'settings/settings-page', component: 'SettingsPage' },
  {
    path: 'how-scoring-works',
    page: 'scoring-guide/scoring-guide-page',
    component: 'ScoringGuidePage',
  },
];
