import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs, one line an event, named by the app that writes them. */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({ name, level, base: { app: name }, timestamp: pino.stdTimeFunctions.isoTime });
}
