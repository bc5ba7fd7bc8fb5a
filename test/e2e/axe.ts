import type { Page } from '@playwright/test'
import axe from 'axe-core'

/**
 * axe-core run straight in the page, injected once per document. `AxeBuilder.analyze()` injects the
 * 500 KB engine again on every call and, outside legacy mode, opens a second page to merge the
 * frames' results: about 2.5 s of overhead per audit where the audit itself takes 0.1 to 0.3 s. Our
 * pages have no frames, so nothing is lost by running in the top document only.
 */
export interface AxeAudit {
  /** A CSS selector: only what is inside it is audited (the whole document when absent). */
  include?: string
  /** axe tags to run (e.g. `wcag2aaa`); every rule axe enables by default when absent. */
  tags?: string[]
}

type AxeWindow = Window & { axe?: typeof axe }

export const axeViolations = async (page: Page, audit: AxeAudit = {}): Promise<axe.Result[]> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
  const results = await page.evaluate(
    ({ include, tags }) => {
      const engine = (window as AxeWindow).axe
      if (!engine) throw new Error('axe-core did not load into the page')
      const context = include ? { include: [include] } : document
      return engine.run(context, {
        // Passes are not read, and collecting them is most of a run's cost on a large page.
        resultTypes: ['violations'],
        ...(tags ? { runOnly: { type: 'tag' as const, values: tags } } : {}),
      })
    },
    { include: audit.include, tags: audit.tags },
  )
  return results.violations
}
