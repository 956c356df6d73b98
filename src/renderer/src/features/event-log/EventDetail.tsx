import { useState } from 'react';
import type { CanonicalEvent } from '../../../../shared/events/index.ts';
import { dataFields, envelopeFields, type Field } from './event-fields.ts';
import { prettyRaw } from './event-format.ts';
import { summaryParts, type DigitsLookup } from './event-summary.ts';
import { Summary } from './Summary.tsx';
import { TypeChip } from './TypeChip.tsx';

interface Props {
  event: CanonicalEvent;
  digitsOf: DigitsLookup;
  onClose(): void;
}

function FieldTable({ fields }: { fields: readonly Field[] }) {
  return (
    <dl className="fields">
      {fields.map((f) => (
        <div className="fields__row" key={f.name}>
          <dt>{f.name}</dt>
          <dd className="num">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function EventDetail({ event, digitsOf, onClose }: Props) {
  const [copied, setCopied] = useState(false);
  const raw = event.raw === undefined ? undefined : prettyRaw(event.raw);

  function copy() {
    if (raw === undefined) return;
    navigator.clipboard.writeText(raw).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1200);
      },
      () => setCopied(false),
    );
  }

  return (
    <aside className="detail" aria-label="Event detail">
      <header className="detail__header">
        <TypeChip type={event.type} />
        <span className="detail__title">{event.name}</span>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close detail" title="Close (Esc)">
          ×
        </button>
      </header>
      <div className="detail__body">
        <p className="detail__summary num">
          <Summary parts={summaryParts(event, digitsOf)} />
        </p>
        <h3 className="detail__section">Event</h3>
        <FieldTable fields={envelopeFields(event)} />
        <h3 className="detail__section">Data</h3>
        <FieldTable fields={dataFields(event)} />
        <h3 className="detail__section">
          Raw payload
          {raw !== undefined && (
            <button type="button" className="link-button" onClick={copy}>
              {copied ? 'copied' : 'copy'}
            </button>
          )}
        </h3>
        {raw === undefined ? (
          <p className="muted">No raw payload kept.</p>
        ) : (
          <pre className="detail__raw" data-testid="raw-payload">
            {raw}
          </pre>
        )}
      </div>
    </aside>
  );
}
