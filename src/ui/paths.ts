/** Every URL of the app in one place, so links and routes cannot drift apart. */
export const paths = {
  home: '/',
  candidates: '/candidates',
  rubrics: '/rubrics',
  rubricPack: (id: string, version: number) => `/rubrics/${encodeURIComponent(id)}/${version}`,
  selfAssessment: '/self-assessment',
  settings: '/settings',
  scoringGuide: '/how-scoring-works',
} as const;
