import { describe, expect, it } from 'vitest'
import { audiencePlacement } from '../../../../../electron/main/policy/audience-placement'

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }
const projector = { id: 7, bounds: { x: 1440, y: 0, width: 1280, height: 720 } }

describe('audiencePlacement', () => {
  it('goes full screen on the projector when one is connected', () => {
    expect(audiencePlacement([laptop, projector], 1)).toEqual({ x: 1440, y: 0, fullscreen: true })
  })

  it('opens as an ordinary window with only the laptop’s display', () => {
    expect(audiencePlacement([laptop], 1)).toEqual({})
  })
})
