/** The key a pack version is stored and referred to under: `id@version`. */
export function packKey(pack: { id: string; version: number }): string {
  return `${pack.id}@${pack.version}`;
}
