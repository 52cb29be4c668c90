import { describe, expect, it } from 'vitest'
import { parseUrl, serializeUrl, type UrlView } from '../../../src/lib/url-state'
import { DEFAULT_CAMERA, DEFAULT_FILTERS } from '../../../src/lib/explorer-view'

const base: UrlView = { filters: DEFAULT_FILTERS, selection: null, panel: 'details', camera: null }

describe('the shareable URL', () => {
  it('is empty for the default view', () => {
    // No camera: the home view is framed to the screen that opens the link.
    expect(serializeUrl(base)).toBe('')
    expect(serializeUrl({ ...base, camera: DEFAULT_CAMERA })).toBe('?cam=129.5,45,3.4')
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

describe('stop links', () => {
  it('open a briefing at a stop, and carry nothing else', () => {
    const parsed = parseUrl('?briefing=default&stop=3')
    expect(parsed.problems).toEqual([])
    expect(parsed.view.briefing).toEqual({ id: 'default', stop: 3 })
    const view: UrlView = {
      ...base,
      filters: { ...DEFAULT_FILTERS, years: [2022, 2023] },
      briefing: { id: 'default', stop: 3 },
    }
    expect(serializeUrl(view)).toBe('?briefing=default&stop=3')
  })

  it('default the missing half: a briefing alone opens stop 1, a stop alone the default briefing', () => {
    expect(parseUrl('?briefing=my-tour').view.briefing).toEqual({ id: 'my-tour', stop: 1 })
    expect(parseUrl('?stop=5').view.briefing).toEqual({ id: 'default', stop: 5 })
    expect(parseUrl('?years=2000-2023').view.briefing).toBeUndefined()
  })

  it.each([
    ['?briefing=default&stop=0', /ignored stop "0"/],
    ['?briefing=default&stop=-2', /ignored stop "-2"/],
    ['?briefing=default&stop=3.5', /ignored stop "3.5"/],
    ['?briefing=default&stop=abc', /ignored stop "abc"/],
    ['?briefing=default&stop=1000', /ignored stop "1000"/],
  ])('open %s at stop 1, with a notice', (search, message) => {
    const { view, problems } = parseUrl(search)
    expect(problems.join('; ')).toMatch(message)
    expect(view.briefing).toEqual({ id: 'default', stop: 1 })
  })

  it('ignore a malformed briefing name with a notice', () => {
    const { view, problems } = parseUrl('?briefing=<script>&stop=2')
    expect(view.briefing).toBeUndefined()
    expect(problems.join('; ')).toMatch(/malformed briefing name "<script>"/)
  })

  it('mark the presenter’s window', () => {
    expect(parseUrl('?presenter=1').view.presenter).toBe(true)
    expect(serializeUrl({ ...base, presenter: true })).toBe('?presenter=1')
    expect(parseUrl('?presenter=yes').problems.join('; ')).toMatch(/presenter=yes/)
  })
})
