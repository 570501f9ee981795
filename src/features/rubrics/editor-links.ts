const enc = encodeURIComponent;

// The rubric editor's URLs (src/features/rubric-editor/editor-paths.ts builds the same);
// features do not import each other, so the browser spells them here.
export const editorLinks = {
  newPack: '/rubrics/new',
  clonePack: (id: string, version: number) => `/rubrics/new?from=${enc(id)}&version=${version}`,
  editPack: (id: string, version: number) => `/rubrics/${enc(id)}/${version}/edit`,
  comparePack: (id: string, from: number, to: number) =>
    `/rubrics/${enc(id)}/compare?from=${from}&to=${to}`,
} as const;
