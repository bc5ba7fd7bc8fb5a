import { execFileSync } from 'node:child_process'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const WRAPPER = join(import.meta.dirname, '../../support/chromium.sh')

/**
 * Chromium keeps only the last of a repeated switch: the features the test browser disables must
 * join Playwright's own list, not replace it, and every other argument must reach Chromium as it was.
 */
it('hands Chromium one --disable-features holding every list, and every other argument unchanged', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'chromium-wrapper-'))
  try {
    // A stand-in for Chromium that prints the arguments it was given, one per line.
    const fake = join(dir, 'fake-chromium')
    await writeFile(fake, '#!/bin/sh\nfor a do printf "%s\\n" "$a"; done\n')
    await chmod(fake, 0o755)
    const args = [
      '--remote-debugging-pipe',
      '--disable-features=PaintHolding,HttpsUpgrades',
      '--user-data-dir=/tmp/a profile with spaces',
      '--disable-features=WebUIOmniboxPopup',
      '--lang=é',
    ]
    const out = execFileSync(WRAPPER, args, { env: { ...process.env, CHROMIUM_PATH: fake } })
    expect(out.toString().trimEnd().split('\n')).toEqual([
      '--remote-debugging-pipe',
      '--user-data-dir=/tmp/a profile with spaces',
      '--lang=é',
      '--disable-features=PaintHolding,HttpsUpgrades,WebUIOmniboxPopup',
    ])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
