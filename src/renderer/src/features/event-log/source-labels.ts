import type { ConnectionInfo } from '../../../../shared/connections/connection-info.ts';

export interface SourceLabel {
  label: string;
  demo: boolean;
}

/** How a source id is shown: its configured label and whether it is simulated. */
export function sourceLabels(connections: readonly ConnectionInfo[]): ReadonlyMap<string, SourceLabel> {
  return new Map(connections.map((c) => [c.sourceId, { label: c.label, demo: c.demo }]));
}

export function labelFor(labels: ReadonlyMap<string, SourceLabel>, sourceId: string, sourceKind?: string): SourceLabel {
  return labels.get(sourceId) ?? { label: sourceId, demo: sourceKind === 'demo' };
}
