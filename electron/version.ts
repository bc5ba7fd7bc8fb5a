declare const __APP_VERSION__: string | undefined

/** Stamped in by the build from package.json; tests and tools see a dev marker instead. */
export const APP_VERSION: string =
  typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev'
