// The process logger (pino): JSON lines, level from LOG_LEVEL.
import { type Logger, pino } from "pino";

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: "kg-explorer" } });
}
