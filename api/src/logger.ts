import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.js';

/** Structured JSON logs on stdout, one object a line. */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'kinerja-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', '*.password', '*.token'], censor: '[redacted]' },
  });
}
