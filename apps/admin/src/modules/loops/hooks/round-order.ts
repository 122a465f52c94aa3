/** A loop's rounds as the loop page lists them: stage by stage, each stage's rounds in their order. */
export interface StageRounds<R> {
  stage: { id: string; name: string };
  rounds: R[];
}

interface StagedRound {
  id: string;
  stage: { id: string; name: string };
}

/** Groups rounds by stage, in the order the server lists them (the stages' order, then position). */
export function roundsByStage<R extends StagedRound>(rounds: readonly R[]): Array<StageRounds<R>> {
  const groups = new Map<string, StageRounds<R>>();
  for (const round of rounds) {
    const group = groups.get(round.stage.id);
    if (group) group.rounds.push(round);
    else groups.set(round.stage.id, { stage: round.stage, rounds: [round] });
  }
  return [...groups.values()];
}

/** The whole loop's order once one stage's rounds take the order `reordered`: what reorderRounds is sent. */
export function loopOrderWith<R extends StagedRound>(groups: Array<StageRounds<R>>, reordered: R[]): R[] {
  const stageId = reordered[0]?.stage.id;
  return groups.flatMap((group) => (group.stage.id === stageId ? reordered : group.rounds));
}
