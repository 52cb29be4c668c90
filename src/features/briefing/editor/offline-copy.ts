import type { Briefing } from '../../../data/briefing-schema'
import { packBriefings } from '../../../data/embedded-briefings'
import { OFFLINE_FILE_NAME, offlineFileTemplate } from '../../../data/shipped-files'
import { download } from '../download'

/**
 * Saves the offline file (the whole explorer in one HTML page) with `own` briefings inside it: on a
 * web host the file as built, fetched from the site; in the offline file, the file itself. Throws
 * when the file cannot be had (a web host out of reach).
 */
export async function saveOfflineCopy(own: readonly Briefing[]): Promise<void> {
  const page = packBriefings(await offlineFileTemplate(), own)
  download(OFFLINE_FILE_NAME, new Blob([page], { type: 'text/html' }))
}
