export type LogFields = Record<string, string | number | boolean | null | undefined>;

/**
 * Structured logs. Personal data (phone and ID numbers) never reaches a logger unmasked:
 * callers pass `maskPhone(phone)`, never a raw number or a request body.
 */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;

/** One JSON line per entry on the console, which both Node and Workers collect. */
export function createConsoleLogger(level: keyof typeof LEVELS = 'info'): Logger {
  const write = (entryLevel: keyof typeof LEVELS, message: string, fields?: LogFields) => {
    if (LEVELS[entryLevel] < LEVELS[level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: entryLevel, message, ...fields });
    if (entryLevel === 'error') console.error(line);
    else console.log(line);
  };
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

