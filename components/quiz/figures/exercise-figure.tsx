import type { ExerciseFigure, PaxosFigure, QuorumFigure, TwoPhaseCommitFigure } from "@/lib/protocol";
import { SpaceTime } from "@/components/sim/clocks/space-time";
import { spaceTimeFigureText, spaceTimeFromExercise } from "@/components/sim/clocks/from-exercise";
import { historyFigureText, historyViewFromExercise } from "@/components/sim/linearizability/from-exercise";
import { HistoryLanes } from "@/components/sim/linearizability/history-lanes";
import { paxosFigureText, paxosGraphFromExercise } from "@/components/sim/paxos/from-exercise";
import { PAXOS_VIEWBOX } from "@/components/sim/paxos/paxos-view";
import { badge, ringFromExercise } from "@/components/sim/quorum/from-exercise";
import { QuorumRing } from "@/components/sim/quorum/quorum-ring";
import { logRowsFromExercise, logsFigureText } from "@/components/sim/reconcile/from-exercise";
import { LogRows } from "@/components/sim/reconcile/log-rows";
import { GraphDrawing } from "@/components/sim/shared/graph-drawing";
import { TPC_EXERCISE_VIEWBOX, tpcFigureText, tpcNodesFromExercise } from "@/components/sim/two-phase-commit/from-exercise";

// The picture of a generated exercise, drawn by the simulators' own drawings from the figure
// data (adapters live next to each simulator's view model, as from-exercise.ts). Each picture
// is one role=img whose name is the whole figure in words; nothing in it gives the answer away
// (no verdicts, no computed stamps, no outcome, no overlap of the quorums asked about).

function QuorumPicture({ figure }: { figure: QuorumFigure }) {
  const ring = ringFromExercise(figure);
  // No nodes to draw: the question asks how many there must be.
  if (!ring) return <p className="font-mono text-sm">{figure.caption}</p>;
  return (
    <figure>
      <QuorumRing size={ring.size} nodes={ring.nodes} firstShort={ring.firstShort} secondShort={ring.secondShort} title={figure.caption} />
      <figcaption className="font-mono text-sm">
        {figure.caption}
        {figure.groups[0] ? <span className="ml-2 font-sans text-muted">(marked {badge(figure.groups[0].label)}: a {figure.groups[0].label} quorum of {figure.groups[0].size})</span> : null}
      </figcaption>
    </figure>
  );
}

function TwoPhaseCommitPicture({ figure }: { figure: TwoPhaseCommitFigure }) {
  const { width, height } = TPC_EXERCISE_VIEWBOX;
  return (
    <figure className="max-w-2xl">
      <GraphDrawing width={width} height={height} label={tpcFigureText(figure)} nodes={tpcNodesFromExercise(figure)} messages={[]}>
        <text x={12} y={height - 10} fontSize={11} className="fill-muted">
          ✗ {figure.crash.node} crashes {figure.crash.description} (dashed outline)
        </text>
      </GraphDrawing>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-muted">The figure as a table</summary>
        <table className="mt-1">
          <caption className="text-left text-muted">Crash: {figure.crash.node}, {figure.crash.description}</caption>
          <thead>
            <tr><th className="pr-4 text-left">Node</th><th className="text-left">Vote</th></tr>
          </thead>
          <tbody>
            <tr><td className="pr-4 font-mono">C{figure.crash.node === "C" ? " ✗ crashes" : ""}</td><td className="text-muted">coordinator</td></tr>
            {figure.participants.map((p) => (
              <tr key={p.id}>
                <td className="pr-4 font-mono">{p.id}{figure.crash.node === p.id ? " ✗ crashes" : ""}</td>
                <td>{p.vote.toUpperCase()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function PaxosPicture({ figure }: { figure: PaxosFigure }) {
  const { nodes, messages } = paxosGraphFromExercise(figure);
  const partial = figure.acceptors.some((a) => !a.responds);
  return (
    <figure className="max-w-2xl">
      <GraphDrawing width={PAXOS_VIEWBOX.width} height={PAXOS_VIEWBOX.height} label={paxosFigureText(figure)} nodes={nodes} messages={messages}>
        <text x={12} y={PAXOS_VIEWBOX.height - 10} fontSize={11} className="fill-muted">
          {partial ? "1b: a promise on its way to P4 · dashed outline: silent" : "1a: P4's prepare on its way"} · ballots are (round, proposer)
        </text>
      </GraphDrawing>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-muted">The figure as a table</summary>
        <table className="mt-1">
          <caption className="text-left text-muted">Prepare ballot {figure.ballot} (round, proposer)</caption>
          <thead>
            <tr>
              <th className="pr-4 text-left">Acceptor</th><th className="pr-4 text-left">Promised</th><th className="pr-4 text-left">Accepted</th>
              {partial ? <th className="text-left">Answers?</th> : null}
            </tr>
          </thead>
          <tbody>
            {figure.acceptors.map((a) => (
              <tr key={a.id}>
                <td className="pr-4 font-mono">{a.id}</td>
                <td className="pr-4 font-mono">{a.promised ?? "—"}</td>
                <td className="pr-4 font-mono">{a.accepted ? `"${a.accepted.value}" at ${a.accepted.ballot}` : "—"}</td>
                {partial ? <td>{a.responds ? "✓ answers" : "· silent"}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export function ExerciseFigureView({ figure }: { figure: ExerciseFigure }) {
  let body;
  switch (figure.type) {
    case "logs": {
      const { rows, maxIndex } = logRowsFromExercise(figure);
      body = <LogRows rows={rows} maxIndex={maxIndex} title={logsFigureText(figure)} />;
      break;
    }
    case "history":
      body = <HistoryLanes view={historyViewFromExercise(figure)} title={historyFigureText(figure)} />;
      break;
    case "space-time":
      body = <SpaceTime view={spaceTimeFromExercise(figure)} showLamport={false} showVectors={false} title={spaceTimeFigureText(figure)} />;
      break;
    case "quorum":
      body = <QuorumPicture figure={figure} />;
      break;
    case "two-phase-commit":
      body = <TwoPhaseCommitPicture figure={figure} />;
      break;
    case "paxos":
      body = <PaxosPicture figure={figure} />;
      break;
  }
  return <div className="my-3 overflow-x-auto rounded-lg border border-line bg-surface-raised p-3" data-testid="exercise-figure" data-figure={figure.type}>{body}</div>;
}
