import { useNow } from '../../app/use-now.ts';
import { useServices } from '../../app/services-context.tsx';
import { useStore } from '../../lib/use-store.ts';
import { ConnectionCard } from './ConnectionCard.tsx';
import './connections.css';

export function ConnectionsView() {
  const { connections } = useServices();
  const { list, loaded, error } = useStore(connections.state);
  const now = useNow();

  return (
    <div className="connections">
      <header className="view-header">
        <h1>Connections</h1>
        <span className="muted">{list.length === 1 ? '1 source' : `${list.length} sources`}</span>
        {error && <span className="tone-bad">Could not refresh: {error}</span>}
      </header>
      {!loaded ? (
        <p className="muted connections__empty">Loading…</p>
      ) : list.length === 0 ? (
        <p className="muted connections__empty">No sources are configured.</p>
      ) : (
        <div className="connections__list">
          {list.map((info) => (
            <ConnectionCard key={info.sourceId} info={info} now={now} />
          ))}
        </div>
      )}
    </div>
  );
}
