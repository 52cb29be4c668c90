/** A task run in the next animation frame, once however often it is asked for before then. */
export interface FrameTask {
  schedule: () => void
  /** Drops a scheduled run (call it on teardown). */
  cancel: () => void
}

export function oncePerFrame(run: () => void): FrameTask {
  let frame = 0
  return {
    schedule: () => {
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0
          run()
        })
    },
    cancel: () => {
      if (frame) cancelAnimationFrame(frame)
      frame = 0
    },
  }
}
