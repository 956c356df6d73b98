import { powerMonitor } from 'electron';

export interface PowerHooks {
  /** After sleep or hibernate. Later: ask sources to reconnect now instead of waiting out their backoff. */
  onResume(): void;
}

export function watchPower(hooks: PowerHooks): () => void {
  const onResume = (): void => hooks.onResume();
  powerMonitor.on('resume', onResume);
  return () => {
    powerMonitor.off('resume', onResume);
  };
}
