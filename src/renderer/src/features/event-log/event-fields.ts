import type { CanonicalEvent } from '../../../../shared/events/index.ts';
import { formatDateTime } from './event-format.ts';

export interface Field {
  name: string;
  value: string;
}

/** The envelope of an event as label/value rows, times both as clock and epoch. */
export function envelopeFields(event: CanonicalEvent): Field[] {
  const fields: Field[] = [
    { name: 'id', value: event.id },
    { name: 'type', value: event.type },
    { name: 'name', value: event.name },
    { name: 'sourceId', value: event.sourceId },
    { name: 'sourceKind', value: event.sourceKind },
  ];
  if (event.channel !== undefined) fields.push({ name: 'channel', value: event.channel });
  if (event.seq !== undefined) fields.push({ name: 'seq', value: String(event.seq) });
  if (event.symbol !== undefined) fields.push({ name: 'symbol', value: event.symbol });
  fields.push({ name: 'occurredAt', value: `${formatDateTime(event.occurredAt)} (${event.occurredAt})` });
  fields.push({ name: 'receivedAt', value: `${formatDateTime(event.receivedAt)} (${event.receivedAt})` });
  fields.push({ name: 'latency', value: `${event.receivedAt - event.occurredAt} ms` });
  return fields;
}

/** Every field of `data`; nested values as compact JSON so nothing is hidden. */
export function dataFields(event: CanonicalEvent): Field[] {
  return Object.entries(event.data as Record<string, unknown>).map(([name, value]) => ({
    name,
    value: typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)),
  }));
}
