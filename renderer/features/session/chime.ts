let context: AudioContext | null = null

/** A soft two-note chime made in Web Audio: no sound files, nothing fetched. */
export const playChime = () => {
  try {
    context ??= new AudioContext()
    const start = context.currentTime
    for (const [i, freq] of [659.25, 880].entries()) {
      const osc = context.createOscillator()
      const gain = context.createGain()
      osc.type = 'sine'
      osc.frequency.value = freq
      const t = start + i * 0.18
      gain.gain.setValueAtTime(0.0001, t)
      gain.gain.exponentialRampToValueAtTime(0.18, t + 0.03)
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.9)
      osc.connect(gain).connect(context.destination)
      osc.start(t)
      osc.stop(t + 1)
    }
  } catch {
    // No audio device (or autoplay refused): the clock's colour still tells the room.
  }
}
