import { useStore } from '../lib/use-store.ts';
import { linkProblem } from './health.ts';
import { useServices } from './services-context.tsx';
import { useNow } from './use-now.ts';

/** Full-width warning while the link to the core is down, so stale numbers are never mistaken for live ones. */
export function LinkBanner() {
  const { connection } = useServices();
  const link = useStore(connection.link);
  const now = useNow(500);
  const text = linkProblem(link, now);
  if (!text) return null;
  return (
    <div className="link-banner" role="alert">
      {text}
    </div>
  );
}
