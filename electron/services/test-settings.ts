/**
 * SMARTKETING_MINUTE_MS shortens a plan "minute" (e.g. to 1000 ms) so end-to-end tests run a whole
 * 15-minute session in seconds. Ignored unless it is a sane whole number.
 */
export const minuteMsFromEnv = (env = process.env): number | undefined => {
  const value = Number(env['SMARTKETING_MINUTE_MS'])
  return Number.isInteger(value) && value >= 100 && value <= 60_000 ? value : undefined
}

/**
 * SMARTKETING_BACKUP_DELAY_MS moves the start-up backup (0 to 600,000 ms after start), for the
 * benchmark that measures it. Ignored unless it is a sane whole number.
 */
export const backupDelayMsFromEnv = (env = process.env): number | undefined => {
  const value = Number(env['SMARTKETING_BACKUP_DELAY_MS'] ?? NaN)
  return Number.isInteger(value) && value >= 0 && value <= 600_000 ? value : undefined
}
