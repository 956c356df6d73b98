import type { CanonicalEvent, EventType } from '../../../../shared/events/index.ts';

/**
 * Empty sets mean "no restriction": a fresh filter shows everything. Selected types are
 * either the only ones shown or, in 'hide' mode, the ones left out (one click hides ticks).
 */
export interface EventFilter {
  sources: ReadonlySet<string>;
  types: ReadonlySet<EventType>;
  typeMode: 'only' | 'hide';
}

export const NO_FILTER: EventFilter = { sources: new Set(), types: new Set(), typeMode: 'only' };

export function isFiltering(filter: EventFilter): boolean {
  return filter.sources.size > 0 || filter.types.size > 0;
}

export function matchesFilter(event: CanonicalEvent, filter: EventFilter): boolean {
  if (filter.sources.size && !filter.sources.has(event.sourceId)) return false;
  if (filter.types.size && filter.types.has(event.type) !== (filter.typeMode === 'only')) return false;
  return true;
}

/** Keeps order; returns the same array when nothing is filtered so memoised views stay cheap. */
export function applyFilter(events: readonly CanonicalEvent[], filter: EventFilter): readonly CanonicalEvent[] {
  if (!isFiltering(filter)) return events;
  return events.filter((event) => matchesFilter(event, filter));
}

/** Adds the value when absent, removes it when present; returns a new set. */
export function toggle<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}
