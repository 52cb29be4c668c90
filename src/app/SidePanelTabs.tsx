import { useAppStore, type Panel } from '../store'

const TABS: { id: Panel; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'list', label: 'Places and flows' },
  { id: 'sources', label: 'Sources' },
]

/** Buttons with aria-pressed rather than an ARIA tablist: simpler to operate and honest about what they do. */
export function SidePanelTabs() {
  const panel = useAppStore((s) => s.panel)
  const setPanel = useAppStore((s) => s.setPanel)
  return (
    <nav className="panel-tabs" aria-label="Side panel">
      {TABS.map((t) => (
        <button
          key={t.id}
          type="button"
          className="panel-tabs__tab"
          aria-pressed={panel === t.id}
          onClick={() => setPanel(t.id)}
        >
          {t.label}
        </button>
      ))}
    </nav>
  )
}
