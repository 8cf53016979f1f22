import { describe, expect, it } from "vitest";
import { dropped, isOver, newSession, onDay, recorded, restoreSession, serializeSession, sessionKey, touched, UNDO_DEPTH, undone, type SessionAction } from "./review-session";

// The review screen's session across reloads: what is stored, what is refused on the way back in,
// and when a session is over (finished, or the study day of lib/srs/day.ts has ended).
const DAY = "2025-03-10";
const T0 = Date.UTC(2025, 2, 10, 9, 0);
const good: SessionAction = { kind: "grade", gradeId: "3b241101-e2bb-4255-8caf-4136c566a962", rating: 3 };
const easy: SessionAction = { kind: "grade", gradeId: "6f1c2a8e-3d4b-4c5a-9e7f-0a1b2c3d4e5f", rating: 4 };
const bury: SessionAction = { kind: "bury", cardId: "raft-one-vote", version: 7 };

/** Two grades and a bury, as the screen records them. */
function studied() {
  let s = touched(newSession(null, DAY), T0 + 5_000, T0);
  s = recorded(s, good);
  s = recorded(touched(s, T0 + 20_000), easy);
  s = recorded(touched(s, T0 + 30_000), bury);
  return s;
}

describe("a session survives a reload", () => {
  it("round-trips through storage: the undo steps with what each undo call needs, grades per rating, the clock", () => {
    const s = studied();
    const back = restoreSession(serializeSession(s), null, DAY);
    expect(back).toEqual(s);
    expect(back?.undo).toEqual([good, easy, bury]);
    expect(back?.graded).toEqual([0, 0, 1, 1]);
    expect(back!.end - back!.start).toBe(30_000);
  });

  it("undo takes the last step back and uncounts a grade; a refused undo drops the step but the grade stands", () => {
    let s = studied();
    s = undone(s, bury);
    expect(s.undo).toEqual([good, easy]);
    expect(s.graded).toEqual([0, 0, 1, 1]);
    s = dropped(s, easy); // the server answered 409: the card changed since
    expect(s.undo).toEqual([good]);
    expect(s.graded).toEqual([0, 0, 1, 1]);
    s = undone(s, good);
    expect(s.undo).toEqual([]);
    expect(s.graded).toEqual([0, 0, 0, 1]);
  });

  it("a long session keeps the newest steps for undo and still counts every grade", () => {
    let s = newSession(null, DAY);
    for (let i = 0; i < UNDO_DEPTH + 10; i++) s = recorded(s, { kind: "bury", cardId: `c${i}`, version: 1 });
    s = recorded(s, good);
    expect(s.undo).toHaveLength(UNDO_DEPTH);
    expect(s.undo.at(-1)).toBe(good);
    expect(s.graded).toEqual([0, 0, 1, 0]);
    expect(restoreSession(serializeSession(s), null, DAY)).toEqual(s);
  });
});

describe("a stored entry that is not this session is discarded, never trusted", () => {
  const stored = serializeSession(studied());
  it.each([
    ["nothing stored", null],
    ["not JSON", "{undo: ["],
    ["JSON but not a session", JSON.stringify({ hello: "world" })],
    ["another format version", stored.replace('"v":1', '"v":2')],
    ["a grade id that is not a uuid", stored.replace("3b241101-e2bb-4255-8caf-4136c566a962", "not-a-uuid")],
    ["a rating out of range", stored.replace('"rating":3', '"rating":5')],
    ["a negative count", stored.replace('"graded":[0,0,1,1]', '"graded":[0,-1,1,1]')],
    ["an unknown step", stored.replace('"kind":"bury"', '"kind":"delete"')],
    ["a clock running backwards", stored.replace(`"end":${T0 + 30_000}`, `"end":${T0 - 1}`)],
  ])("%s", (_, raw) => {
    expect(restoreSession(raw, null, DAY)).toBeNull();
    expect(isOver(raw, DAY)).toBe(true);
  });

  it("a Study this lesson session and the whole-queue one never mix", () => {
    expect(sessionKey("raft")).not.toBe(sessionKey(null));
    expect(sessionKey("raft")).not.toBe(sessionKey("quorums"));
    const raft = serializeSession(recorded(newSession("raft", DAY), good));
    expect(restoreSession(raft, null, DAY)).toBeNull();
    expect(restoreSession(raft, "quorums", DAY)).toBeNull();
    expect(restoreSession(raft, "raft", DAY)?.undo).toEqual([good]);
    expect(restoreSession(stored, "raft", DAY)).toBeNull();
    expect(isOver(raft, DAY)).toBe(false); // another scope's live session is kept for its own page
  });
});

describe("a session ends when the study day does", () => {
  it("a session from an earlier study day is not continued after a reload", () => {
    const stored = serializeSession(studied());
    expect(restoreSession(stored, null, "2025-03-11")).toBeNull();
    expect(isOver(stored, "2025-03-11")).toBe(true);
  });

  it("an answer from the next study day starts a fresh session; the same day keeps it", () => {
    const s = studied();
    expect(onDay(s, DAY)).toBe(s);
    expect(onDay(s, "2025-03-11")).toEqual(newSession(null, "2025-03-11"));
    expect(onDay(recorded(newSession("raft", DAY), bury), "2025-03-11").lesson).toBe("raft");
  });
});

describe("the clock", () => {
  it("runs from the first card looked at to the last action", () => {
    let s = touched(newSession(null, DAY), T0 + 8_000, T0); // answer revealed 8 s after the card was shown
    expect([s.start, s.end]).toEqual([T0, T0 + 8_000]);
    s = touched(s, T0 + 60_000);
    expect([s.start, s.end]).toEqual([T0, T0 + 60_000]);
  });
});
