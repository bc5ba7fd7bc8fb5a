/*
 * What a window's first screen asks for before anything else, named once for both sides: the
 * renderer sends these while its script still starts (renderer/ask-early.ts), and the main side
 * answers them once while the window loads, so the answers are ready (warm-answers.ts). None takes
 * input. Free of the contract and zod: the renderer's first script imports it.
 */

/** Every screen reads the settings and the formats. */
export const EVERY_SCREEN_FIRST = ['settings:get', 'settings:formats'] as const
/** The client list, the usual first screen, also reads its clients and the library's health. */
export const LIBRARY_FIRST = ['clients:list', 'library:health'] as const
