import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { CanonicalEvent } from '../../../../shared/events/index.ts';
import type { DigitsLookup } from './event-summary.ts';
import { EventRow } from './EventRow.tsx';
import { labelFor, type SourceLabel } from './source-labels.ts';

/** Fixed height keeps virtualisation exact and lets us re-anchor the scroll by arithmetic. */
export const ROW_HEIGHT = 24;

interface Props {
  events: readonly CanonicalEvent[];
  labels: ReadonlyMap<string, SourceLabel>;
  digitsOf: DigitsLookup;
  selectedId: string | undefined;
  onSelect(event: CanonicalEvent): void;
  emptyText: string;
}

export function EventList({ events, labels, digitsOf, selectedId, onSelect, emptyText }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // No React Compiler here, so the hook's unmemoisable return value is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => events[index]?.id ?? index,
    overscan: 15,
    useFlushSync: false,
  });

  // Newest is on top: when the reader has scrolled down, shift by the rows that arrived
  // above so the lines they are reading stay still.
  const topId = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const previous = topId.current;
    topId.current = events[0]?.id;
    if (!el || !previous || el.scrollTop <= 0 || events[0]?.id === previous) return;
    const shift = events.findIndex((e) => e.id === previous);
    if (shift > 0) el.scrollTop += shift * ROW_HEIGHT;
  }, [events]);

  const rowsAbove = Math.floor((virtualizer.scrollOffset ?? 0) / ROW_HEIGHT);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const index = events.findIndex((ev) => ev.id === selectedId);
    const next = index < 0 ? 0 : Math.min(events.length - 1, Math.max(0, index + (e.key === 'ArrowDown' ? 1 : -1)));
    const event = events[next];
    if (event) {
      onSelect(event);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    }
  }

  return (
    <div className="log-list" role="table" aria-label="Live events" aria-rowcount={events.length}>
      <div className="log-row log-row--header" role="row">
        <span role="columnheader" className="log-cell log-cell--time">
          Time
        </span>
        <span role="columnheader" className="log-cell log-cell--source">
          Source
        </span>
        <span role="columnheader" className="log-cell log-cell--type">
          Type
        </span>
        <span role="columnheader" className="log-cell log-cell--symbol">
          Symbol
        </span>
        <span role="columnheader" className="log-cell log-cell--summary">
          Summary
        </span>
      </div>
      <div className="log-list__scroll" ref={scrollRef} tabIndex={0} onKeyDown={onKeyDown}>
        {events.length === 0 ? (
          <div className="log-list__empty">{emptyText}</div>
        ) : (
          <div className="log-list__canvas" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const event = events[item.index];
              if (!event) return null;
              return (
                <EventRow
                  key={item.key}
                  event={event}
                  source={labelFor(labels, event.sourceId, event.sourceKind)}
                  digitsOf={digitsOf}
                  selected={event.id === selectedId}
                  top={item.start}
                  onSelect={onSelect}
                />
              );
            })}
          </div>
        )}
      </div>
      {rowsAbove > 0 && (
        <button type="button" className="log-list__to-top" onClick={() => virtualizer.scrollToOffset(0)}>
          ↑ {rowsAbove.toLocaleString('en-US')} newer
        </button>
      )}
    </div>
  );
}
