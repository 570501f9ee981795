// How a pack version is named as a file, both ways: `<id>.v<version>.json`, as in rubrics/.

/** The file a pack is exported as. */
export function packFileName(pack: { id: string; version: number }): string {
  return `${pack.id}.v${pack.version}.json`;
}

/** `ai-architect-default.v1.json` → `ai-architect-default@1`; the file name is the pack's key. */
export function packKeyFromFileName(path: string): string | null {
  const match = /([^/\\]+)\.v(\d+)\.json$/.exec(path);
  return match ? `${match[1]}@${Number(match[2])}` : null;
}
