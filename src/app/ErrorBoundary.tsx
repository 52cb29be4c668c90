import { Component, type ErrorInfo, type ReactNode } from 'react'

interface State {
  error: Error | null
}

/** The last line of defence: an unexpected error shows a message and a reload button, never a blank page. */
export class ErrorBoundary extends Component<
  { children: ReactNode; fallbackTitle?: string },
  State
> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Explorer error', error, info.componentStack)
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <div role="alert" className="fatal">
        <h2>{this.props.fallbackTitle ?? 'Something went wrong'}</h2>
        <p>{this.state.error.message}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    )
  }
}
