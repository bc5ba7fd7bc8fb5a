import type { AppCore } from '../app-core'
import { agreementHandlers } from './agreements'
import { clientHandlers } from './clients'
import { exportHandlers } from './exports'
import { followupHandlers } from './followup'
import { formatHandlers } from './formats'
import { libraryHandlers } from './library'
import { memberHandlers } from './members'
import { pdfHandlers } from './pdf'
import { reportHandlers } from './pdf-report'
import { portabilityHandlers } from './portability'
import { sampleHandlers } from './samples'
import { sessionHandlers } from './session'
import { stageHandlers } from './session-stage'
import { nextSessionHandlers } from './next-session'
import { workshopHandlers } from './workshops'
import type { Handlers } from './types'

/** Every call of the contract, answered by plain-Node services; `satisfies` proves none is missing. */
export const createHandlers = (core: AppCore): Handlers =>
  ({
    ...libraryHandlers(core),
    ...formatHandlers(core),
    ...clientHandlers(core),
    ...memberHandlers(core),
    ...workshopHandlers(core),
    ...sessionHandlers(core),
    ...stageHandlers(core),
    ...nextSessionHandlers(core),
    ...pdfHandlers(core),
    ...reportHandlers(core),
    ...agreementHandlers(core),
    ...followupHandlers(core),
    ...exportHandlers(core),
    ...portabilityHandlers(core),
    ...sampleHandlers(core),
  }) satisfies Handlers
