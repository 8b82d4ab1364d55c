// Which of a page's entities the reader's history keeps: the message that records a page takes a
// bounded list, so a page naming more keeps its most named ones rather than being refused whole.

/**
 * The `max` most named entities (ties keep page order) and the marks of those entities only.
 * Returns its inputs unchanged when they fit.
 */
export function keepMostNamed<E extends { id: string; count: number }, M extends { id: string }>(
  entities: readonly E[],
  marks: readonly M[],
  max: number,
): { entities: readonly E[]; marks: readonly M[] } {
  if (entities.length <= max) return { entities, marks };
  const kept = [...entities].sort((x, y) => y.count - x.count).slice(0, Math.max(0, max));
  const ids = new Set(kept.map((e) => e.id));
  return { entities: kept, marks: marks.filter((m) => ids.has(m.id)) };
}
