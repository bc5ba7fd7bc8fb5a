import type { ReactNode, RefObject } from 'react'
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'
import type { Axis } from './paging'
import { mod, useCachedPageStarts, usePageStarts } from './paging'

/** A board that does not fit turns its page by itself this often, when the settings say so. */
export const AUTO_PAGE_MS = 8_000

interface PagerReport {
  pages: number
  items: number
  shown: number
}

interface PagesContext {
  page: number
  report: (id: string, r: PagerReport | null) => void
}

const Pages = createContext<PagesContext>({ page: 0, report: () => undefined })

/**
 * One page number for the whole board: every list on it (three columns, the goals, a table)
 * shows its own part of that page, and the board has as many pages as its longest list.
 */
export const useBoardPages = (stagePage: number, auto: boolean, resetKey: unknown) => {
  const [reports, setReports] = useState<Record<string, PagerReport>>({})
  const [offset, setOffset] = useState({ key: resetKey, by: 0 })
  const total = Math.max(1, ...Object.values(reports).map((r) => r.pages))
  const by = offset.key === resetKey ? offset.by : 0
  useEffect(() => {
    if (!auto || total < 2) return
    const timer = setInterval(
      () => setOffset((o) => ({ key: resetKey, by: (o.key === resetKey ? o.by : 0) + 1 })),
      AUTO_PAGE_MS,
    )
    return () => clearInterval(timer)
  }, [auto, total, resetKey])
  const page = mod(stagePage + by, total)
  const report = useCallback((id: string, r: PagerReport | null) => {
    setReports((all) => {
      const held = all[id]
      if (r && held && held.pages === r.pages && held.items === r.items && held.shown === r.shown)
        return all
      if (!r && !held) return all
      const next = { ...all }
      if (r) next[id] = r
      else delete next[id]
      return next
    })
  }, [])
  const more = Object.values(reports).reduce((sum, r) => sum + r.items - r.shown, 0)
  const context = useMemo(() => ({ page, report }), [page, report])
  return { page, total, more, context }
}

/** The board's page, and how a list on it says how many pages it needs. */
export const useBoardPage = () => useContext(Pages)

export const BoardPagesProvider = ({
  value,
  children,
}: {
  value: PagesContext
  children: ReactNode
}) => <Pages.Provider value={value}>{children}</Pages.Provider>

/** "Page 2 of 3 · 7 more": nothing on the board is ever out of sight without saying so. */
export const PageIndicator = ({
  page,
  total,
  more,
}: {
  page: number
  total: number
  more: number
}) => (
  <p className="page-indicator" role="status" aria-label="Board pages">
    {total > 1 ? (
      <>
        Page {page + 1} of {total}
        {more > 0 && <> · +{more} more</>}
      </>
    ) : (
      ' '
    )}
  </p>
)

interface PagedProps {
  id: string
  /** Elements carrying `data-page-item`, in order. */
  items: ReactNode[]
  /** A new value whenever the items' content changes: they are measured again. */
  content: unknown
  axis?: Axis
  /**
   * What each item's height depends on (vertical lists): heights are then measured once per item,
   * and each item must carry its key as `data-size-key`.
   */
  sizeKeys?: readonly string[]
  /** Which items "+7 more" counts (a goal's heading, not each of its activities); all by default. */
  counted?: (index: number) => boolean
  className?: string
  /** Builds the list (ul, table…) around the items of this page. */
  render: (visible: ReactNode[], onThisPage: boolean) => ReactNode
}

/** A list that shows the board page's share of its items, measured to fit its box. */
export const Paged = (props: PagedProps) =>
  props.sizeKeys ? (
    <CachedPaged {...props} sizeKeys={props.sizeKeys} />
  ) : (
    <MeasuredPaged {...props} />
  )

const MeasuredPaged = ({
  id,
  items,
  content,
  axis = 'y',
  counted,
  className = '',
  render,
}: PagedProps) => {
  const ref = useRef<HTMLDivElement>(null)
  const starts = usePageStarts(ref, content, axis)
  return (
    <PagedBox
      id={id}
      boxRef={ref}
      items={items}
      starts={starts}
      measuring={null}
      counted={counted}
      className={`paged-${axis} ${className}`}
      render={render}
    />
  )
}

const CachedPaged = ({
  id,
  items,
  sizeKeys,
  className = '',
  render,
}: PagedProps & { sizeKeys: readonly string[] }) => {
  const ref = useRef<HTMLDivElement>(null)
  const { starts, measuring } = useCachedPageStarts(ref, sizeKeys)
  return (
    <PagedBox
      id={id}
      boxRef={ref}
      items={items}
      starts={starts}
      measuring={measuring}
      className={`paged-y ${className}`}
      render={render}
    />
  )
}

const PagedBox = ({
  id,
  boxRef,
  items,
  starts,
  measuring,
  counted = () => true,
  className,
  render,
}: {
  id: string
  boxRef: RefObject<HTMLDivElement | null>
  items: ReactNode[]
  starts: number[] | null
  /** While measuring: only these items are rendered (null: all of them). */
  measuring: number[] | null
  counted?: (index: number) => boolean
  className: string
  render: PagedProps['render']
}) => {
  const { page, report } = useContext(Pages)
  const pages = starts?.length ?? 1
  const onThisPage = !starts || page < pages
  const [from, to] =
    starts && onThisPage ? [starts[page]!, starts[page + 1] ?? items.length] : [0, 0]
  const visible = !starts
    ? measuring
      ? measuring.map((i) => items[i])
      : items
    : items.slice(from, to)
  const countable = items.flatMap((_, i) => (counted(i) ? [i] : []))
  const total = countable.length
  const shown = starts ? countable.filter((i) => i >= from && i < to).length : total
  useEffect(() => {
    if (starts) report(id, { pages, items: total, shown })
  }, [id, starts, pages, total, shown, report])
  useEffect(() => () => report(id, null), [id, report])
  return (
    <div ref={boxRef} className={`paged ${className}`}>
      {render(visible, onThisPage)}
    </div>
  )
}
