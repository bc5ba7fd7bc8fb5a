/** File names and the dates in them, written the same on every system and in every language. */

/** Characters Windows refuses in a name (the strictest of the three systems), and control codes. */
const REFUSED = /[\\/:*?"<>|\p{Cc}]+/gu
/** Names Windows keeps for devices, whatever extension follows them ("CON.pdf" cannot be saved). */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i
/** Below the 255-byte limit of macOS and Linux, with room left for the extension. */
const MAX_BYTES = 180

const encoder = new TextEncoder()

/** Cut at a whole character, never inside one, so an emoji at the end never turns into garbage. */
const capBytes = (name: string) => {
  let [kept, bytes] = ['', 0]
  for (const char of name) {
    bytes += encoder.encode(char).length
    if (bytes > MAX_BYTES) break
    kept += char
  }
  return kept
}

/**
 * A file name (without its extension) that every file system the app runs on accepts: refused
 * characters become spaces, runs of spaces become one, and Windows' trailing dots go. A name left
 * empty takes `fallback`.
 */
export const safeFileName = (name: string, fallback: string): string => {
  const spaced = name.replace(REFUSED, ' ').replace(/\s+/g, ' ').trim()
  const cleaned = capBytes(spaced).replace(/[. ]+$/, '')
  if (cleaned === '') return fallback
  return DEVICE_NAME.test(cleaned) ? `${cleaned}_` : cleaned
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "2026-11-23" as the person's own calendar shows the day, not as it is in Greenwich. */
export const localDay = (d: Date): string =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`

/** "2026-11-23 11:23": a moment in the person's own time, written the same in every language. */
export const localMinute = (d: Date): string =>
  `${localDay(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`
