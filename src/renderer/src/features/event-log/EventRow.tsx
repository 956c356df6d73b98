import { memo } from 'react';
import type { CanonicalEvent } from '../../../../shared/events/index.ts';
import { DemoTag } from '../../ui/DemoTag.tsx';
import { formatClock } from './event-format.ts';
import { summaryParts, type DigitsLookup } from './event-summary.ts';
import type { SourceLabel } from './source-labels.ts';
import { Summary } from './Summary.tsx';
import { TypeChip } from './TypeChip.tsx';

interface Props {
  event: CanonicalEvent;
  source: SourceLabel;
  digitsOf: DigitsLookup;
  selected: boolean;
  top: number;
  onSelect(event: CanonicalEvent): void;
}

/** One log line. Memoised: rows stay put while new events arrive above them. */
export const EventRow = memo(function EventRow({ event, source, digitsOf, selected, top, onSelect }: Props) {
  return (
    <div
      role="row"
      aria-selected={selected}
      className={`log-row${selected ? ' log-row--selected' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      data-type={event.type}
      data-id={event.id}
      onClick={() => onSelect(event)}
    >
      <span role="cell" className="log-cell log-cell--time num">
        {formatClock(event.occurredAt)}
      </span>
      <span role="cell" className="log-cell log-cell--source" title={`${source.label} (${event.sourceKind})`}>
        <span className="log-cell__text">{source.label}</span>
        {source.demo && <DemoTag subtle />}
      </span>
      <span role="cell" className="log-cell log-cell--type">
        <TypeChip type={event.type} />
      </span>
      <span role="cell" className="log-cell log-cell--symbol">
        {event.symbol ?? ''}
      </span>
      <span role="cell" className="log-cell log-cell--summary num">
        <Summary parts={summaryParts(event, digitsOf)} />
      </span>
    </div>
  );
});
