import type { EventType } from '../../../../shared/events/index.ts';
import { typeTone } from './event-type-tone.ts';

export function TypeChip({ type }: { type: EventType }) {
  return <span className={`type-chip type-${typeTone(type)}`}>{type}</span>;
}
