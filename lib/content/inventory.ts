// The entries of ../shared/docs/seed-inventory.md that the corpus must represent.
// Items claim them with an `inventory:` line; `npm run content:coverage` checks every one is claimed.

/** Section 2: the 116 card-like prompts (its rows 000-H1..H12 and 000-FY1..FY6 stand for 12 and 6 prompts). Claimed by cards. */
export const INVENTORY_PROMPTS = [
  "001-C01", "001-C02", "001-C03", "001-C04", "001-C05", "001-C06", "001-C07", "001-C08",
  "001-C09", "001-C10", "001-C11", "001-C12", "001-C13", "001-C14", "001-C15", "000-F01",
  "000-F02", "000-F03", "000-F04", "000-F05", "000-F06", "000-F07", "000-F08", "000-F09",
  "000-F10", "000-K1", "000-K2", "000-K3", "000-K4", "000-G1", "000-G2", "000-G3", "000-G4",
  "000-G5", "000-G6", "000-G7", "000-G8", "000-G9", "000-G10",
  "000-H1", "000-H2", "000-H3", "000-H4", "000-H5", "000-H6", "000-H7", "000-H8", "000-H9", "000-H10",
  "000-H11", "000-H12", "000-M1", "000-M2", "000-M3",
  "000-M4", "000-M5", "000-M6", "000-M7",
  "000-FY1", "000-FY2", "000-FY3", "000-FY4", "000-FY5", "000-FY6", "000-A1", "000-A2", "000-A3", "000-A4", "000-MN1",
  "000-P1", "000-T1", "000-R1", "000-FAQ1", "000-FAQ2", "000-FAQ3", "000-FAQ4", "000-FAQ5",
  "002-RS1", "002-RS2", "002-RS3", "002-OS1", "002-OS2", "002-OS3", "002-OS4", "002-OS5",
  "002-OS6", "002-OS7", "002-OS8", "002-TR1", "002-TR2", "002-TR3", "002-TR4", "002-WP1",
  "002-WP2", "002-WP3", "002-WP4", "002-HI1", "003-KI1", "003-KI2", "003-II1", "003-II2",
  "003-II3", "003-SR1", "003-KT1", "003-DF1", "003-CM1", "003-CM2", "003-CM3", "003-CM4",
  "003-CM5", "004-KP1", "004-ST1", "004-ST2", "004-ST3", "004-SL1", "004-TH1",
] as const;

/** Section 3: the 50 interview question entries. Claimed by ladders. */
export const INVENTORY_LADDERS = [
  "000-Q1", "000-Q2", "000-Q3", "000-Q4", "000-Q5", "000-Q6", "000-Q7", "000-Q8", "000-Q9",
  "000-Q10", "000-Q11", "000-Q12", "000-Q13", "000-Q14", "000-Q15", "000-G", "001-C13", "001-C14",
  "002-P1", "002-P2", "002-P3", "002-P4", "002-P5", "002-P6", "002-P7", "002-P8", "002-P9",
  "002-P10", "002-TP1", "002-TP2", "002-TP3", "002-DC1", "002-DB1", "002-DT1", "002-DT2",
  "002-DT3", "002-DT4", "002-DT5", "002-DT6", "003-Q1", "003-Q2", "003-Q3", "003-S1", "003-S2",
  "003-S3", "004-Q0", "004-Q1", "004-Q2", "004-Q3", "004-Q4",
] as const;

/** Section 4: the 43 concept checks with worked answers. Claimed by checks. */
export const INVENTORY_CHECKS = [
  "4A-1", "4A-2", "4A-3", "4A-4", "4A-5", "4A-6", "4A-7", "4A-8", "4A-9", "4A-10", "4B-1", "4B-2",
  "4B-3", "4B-4", "4B-5", "4B-6", "4C-TR1", "4C-TR2", "4C-TR3", "4C-TR4", "4D-DT1", "4D-DT2",
  "4D-DT3", "4D-DT4", "4D-DT5", "4D-DT6", "Q-E1", "Q-E2", "Q-E3", "Q-E4", "Q-E5", "Q-E6", "Q-E7",
  "Q-E8", "Q-E9", "Q-E10", "Q-E11", "Q-E12", "Q-E13", "Q-E14", "Q-E15", "Q-E16", "Q-E17",
] as const;

/** Section 6: the 41 numbers worth remembering. Claimed by cards. */
export const INVENTORY_NUMBERS = [
  "N01", "N02", "N03", "N04", "N05", "N06", "N07", "N08", "N09", "N10", "N11", "N12", "N13", "N14",
  "N15", "N16", "N17", "N18", "N19", "N20", "N21", "N22", "N23", "N24", "N25", "N26", "N27", "N28",
  "N29", "N30", "N31", "N32", "N33", "N34", "N35", "N36", "N37", "N38", "N39", "N40", "N41",
] as const;

/** seed-errata.md's HIGH and MED entries (LOW/MED included): each needs a myth card (`myth: Enn`). */
export const ERRATA_MYTHS = [
  "E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "E10", "E12", "E13", "E14", "E15",
  "E16", "E17", "E18", "E19", "E20", "E21", "E22", "E23", "E24", "E25", "E26", "E27", "E28", "E29",
  "E30", "E31", "E32", "E33", "E34", "E38", "E41", "E43", "E45", "E47", "E50", "E52", "E55",
] as const;

/** Section 1 of seed-inventory.md: the 87 topics the seeds cover, T01–T87. */
export const SEED_TOPICS = Array.from({ length: 87 }, (_, i) => `T${String(i + 1).padStart(2, "0")}`);

/**
 * Topics the seeds miss but an interviewer asks about (issue 13, "What an interviewer asks that the
 * corpus misses"). They are taught by cards, checks and ladders sourced from the primary literature
 * (`ext ...`), and held to the same minimums as T01–T87. They are not in seed-inventory.md, so
 * their names live here.
 */
export const EXTRA_TOPICS = {
  T88: "Chain replication and CRAQ",
  T89: "Aurora's quorums: six copies over three AZs, 4/6 writes, 3/6 reads, AZ+1",
  T90: "Consistent hashing and virtual nodes",
  T91: "Anti-entropy, Merkle trees and read repair",
  T92: "Failure detection in practice: phi accrual, gray failure, partial partitions",
  T93: "Leap seconds, clock smearing and monotonic clocks",
  T94: "Calvin and deterministic databases",
  T95: "Paxos variants: Fast, Generalized, Mencius and Vertical Paxos",
  T96: "Adya's phenomena (G0, G1a-c, G-single, G2-item, G2) and the isolation levels",
  T97: "Consistent-prefix reads",
  T98: "Closed timestamps and follower reads at a timestamp",
  T99: "A consensus member that lost its disk: identity, rejoining, disk-loss detection",
} as const;

export const INVENTORY_TOPICS = [...SEED_TOPICS, ...Object.keys(EXTRA_TOPICS)];
