import { useCallback, useEffect, useState } from 'react';
import type { ViewDefinition } from './view-registry.ts';

function viewFromHash(views: readonly ViewDefinition[]): string {
  const id = window.location.hash.replace(/^#\/?/, '');
  return views.some((v) => v.id === id) ? id : (views[0]?.id ?? '');
}

/** The open view, kept in the address fragment so a reload (or the browser's back) keeps it. */
export function useCurrentView(views: readonly ViewDefinition[]): [string, (id: string) => void] {
  const [current, setCurrent] = useState(() => viewFromHash(views));
  useEffect(() => {
    const onHash = () => setCurrent(viewFromHash(views));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [views]);
  const open = useCallback((id: string) => {
    window.location.hash = `/${id}`;
    setCurrent(id);
  }, []);
  return [current, open];
}
