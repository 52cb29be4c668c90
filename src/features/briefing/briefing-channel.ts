/**
 * The BroadcastChannel the room's window and the presenter's window share (same origin, no network).
 * Its own module so the first screen can listen for a presenter's hello (presenter-wake.ts) without
 * the message schemas, which load with the briefing runtime.
 */
export const CHANNEL_NAME = 'rnk-explorer:briefing'

let hostListening = false

/**
 * Whether the briefing runtime's end of the channel is open (runtime/use-channel-host.ts). Until it
 * is, the first screen's listener (presenter-wake.ts) answers for it, so a presenter's command sent
 * while the runtime's code is still on its way is not lost.
 */
export function isHostListening(): boolean {
  return hostListening
}
export function setHostListening(on: boolean) {
  hostListening = on
}
