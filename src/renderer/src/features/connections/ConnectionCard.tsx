import type { ConnectionInfo } from '../../../../shared/connections/connection-info.ts';
import { DemoTag } from '../../ui/DemoTag.tsx';
import { formatAgo, formatDuration, stateTone } from './connection-format.ts';

const count = new Intl.NumberFormat('en-US');

export function ConnectionCard({ info, now }: { info: ConnectionInfo; now: number }) {
  const tone = stateTone(info.state);
  return (
    <article className={`conn state-${tone}`} aria-label={`${info.label} ${info.state}`} data-source={info.sourceId}>
      <div className="conn__state">
        <span className="dot dot--large" aria-hidden="true" />
        <span className="conn__state-word">{info.state}</span>
      </div>
      <div className="conn__identity">
        <div className="conn__label">
          {info.label}
          {info.demo && <DemoTag />}
        </div>
        <div className="conn__meta muted">
          <span>
            kind <span className="conn__value">{info.sourceKind}</span>
          </span>
          <span>
            id <span className="conn__value">{info.sourceId}</span>
          </span>
        </div>
        {info.detail && <div className="conn__detail">{info.detail}</div>}
      </div>
      <dl className="conn__stats">
        <div>
          <dt>Events/min</dt>
          <dd className="num">{count.format(info.eventsPerMinute)}</dd>
        </div>
        <div>
          <dt>Last event</dt>
          <dd className="num">{formatAgo(info.lastEventAt, now)}</dd>
        </div>
        <div>
          <dt>In state</dt>
          <dd className="num">{formatDuration(now - info.since)}</dd>
        </div>
        <div>
          <dt>Attempt</dt>
          <dd className="num">{info.attempt}</dd>
        </div>
      </dl>
    </article>
  );
}
