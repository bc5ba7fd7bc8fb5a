import { NO_ELECTRON_NOTE, electronBinary } from '../../scripts/electron-binary.mjs'

/** Says once, in one line, why the Electron project's specs are skipped on this machine. */
export default function globalSetup() {
  if (!electronBinary())
    console.log(`Electron project: ${NO_ELECTRON_NOTE}; its specs are skipped.`)
}
