import { describe, expect, it } from 'vitest'
import { parseUrl, serializeUrl, type UrlView } from '../../../src/lib/url-state'
import { DEFAULT_CAMERA } from '../../../src/store/camera-slice'
import { DEFAULT_FILTERS } from '../../../src/store/filters-slice'

const base: UrlView = { filters: DEFAULT_FILTERS, selection: null, panel: 'details', camera: null }

describe('the shareable URL', () => {
  it('is empty for the default view', () => {
    expect(serializeUrl(base)).toBe('')
    expect(serializeUrl({ ...base, camera: DEFAULT_CAMERA })).toBe('')
  })

  it('round-trips filters, selection, panel and camera', () => {
    const view: UrlView = {
      filters: {
        ...DEFAULT_FILTERS,
        years: [2000, 2023],
        includeUndated: false,
        actors: ['russia', 'kim-jong-un'],
        flowKinds: ['munitions', 'aid'],
        confidence: ['stated'],
      },
      selection: { kind: 'place', id: 'vostochny' },
      panel: 'sources',
      camera: { center: [128.334, 51.884], zoom: 5.5, bearing: 0, pitch: 0 },
    }
    const url = serializeUrl(view)
    expect(url).toBe(
      '?years=2000-2023&undated=0&actors=russia,kim-jong-un&kinds=munitions,aid&conf=stated&sel=place:vostochny&panel=sources&cam=128.334,51.884,5.5',
    )
    const parsed = parseUrl(url)
    expect(parsed.problems).toEqual([])
    expect(parsed.view).toEqual(view)
  })

  it('keeps an empty kind list distinct from "all kinds"', () => {
    const url = serializeUrl({ ...base, filters: { ...DEFAULT_FILTERS, flowKinds: [] } })
    expect(url).toBe('?kinds=')
    expect(parseUrl(url).view.filters.flowKinds).toEqual([])
  })

  it.each([
    ['?years=1900-2023', /year range/],
    ['?years=abc', /year range/],
    ['?undated=maybe', /undated/],
    ['?kinds=munitions,nukes', /flow kind "nukes"/],
    ['?conf=certain', /confidence grade "certain"/],
    ['?actors=<script>', /actor "<script>"/],
    ['?sel=place', /malformed selection/],
    ['?sel=city:pyongyang', /malformed selection/],
    ['?panel=admin', /panel "admin"/],
    ['?cam=1,2', /map position/],
    ['?cam=200,0,3', /map position/],
    ['?cam=NaN,0,3', /map position/],
    ['?foo=bar', /unknown setting "foo"/],
  ])('ignores %s with a notice, keeping the rest valid', (search, message) => {
    const { view, problems } = parseUrl(search)
    expect(problems.join('; ')).toMatch(message)
    expect(view.filters.years[0]).toBeGreaterThanOrEqual(1948)
    expect(view.filters.years[1]).toBeLessThanOrEqual(2023)
  })

  it('keeps the valid parts of a partly broken link', () => {
    const { view, problems } = parseUrl('?kinds=munitions,nukes&sel=event:putin-visit-2000&cam=x')
    expect(view.filters.flowKinds).toEqual(['munitions'])
    expect(view.selection).toEqual({ kind: 'event', id: 'putin-visit-2000' })
    expect(view.camera).toBeNull()
    expect(problems).toHaveLength(2)
  })
})
