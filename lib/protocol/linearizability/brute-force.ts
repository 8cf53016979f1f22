// A reference checker for tests: try every order of the operations that respects real
// time (an operation may go next only if no other pending one returned before its call),
// straight from the definition (Herlihy & Wing 1990, §2). Exponential; keep histories tiny.
import type { Model, Operation } from "./types";

export function bruteForceLinearizable<S, I, O>(model: Model<S, I, O>, history: Operation<I, O>[]): boolean {
  const n = history.length;
  const placed = new Array<boolean>(n).fill(false);
  const search = (state: S, count: number): boolean => {
    if (count === n) return true;
    let firstReturn = Infinity;
    for (let i = 0; i < n; i++) if (!placed[i]) firstReturn = Math.min(firstReturn, history[i].return);
    for (let i = 0; i < n; i++) {
      // Closed intervals: an op called exactly when another returns may still go first.
      if (placed[i] || history[i].call > firstReturn) continue;
      const r = model.step(state, history[i].input, history[i].output);
      if (!r.ok) continue;
      placed[i] = true;
      if (search(r.state, count + 1)) return true;
      placed[i] = false;
    }
    return false;
  };
  return search(model.init(), 0);
}
