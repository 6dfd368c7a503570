const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One decimal at most, without a trailing `.0` (`2`, `1.2`). */
function oneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * Short label for an interval, as on Anki's answer buttons.
 * @example formatInterval(600_000) === '10m'; formatInterval(3 * 86_400_000) === '3d'
 */
export function formatInterval(ms: number): string {
  const safe = Math.max(0, ms);
  // Compare rounded values so 59.7 minutes reads `1h`, not `60m`.
  const minutes = Math.max(1, Math.round(safe / MINUTE));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(safe / HOUR);
  if (hours < 24) return `${hours}h`;
  const days = safe / DAY;
  if (Math.round(days) < 30) return `${Math.round(days)}d`;
  // Months are 30 days and years 365 days: labels are estimates, not calendar arithmetic.
  if (Math.round(days) < 365) return `${oneDecimal(days / 30)}mo`;
  return `${oneDecimal(days / 365)}y`;
}
