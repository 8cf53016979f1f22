// A binary min-heap of simulation events ordered by (at, seq).
//
// seq is a global counter assigned when an event is scheduled, so two events due at
// the same millisecond run in the order they were scheduled: the run is a pure
// function of the seed and the actions, never of heap layout.
//
// Events are treated as immutable once queued; that is what lets a snapshot be a
// shallow copy of the backing array.

export interface Queued {
  readonly at: number;
  readonly seq: number;
}

function before(a: Queued, b: Queued): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

export class EventQueue<E extends Queued> {
  constructor(private items: E[] = []) {}

  get size(): number {
    return this.items.length;
  }

  peek(): E | undefined {
    return this.items[0];
  }

  push(e: E): void {
    const h = this.items;
    let i = h.length;
    h.push(e);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(e, h[p])) break;
      h[i] = h[p];
      i = p;
    }
    h[i] = e;
  }

  pop(): E | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last !== undefined) this.siftDown(0, last);
    return top;
  }

  /** Remove the first event matching pred; O(n), meant for a user dropping one message. */
  remove(pred: (e: E) => boolean): E | undefined {
    const h = this.items;
    const i = h.findIndex(pred);
    if (i < 0) return undefined;
    const found = h[i];
    const last = h.pop() as E;
    if (i < h.length) {
      // The moved element may need to go either way.
      this.siftDown(i, last);
      this.siftUp(i);
    }
    return found;
  }

  /** Unordered view of the queued events; do not mutate. */
  all(): ReadonlyArray<E> {
    return this.items;
  }

  clone(): EventQueue<E> {
    return new EventQueue(this.items.slice());
  }

  private siftDown(i: number, e: E): void {
    const h = this.items;
    const n = h.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && before(h[r], h[l]) ? r : l;
      if (!before(h[c], e)) break;
      h[i] = h[c];
      i = c;
    }
    h[i] = e;
  }

  private siftUp(i: number): void {
    const h = this.items;
    const e = h[i];
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(e, h[p])) break;
      h[i] = h[p];
      i = p;
    }
    h[i] = e;
  }
}
