import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Poppler and qpdf, the way a person would check a PDF: does it open, what text is where, which fonts. */
export const savePdf = (name: string, pdf: Uint8Array) => {
  const dir = join('test-results', 'pdf')
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `${name}.pdf`)
  writeFileSync(path, pdf)
  return path
}

export const qpdfCheck = (path: string) => {
  try {
    return execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })
  } catch (e) {
    throw new Error(`qpdf --check failed for ${path}: ${(e as { stdout?: string }).stdout ?? e}`)
  }
}

export const pageText = (path: string, page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', path, '-'], {
    encoding: 'utf8',
  })

/**
 * Every page's layout text from one pdftotext run (it ends each page with a form feed): element
 * `n - 1` is page `n`. One process instead of one per page, for documents of many pages.
 */
export const layoutPages = (path: string) =>
  execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
    .split('\f')
    .slice(0, -1)

export const allText = (path: string) =>
  execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })

export const pageCount = (path: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1])

export const pageSizePts = (path: string) => {
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(
    execFileSync('pdfinfo', [path], { encoding: 'utf8' }),
  )
  return [Number(m?.[1]), Number(m?.[2])]
}

/** Every font row of `pdffonts`, with whether it is embedded. */
export const fonts = (path: string) =>
  execFileSync('pdffonts', [path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/)
      return { name: cols[0]!, embedded: cols.at(-5) === 'yes' }
    })

/** Page images to look at; those of an earlier, longer run under the same name are removed first. */
export const toPngs = (path: string, prefix: string) => {
  const dir = join('test-results', 'pdf')
  mkdirSync(dir, { recursive: true })
  for (const f of readdirSync(dir))
    if (f.startsWith(`${prefix}-`) && /^\d+\.png$/.test(f.slice(prefix.length + 1)))
      rmSync(join(dir, f))
  return execFileSync('pdftoppm', ['-r', '90', '-png', path, join(dir, prefix)])
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

/** What pdfinfo says about the document as a whole: tagged, author, title, version, page size. */
export const pdfInfo = (path: string) => {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(out)?.[1]?.trim() ?? ''
  return {
    tagged: field('Tagged'),
    author: field('Author'),
    title: field('Title'),
    subject: field('Subject'),
    version: field('PDF version'),
    pages: Number(field('Pages')),
  }
}

/** The document language from the catalog (this pdfinfo does not print it): "/Lang (de-DE)". */
export const pdfLanguage = (path: string) =>
  /\/Lang \(([^)]*)\)/.exec(readFileSync(path, 'latin1'))?.[1] ?? null

/** Each page's text, laid out as printed, with the running header and footer lines removed. */
export const pageBodies = (path: string, pages: number) =>
  Array.from({ length: pages }, (_, i) =>
    pageText(path, i + 1)
      .split('\n')
      .filter((l) => l.trim())
      .slice(1, -1),
  )
