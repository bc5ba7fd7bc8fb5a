interface DisplayLike {
  id: number
  bounds: { x: number; y: number; width: number; height: number }
}

/**
 * Where the projector's window opens: full screen on the first display that is not the laptop's
 * own, or (with one display) as an ordinary window the facilitator can drag there.
 */
export const audiencePlacement = (displays: readonly DisplayLike[], primaryId: number) => {
  const external = displays.find((d) => d.id !== primaryId)
  return external ? { x: external.bounds.x, y: external.bounds.y, fullscreen: true } : {}
}
