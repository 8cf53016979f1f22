/**
 * Work that must not delay the frame the learner is waiting for (the next card after a key): run
 * it right after the next frame is painted. A task posted from requestAnimationFrame runs once that
 * frame has been rendered. A hidden tab paints no frames, so a timer runs it anyway, and when the
 * page is being left (reload, navigation) it runs at once, while the page can still send requests
 * and write storage.
 */
export function afterPaint(work: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    removeEventListener("pagehide", run);
    work();
  };
  const fallback = setTimeout(run, 100);
  addEventListener("pagehide", run);
  requestAnimationFrame(() => setTimeout(run, 0));
}

/** A promise form of afterPaint, for a chain of async work. */
export const painted = () => new Promise<void>((resolve) => afterPaint(resolve));
