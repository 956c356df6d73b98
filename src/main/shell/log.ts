export type LogLevel = 'info' | 'warn' | 'error';
export type Log = (level: LogLevel, message: string) => void;

/** Diagnostics to the console for now. Callers pass messages, never secret values. */
export const consoleLog: Log = (level, message) => {
  const line = `[tradewatch] ${message}`;
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.info(line);
};
