import { paths } from '../../ui/paths';

const enc = encodeURIComponent;

/** The editor's URLs; the rubric browser builds the same ones to link here. */
export const editorPaths = {
  newPack: '/rubrics/new',
  clonePack: (id: string, version: number) => `/rubrics/new?from=${enc(id)}&version=${version}`,
  editPack: (id: string, version: number) => `/rubrics/${enc(id)}/${version}/edit`,
  comparePack: (id: string, from?: number, to?: number) =>
    `/rubrics/${enc(id)}/compare${from !== undefined && to !== undefined ? `?from=${from}&to=${to}` : ''}`,
  pack: paths.rubricPack,
  rubrics: paths.rubrics,
} as const;
