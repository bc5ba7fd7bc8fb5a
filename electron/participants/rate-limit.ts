/**
 * A token bucket per key (a phone, an address): bursts up to `capacity`, then `perSecond`. A phone
 * that taps fast is slowed down with a 429; the room keeps working for everyone else.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(key: string): boolean {
    const t = this.now()
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: t }
    bucket.tokens = Math.min(
      this.capacity,
      bucket.tokens + ((t - bucket.at) / 1000) * this.perSecond,
    )
    bucket.at = t
    this.buckets.set(key, bucket)
    if (bucket.tokens < 1) return false
    bucket.tokens -= 1
    return true
  }
}
