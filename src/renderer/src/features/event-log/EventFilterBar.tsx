import type { EventType } from '../../../../shared/events/index.ts';
import { DemoTag } from '../../ui/DemoTag.tsx';
import { toggle, type EventFilter } from './event-filter.ts';
import { typeTone } from './event-type-tone.ts';
import { labelFor, type SourceLabel } from './source-labels.ts';

interface Props {
  filter: EventFilter;
  onChange(filter: EventFilter): void;
  sources: readonly string[];
  types: readonly EventType[];
  labels: ReadonlyMap<string, SourceLabel>;
}

/** Multi-select chips; nothing selected in a group means that group does not filter. */
export function EventFilterBar({ filter, onChange, sources, types, labels }: Props) {
  return (
    <div className="filters">
      <div className="filters__group" role="group" aria-label="Filter by source">
        <span className="filters__title">Source</span>
        {sources.map((id) => {
          const source = labelFor(labels, id);
          const on = filter.sources.has(id);
          return (
            <button
              key={id}
              type="button"
              className={`filter-chip${on ? ' filter-chip--on' : ''}`}
              aria-pressed={on}
              onClick={() => onChange({ ...filter, sources: toggle(filter.sources, id) })}
            >
              {source.label}
              {source.demo && <DemoTag />}
            </button>
          );
        })}
      </div>
      <div className="filters__group" role="group" aria-label="Filter by type">
        <span className="filters__title">Type</span>
        <span className="mode-switch" role="radiogroup" aria-label="Selected types are">
          {(['only', 'hide'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              role="radio"
              aria-checked={filter.typeMode === mode}
              className={`mode-switch__option${filter.typeMode === mode ? ' mode-switch__option--on' : ''}`}
              onClick={() => onChange({ ...filter, typeMode: mode })}
              title={mode === 'only' ? 'Show only the selected types' : 'Hide the selected types'}
            >
              {mode === 'only' ? 'Only' : 'Hide'}
            </button>
          ))}
        </span>
        {types.map((type) => {
          const on = filter.types.has(type);
          return (
            <button
              key={type}
              type="button"
              className={`filter-chip filter-chip--type type-${typeTone(type)}${on ? (filter.typeMode === 'hide' ? ' filter-chip--hidden' : ' filter-chip--on') : ''}`}
              aria-pressed={on}
              onClick={() => onChange({ ...filter, types: toggle(filter.types, type) })}
            >
              {type}
            </button>
          );
        })}
      </div>
    </div>
  );
}
