/**
 * Quorum arithmetic: majority(n), toleratedCrashFaults(n), Dynamo N/W/R overlap with what it does
 * and does not guarantee (E41), Flexible Paxos Q1 + Q2 > N (E39), Byzantine 3f + 1 / 2f + 1 /
 * f + 1, EPaxos fast quorums, and seeded numeric drills. Bad input throws QuorumError.
 */
export {
  analyzeFlexiblePaxos, analyzeReplicaQuorums, byzantineFaultsTolerated, byzantineQuorums, epaxosQuorums,
  majority, minPhase1Quorum, minReadQuorum, nodesForCrashFaults, QuorumError, toleratedCrashFaults,
  type ByzantineQuorums, type FlexiblePaxosQuorums, type QuorumErrorCode, type ReplicaQuorums,
} from "./arithmetic";
export {
  generateQuorumExercise, QUORUM_QUESTION_KINDS, quorumQuestion,
  type QuorumQuestion, type QuorumQuestionKind,
} from "./exercise";
