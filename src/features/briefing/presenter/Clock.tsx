import { useEffect, useState } from 'react'

const pad = (n: number) => String(n).padStart(2, '0')

export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`
}

/** Time since the briefing started; "Restart" counts from now (this window only). */
export function Clock({ startedAt }: { startedAt: number | null }) {
  const [now, setNow] = useState(() => Date.now())
  const [zero, setZero] = useState<{ from: number; forStart: number | null } | null>(null)
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [])
  // A restart applies to the briefing it was pressed in; a new briefing starts its own clock.
  const from = zero && zero.forStart === startedAt ? Math.max(zero.from, startedAt ?? 0) : startedAt
  return (
    <div className="presenter-clock">
      <p className="presenter-clock__time">
        <span className="visually-hidden">Time since the briefing started: </span>
        <time>{from === null ? '--:--' : formatElapsed(now - from)}</time>
      </p>
      <button
        type="button"
        className="button button--quiet"
        disabled={startedAt === null}
        onClick={() => {
          setZero({ from: Date.now(), forStart: startedAt })
          setNow(Date.now())
        }}
      >
        Restart clock
      </button>
    </div>
  )
}
