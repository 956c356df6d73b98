import { Activity } from 'react';
import { useStore } from '../lib/use-store.ts';
import { linkProblem } from './health.ts';
import { LinkBanner } from './LinkBanner.tsx';
import { NavRail } from './NavRail.tsx';
import { useServices } from './services-context.tsx';
import { StatusBar } from './StatusBar.tsx';
import { useCurrentView } from './use-current-view.ts';
import { VIEWS } from './view-registry.ts';

export function App() {
  const [current, open] = useCurrentView(VIEWS);
  const link = useStore(useServices().connection.link);
  const notLive = linkProblem(link, 0) !== undefined;
  return (
    <div className={`app${notLive ? ' app--not-live' : ''}`}>
      <StatusBar />
      <LinkBanner />
      <div className="app__main">
        <NavRail views={VIEWS} current={current} onOpen={open} />
        {/* Hidden views keep their filters, selection and scroll; Activity also pauses their effects. */}
        {VIEWS.map(({ id, label, component: View }) => (
          <Activity key={id} mode={id === current ? 'visible' : 'hidden'}>
            <main className="app__view" aria-label={label}>
              <View />
            </main>
          </Activity>
        ))}
      </div>
    </div>
  );
}
