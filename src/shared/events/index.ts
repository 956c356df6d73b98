export * from './event-types.ts';
export * from './canonical-event.ts';
export * as EventData from './event-data.ts';
