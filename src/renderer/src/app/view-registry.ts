import type { ComponentType } from 'react';
import { ConnectionsView } from '../features/connections/ConnectionsView.tsx';
import { EventLogView } from '../features/event-log/EventLogView.tsx';
import { ConnectionsIcon, LiveLogIcon } from './icons.tsx';

/** A page of the app. New views (candles, positions, signals, …) plug in by adding an entry. */
export interface ViewDefinition {
  /** Also the address fragment: #/connections. */
  id: string;
  label: string;
  icon: ComponentType;
  component: ComponentType;
}

/** Only views that work today; the first is the start page. */
export const VIEWS: readonly ViewDefinition[] = [
  { id: 'live-log', label: 'Live log', icon: LiveLogIcon, component: EventLogView },
  { id: 'connections', label: 'Connections', icon: ConnectionsIcon, component: ConnectionsView },
];
