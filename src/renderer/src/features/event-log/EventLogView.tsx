import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CanonicalEvent } from '../../../../shared/events/index.ts';
import { useServices } from '../../app/services-context.tsx';
import { useStore } from '../../lib/use-store.ts';
import { EventDetail } from './EventDetail.tsx';
import { applyFilter, isFiltering, NO_FILTER, type EventFilter } from './event-filter.ts';
import type { DigitsLookup } from './event-summary.ts';
import { EventFilterBar } from './EventFilterBar.tsx';
import { EventList } from './EventList.tsx';
import { sourceLabels } from './source-labels.ts';
import './event-log.css';

const count = new Intl.NumberFormat('en-US');

export function EventLogView() {
  const { liveEvents, connections } = useServices();
  const log = useStore(liveEvents.state);
  const { list } = useStore(connections.state);
  const [filter, setFilter] = useState<EventFilter>(NO_FILTER);
  const [selected, setSelected] = useState<CanonicalEvent | undefined>(undefined);

  const labels = useMemo(() => sourceLabels(list), [list]);
  const digitsOf = useMemo<DigitsLookup>(() => (symbol) => log.digits.get(symbol), [log.digits]);
  const visible = useMemo(() => applyFilter(log.events, filter), [log.events, filter]);
  // Sources configured but silent so far still get a chip.
  const sources = useMemo(
    () => [...new Set([...list.map((c) => c.sourceId), ...log.sourcesSeen])],
    [list, log.sourcesSeen],
  );
  const close = useCallback(() => setSelected(undefined), []);

  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, close]);

  const emptyText = log.loading
    ? 'Loading the newest events…'
    : log.loadError && log.events.length === 0
      ? `Could not load events: ${log.loadError}`
      : isFiltering(filter) && log.events.length > 0
        ? 'No events match the filters.'
        : 'Waiting for events…';

  return (
    <div className="event-log">
      <div className="event-log__toolbar">
        <EventFilterBar filter={filter} onChange={setFilter} sources={sources} types={log.typesSeen} labels={labels} />
        <div className="event-log__actions">
          {isFiltering(filter) && (
            <button
              type="button"
              className="filters__clear"
              onClick={() => setFilter({ ...filter, sources: new Set(), types: new Set() })}
            >
              Clear filters
            </button>
          )}
          <span className="muted num" title="Shown / held in memory (newest 5,000 kept)">
            {count.format(visible.length)}
            {isFiltering(filter) ? ` of ${count.format(log.events.length)}` : ''} events
          </span>
          <button
            type="button"
            className={`pause-button${log.paused ? ' pause-button--paused' : ''}`}
            onClick={() => liveEvents.setPaused(!log.paused)}
            title={
              log.paused
                ? 'Show the events that arrived while paused'
                : 'Freeze the log; new events are counted, not lost'
            }
          >
            {log.paused ? (
              <>
                ▶ Resume
                {log.newWhilePaused > 0 && (
                  <span className="pause-button__count">{count.format(log.newWhilePaused)} new</span>
                )}
              </>
            ) : (
              '❚❚ Pause'
            )}
          </button>
        </div>
      </div>
      <div className="event-log__body">
        <EventList
          events={visible}
          labels={labels}
          digitsOf={digitsOf}
          selectedId={selected?.id}
          onSelect={setSelected}
          emptyText={emptyText}
        />
        {selected && <EventDetail event={selected} digitsOf={digitsOf} onClose={close} />}
      </div>
    </div>
  );
}
