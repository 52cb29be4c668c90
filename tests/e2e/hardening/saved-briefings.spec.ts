/**
 * Issue item 7, nothing lost: saved briefings survive a corrupted or old-format entry in browser storage
 * (it is kept aside under another key and reported, never overwritten), and an import never replaces
 * what is saved. The storage code is briefing mode's (src/features/briefing/runtime/persistence.ts);
 * these tests hold it to the hardening issue.
 */
import type { Page } from '@playwright/test'
import { BriefingDriver } from '../briefing-driver'
import { expect, test } from '../fixtures'

const KEY = 'rnk-explorer:briefings'
const ASIDE = `${KEY}:unreadable:`

/**
 * The tests in the calling group start with `text` in the browser's storage as the saved briefings,
 * put there before the explorer first loads (as a browser that saved it in an earlier session has it).
 */
function savedBeforeLoad(text: string) {
  test.use({
    storageState: async ({ baseURL }, use) =>
      use({
        cookies: [],
        origins: [{ origin: new URL(baseURL!).origin, localStorage: [{ name: KEY, value: text }] }],
      }),
  })
}

function storage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {}
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!
      out[k] = localStorage.getItem(k)!
    }
    return out
  })
}

const asideEntries = (s: Record<string, string>) =>
  Object.entries(s).filter(([k]) => k.startsWith(ASIDE))

const BAD_ENTRIES: [string, string][] = [
  [
    'not JSON (a torn write)',
    '{"format":"rnk-briefings","version":1,"briefings":[{"id":"my-tour","ti',
  ],
  [
    'an old format: a bare list, from before the envelope',
    '[{"id":"my-tour","title":"My tour","stops":[]}]',
  ],
  [
    'a format version this explorer does not know',
    '{"format":"rnk-briefings","version":7,"briefings":[]}',
  ],
  [
    'a saved briefing that no longer checks out',
    '{"format":"rnk-briefings","version":1,"briefings":[{"id":"my-tour"}]}',
  ],
]

for (const [what, text] of BAD_ENTRIES) {
  test.describe(() => {
    savedBeforeLoad(text)
    test(`storage holding ${what}: kept aside, reported, never overwritten`, async ({
      explorer,
    }) => {
      const b = new BriefingDriver(explorer)
      await explorer.open()
      const notice = b.page
        .getByRole('status')
        .filter({ hasText: 'saved briefings could not be read' })
      await expect(notice).toBeVisible()
      await expect(notice).toContainText(ASIDE)
      let aside = asideEntries(await storage(b.page))
      expect(aside).toHaveLength(1)
      expect(aside[0]![1]).toBe(text)
      const asideKey = aside[0]![0]

      // The person carries on and saves something new: the set-aside copy is untouched.
      await explorer.clickPlace('Vladivostok')
      await b.addViewAsStop('The port', { newBriefing: 'New tour' })
      const after = await storage(b.page)
      expect(after[asideKey]).toBe(text)
      expect(JSON.parse(after[KEY]!)).toMatchObject({ briefings: [{ title: 'New tour' }] })

      // And a reload reads the new save without a word, and still keeps the old entry.
      await b.page.reload()
      await explorer.waitForMapIdle()
      await b.openManager()
      await expect(b.briefingItem('New tour')).toBeVisible()
      aside = asideEntries(await storage(b.page))
      expect(aside).toEqual([[asideKey, text]])
    })
  })
}

test('an import adds beside what is saved and never replaces it', async ({ explorer }) => {
  const b = new BriefingDriver(explorer)
  await explorer.open('?years=2022-2023')
  await explorer.clickPlace('Vostochny Cosmodrome')
  await b.addViewAsStop('The launch site', { newBriefing: 'My tour' })
  await b.openManager()
  const original = await b.exportBriefing('My tour')
  const savedBefore = JSON.parse((await b.savedInBrowser())!) as { briefings: unknown[] }

  // The same briefing again (same id, same title): it comes in as a second briefing.
  await b.importFile(original.name, original.text)
  await expect(b.dialogStatus).toContainText('Imported')
  expect(await b.briefingTitles()).toEqual(
    expect.arrayContaining(['My tour', 'My tour (imported)']),
  )
  const savedAfter = JSON.parse((await b.savedInBrowser())!) as { briefings: unknown[] }
  expect(savedAfter.briefings).toHaveLength(savedBefore.briefings.length + 1)
  expect(savedAfter.briefings[0]).toEqual(savedBefore.briefings[0])
  expect((await b.exportBriefing('My tour')).text).toBe(original.text)

  // A broken file changes nothing at all.
  await b.importFile('broken.json', '{"format": "rnk-briefing", "version": 1, "briefing": ')
  await expect(b.dialogAlert).toContainText('was not imported, and nothing was changed')
  expect(JSON.parse((await b.savedInBrowser())!)).toEqual(savedAfter)
})

const torn = BAD_ENTRIES[0]![1]
test.describe(() => {
  savedBeforeLoad(torn)
  test('with storage full, an unreadable entry that cannot be set aside is still never overwritten', async ({
    explorer,
  }) => {
    const b = new BriefingDriver(explorer)
    // A full storage: no new key can be written (so the entry cannot be copied aside).
    await b.page.addInitScript((aside) => {
      const setItem = Storage.prototype.setItem
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith(aside)) throw new DOMException('full', 'QuotaExceededError')
        return setItem.call(this, key, value)
      }
    }, ASIDE)
    await explorer.open()
    await expect(
      b.page.getByRole('status').filter({ hasText: 'saved briefings could not be read' }),
    ).toBeVisible()

    await explorer.clickPlace('Vladivostok')
    await b.addViewAsStop('The port', { newBriefing: 'New tour' })
    const after = await storage(b.page)
    // The unreadable briefings are still where they were; the new one could not be saved over them,
    // and the person is told so.
    expect(after[KEY]).toBe(torn)
    await expect(b.page.getByRole('status').filter({ hasText: 'could not be saved' })).toBeVisible()
  })
})
