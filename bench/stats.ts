export const median = (xs: number[]) => quantile(xs, 0.5)
export const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}
export const round = (x: number, digits = 3) => Number(x.toFixed(digits))

export type Figures = Record<string, number>

/** Runs `fn` n times and returns each run's wall time in milliseconds. */
export const timeRuns = async (n: number, fn: (i: number) => Promise<void>) => {
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const start = performance.now()
    await fn(i)
    times.push(performance.now() - start)
  }
  return times
}
