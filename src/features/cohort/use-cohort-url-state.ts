import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ColumnFiltersState, SortingState, Updater } from '@tanstack/react-table';

const FILTER_PARAMS = ['track', 'verdict'] as const;
export const MAX_COMPARED = 4;

export const resolve = <T>(updater: Updater<T>, previous: T): T =>
  typeof updater === 'function' ? (updater as (old: T) => T)(previous) : updater;

/**
 * Sort, filters, search and the candidates picked for comparison live in the URL, so a view
 * of the cohort can be bookmarked and sent to the hiring committee.
 */
export function useCohortUrlState() {
  const [params, setParams] = useSearchParams();
  const sorting: SortingState = useMemo(() => {
    const [id, dir] = (params.get('sort') ?? 'architecture:desc').split(':');
    return id ? [{ id, desc: dir === 'desc' }] : [];
  }, [params]);
  const columnFilters: ColumnFiltersState = useMemo(
    () => FILTER_PARAMS.flatMap((id) => (params.get(id) ? [{ id, value: params.get(id)! }] : [])),
    [params],
  );
  const compared = useMemo(() => params.getAll('compare').slice(0, MAX_COMPARED), [params]);
  const globalFilter = params.get('q') ?? '';
  const update = (mutate: (next: URLSearchParams) => void) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        mutate(next);
        return next;
      },
      { replace: true },
    );
  return {
    sorting,
    columnFilters,
    globalFilter,
    compared,
    setSorting: (updater: Updater<SortingState>) =>
      update((next) => {
        const [first] = resolve(updater, sorting);
        if (first) next.set('sort', `${first.id}:${first.desc ? 'desc' : 'asc'}`);
        else next.delete('sort');
      }),
    setFilter: (id: string, value: string) =>
      update((next) => (value ? next.set(id, value) : next.delete(id))),
    setGlobalFilter: (value: string) =>
      update((next) => (value ? next.set('q', value) : next.delete('q'))),
    toggleCompared: (candidateId: string, on: boolean) =>
      update((next) => {
        const current = next.getAll('compare').filter((id) => id !== candidateId);
        if (on && current.length < MAX_COMPARED) current.push(candidateId);
        next.delete('compare');
        for (const id of current) next.append('compare', id);
      }),
    clearCompared: () => update((next) => next.delete('compare')),
  };
}

export type CohortUrlState = ReturnType<typeof useCohortUrlState>;
