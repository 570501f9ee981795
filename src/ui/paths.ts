/** Every URL of the app in one place, so links and routes cannot drift apart. */
export const paths = {
  home: '/',
  candidates: '/candidates',
  newCandidate: '/candidates/new',
  candidate: (id: string) => `/candidates/${encodeURIComponent(id)}`,
  editCandidate: (id: string) => `/candidates/${encodeURIComponent(id)}/edit`,
  interview: (candidateId: string, moduleId: string) =>
    `/candidates/${encodeURIComponent(candidateId)}/interview/${encodeURIComponent(moduleId)}`,
  report: (candidateId: string) => `/candidates/${encodeURIComponent(candidateId)}/report`,
  cohort: '/cohort',
  rubrics: '/rubrics',
  rubricPack: (id: string, version: number) => `/rubrics/${encodeURIComponent(id)}/${version}`,
  selfAssessment: '/self-assessment',
  settings: '/settings',
  scoringGuide: '/how-scoring-works',
} as const;
