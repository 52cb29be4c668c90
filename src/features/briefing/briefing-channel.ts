/**
 * The BroadcastChannel the room's window and the presenter's window share (same origin, no network).
 * Its own module so the first screen can listen for a presenter's hello (presenter-wake.ts) without
 * the message schemas, which load with the briefing runtime.
 */
export const CHANNEL_NAME = 'rnk-explorer:briefing'
