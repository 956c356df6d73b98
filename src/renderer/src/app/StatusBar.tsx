import { useStore } from '../lib/use-store.ts';
import { formatClockSeconds } from './clock-format.ts';
import { isDemoRunning } from './demo-mode.ts';
import { overallHealth } from './health.ts';
import { useServices } from './services-context.tsx';
import { useNow } from './use-now.ts';

const rateFormat = new Intl.NumberFormat('en-US');

export function StatusBar() {
  const { connection, appInfo, connections } = useServices();
  const link = useStore(connection.link);
  const info = useStore(appInfo);
  const { list } = useStore(connections.state);
  const now = useNow();
  const health = overallHealth(link, list, now);
  const demo = isDemoRunning(info?.demo, list);
  // The core counts per source over a true 60 s window; their sum is the feed's pace.
  const perMinute = list.reduce((sum, c) => sum + c.eventsPerMinute, 0);

  return (
    <header className={`statusbar${demo ? ' statusbar--demo' : ''}`}>
      <div className="statusbar__brand" title={info ? `Tradewatch ${info.version} · ${info.dbPath}` : 'Tradewatch'}>
        <span className="statusbar__logo" aria-hidden="true" />
        Tradewatch
      </div>
      {demo && (
        <div
          className="demo-badge"
          role="status"
          title="Simulated data from the built-in demo feed: not a real account"
        >
          DEMO
        </div>
      )}
      <div className="statusbar__spacer" />
      <div className={`statusbar__health state-${health.tone}`} role="status" aria-label="Connection health">
        <span className="dot" aria-hidden="true" />
        {health.label}
      </div>
      <div className="statusbar__metric" title="Events received in the last minute, all sources">
        <span className="num">{rateFormat.format(perMinute)}</span>
        <span className="muted"> ev/min</span>
      </div>
      <div
        className="statusbar__metric muted"
        title={connection.transport === 'electron' ? 'Electron IPC' : 'Browser host WebSocket'}
      >
        {connection.transport === 'electron' ? 'IPC' : 'WEB'}
      </div>
      <div className="statusbar__clock num" title="Local time">
        {formatClockSeconds(now)}
      </div>
    </header>
  );
}
