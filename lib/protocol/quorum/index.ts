export {
  analyzeFlexiblePaxos, analyzeReplicaQuorums, byzantineFaultsTolerated, byzantineQuorums, epaxosQuorums,
  majority, minPhase1Quorum, minReadQuorum, nodesForCrashFaults, QuorumError, toleratedCrashFaults,
  type ByzantineQuorums, type FlexiblePaxosQuorums, type QuorumErrorCode, type ReplicaQuorums,
} from "./arithmetic";
export {
  generateQuorumExercise, QUORUM_QUESTION_KINDS, quorumQuestion,
  type QuorumQuestion, type QuorumQuestionKind,
} from "./exercise";
