import { describe, expect, it } from "vitest";
import {
  daysBetweenKeys,
  floorOf,
  isUnlocked,
  keyPointsCovered,
  ladderScore,
  lessonScores,
  mockLadderCount,
  nextStepIndex,
  pace,
  parseStepCardId,
  pickMockLadders,
  sessionScore,
  stepCardId,
} from "./rules";

describe("the floor of a ladder", () => {
  it("is the first step graded Again, wherever the learner went on to", () => {
    expect(floorOf([{ stepIndex: 0, rating: 3 }, { stepIndex: 1, rating: 2 }, { stepIndex: 2, rating: 1 }, { stepIndex: 3, rating: 1 }])).toBe(2);
    expect(floorOf([{ stepIndex: 0, rating: 1 }, { stepIndex: 1, rating: 4 }])).toBe(0);
  });
  it("is none while no step was graded Again (an ungraded step is not a floor)", () => {
    expect(floorOf([{ stepIndex: 0, rating: 3 }, { stepIndex: 1, rating: null }])).toBeNull();
  });
});

describe("where the next step is", () => {
  it("Live ends the ladder at the floor; Practice lets the learner climb past it", () => {
    expect(nextStepIndex(1, 1, 4, "live")).toBeNull();
    expect(nextStepIndex(1, 1, 4, "practice")).toBe(2);
  });
  it("a pass goes one rung up until the top", () => {
    expect(nextStepIndex(0, 3, 4, "live")).toBe(1);
    expect(nextStepIndex(3, 4, 4, "live")).toBeNull();
  });
});

describe("scores", () => {
  it("a ladder scores the steps passed below its floor over all its steps", () => {
    expect(ladderScore([{ stepIndex: 0, rating: 3 }, { stepIndex: 1, rating: 2 }, { stepIndex: 2, rating: 1 }, { stepIndex: 3, rating: 4 }], 5)).toBe(0.4);
    expect(ladderScore([{ stepIndex: 0, rating: 3 }, { stepIndex: 1, rating: 3 }], 2)).toBe(1);
    expect(ladderScore([{ stepIndex: 0, rating: 1 }], 5)).toBe(0);
  });
  it("steps never reached (time ran out) count as not climbed", () => {
    expect(ladderScore([{ stepIndex: 0, rating: 3 }], 4)).toBe(0.25);
  });
  it("a lesson scores the mean of its ladders, 0 to 100; the session the mean of all", () => {
    const l = [
      { lesson: "raft", score: 1 },
      { lesson: "raft", score: 0.5 },
      { lesson: "paxos", score: 0.2 },
    ];
    expect(lessonScores(l)).toEqual([
      { lesson: "raft", score: 75, ladders: 2 },
      { lesson: "paxos", score: 20, ladders: 1 },
    ]);
    expect(sessionScore(l)).toBe(57);
    expect(sessionScore([])).toBe(0);
  });
  it("key points covered count graded steps only, each point once", () => {
    expect(keyPointsCovered([
      { ticked: [0, 2, 2], total: 4, graded: true },
      { ticked: [0, 1, 2], total: 3, graded: false },
      { ticked: [], total: 3, graded: true },
    ])).toEqual({ ticked: 2, total: 7 });
  });
});

describe("rung unlocking", () => {
  it("the question is always schedulable", () => {
    expect(isUnlocked(0, new Set(), new Set())).toBe(true);
  });
  it("a rung unlocks only once the step before it is scheduled and was passed", () => {
    expect(isUnlocked(1, new Set([0]), new Set([0]))).toBe(true);
    expect(isUnlocked(1, new Set([0]), new Set())).toBe(false); // failed so far
    expect(isUnlocked(2, new Set([0]), new Set([0, 1]))).toBe(false); // rung 1 passed while still locked
  });
  it("step ids name the ladder and the step", () => {
    expect(stepCardId("raft-ladder-x", 0)).toBe("raft-ladder-x#q");
    expect(stepCardId("raft-ladder-x", 3)).toBe("raft-ladder-x#r3");
    expect(parseStepCardId("raft-ladder-x#r3")).toEqual({ ladderId: "raft-ladder-x", stepIndex: 3 });
    expect(parseStepCardId("raft-ladder-x#q")).toEqual({ ladderId: "raft-ladder-x", stepIndex: 0 });
    expect(parseStepCardId("raft-card")).toBeNull();
  });
});

describe("the interview-date pace", () => {
  it("says how many new items a day it takes to see everything two days before the interview", () => {
    expect(pace({ daysLeft: 10, unseenCards: 95, unseenSteps: 30, newPerDay: 20 })).toEqual({ unseen: 125, needed: 13, onTrack: true, daysLeft: 10 });
    expect(pace({ daysLeft: 4, unseenCards: 95, unseenSteps: 30, newPerDay: 20 })).toMatchObject({ needed: 32, onTrack: false });
  });
  it("with no day left, everything unseen is needed at once; with nothing unseen it is on track", () => {
    expect(pace({ daysLeft: 0, unseenCards: 5, unseenSteps: 0, newPerDay: 20 })).toMatchObject({ needed: 5, onTrack: false });
    expect(pace({ daysLeft: 0, unseenCards: 0, unseenSteps: 0, newPerDay: 20 })).toMatchObject({ needed: 0, onTrack: true });
  });
  it("counts study days from today to the target day inclusive", () => {
    expect(daysBetweenKeys("2026-12-06", "2026-12-06")).toBe(1);
    expect(daysBetweenKeys("2026-12-06", "2026-12-15")).toBe(10);
    expect(daysBetweenKeys("2026-12-06", "2026-12-01")).toBe(0);
    expect(daysBetweenKeys("2027-03-27", "2027-03-29")).toBe(3); // across a DST change
  });
});

describe("a mock interview's ladders", () => {
  const c = (ladderId: string, lesson: string, dueSteps = 0, weakness = 0, drilled = true) => ({ ladderId, lesson, dueSteps, weakness, drilled });
  it("holds 4 to 6 ladders, about one per 9 minutes", () => {
    expect([mockLadderCount(20), mockLadderCount(45), mockLadderCount(90)]).toEqual([4, 5, 6]);
  });
  it("takes due and weak ladders first, one per lesson before a second from any lesson", () => {
    const picked = pickMockLadders(
      [c("a1", "a", 2), c("a2", "a", 3, 1), c("b1", "b"), c("b2", "b", 0, 0.9), c("c1", "c"), c("d1", "d"), c("d2", "d")],
      4,
      "seed",
    );
    expect(picked).toHaveLength(4);
    expect(new Set(picked.map((id) => id[0])).size).toBe(4); // four lessons
    expect(picked).toContain("a2");
    expect(picked).toContain("b2");
  });
  it("picks the same ladders again for the same session id", () => {
    const all = Array.from({ length: 20 }, (_, i) => c(`l${i}`, `t${i % 7}`));
    expect(pickMockLadders(all, 5, "x")).toEqual(pickMockLadders(all, 5, "x"));
  });
});
