import { render, screen } from '@testing-library/react'
import { expect, it, vi } from 'vitest'
import type { Dataset } from '../../src/data/dataset'
import MapView, { NO_WEBGL_MESSAGE } from '../../src/map/map-view'

// jsdom has no WebGL, like a browser with it turned off: MapLibre's constructor throws.
it('shows a clear notice instead of a map when WebGL is missing, and does not crash', async () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
  const { container } = render(<MapView data={{} as Dataset} />)
  expect(await screen.findByRole('alert')).toHaveTextContent(NO_WEBGL_MESSAGE)
  expect(container.querySelector('[data-map-error="webgl"]')).not.toBeNull()
  expect(logged).toHaveBeenCalledWith('The map could not start:', expect.anything())
})
