import QRCode from 'qrcode'
import { memo, useMemo } from 'react'

/**
 * A QR code drawn from its modules as SVG: crisp at any size, no image file, nothing inline that
 * the CSP would refuse. Dark on white with the standard four-module quiet zone, whatever the theme.
 */
export const QrCode = memo(function QrCode({
  text,
  label,
  size,
}: {
  text: string
  label: string
  size: number
}) {
  const { count, path } = useMemo(() => {
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' })
    const n = qr.modules.size
    let d = ''
    for (let y = 0; y < n; y++)
      for (let x = 0; x < n; x++) if (qr.modules.get(x, y)) d += `M${x + 4} ${y + 4}h1v1h-1z`
    return { count: n + 8, path: d }
  }, [text])
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${count} ${count}`}
      shapeRendering="crispEdges"
    >
      <rect width={count} height={count} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  )
})
