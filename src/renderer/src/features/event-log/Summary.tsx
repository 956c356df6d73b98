import type { SummaryPart } from './event-summary.ts';

export function Summary({ parts }: { parts: readonly SummaryPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.tone ? (
          <span key={i} className={`tone-${part.tone}`}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
