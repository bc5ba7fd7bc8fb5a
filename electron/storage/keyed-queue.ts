/** Runs tasks for the same key one after another, so read-modify-write of one file never interleaves. */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>()

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve()
    const next = previous.then(task, task)
    const tail = next.catch(() => undefined)
    this.tails.set(key, tail)
    const forget = () => {
      if (this.tails.get(key) === tail) this.tails.delete(key)
    }
    tail.then(forget, forget)
    return next
  }

  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()])
  }
}
