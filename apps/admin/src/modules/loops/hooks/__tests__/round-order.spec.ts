import { describe, expect, it } from '@jest/globals';
import { loopOrderWith, roundsByStage } from '../round-order';

const screen = { id: 'screen', name: 'Recruiter screen' };
const onsite = { id: 'onsite', name: 'Onsite' };
const round = (id: string, stage: { id: string; name: string }) => ({ id, stage });

describe('rounds by stage', () => {
  const rounds = [round('call', screen), round('systems', onsite), round('coding', onsite)];

  it('groups the rounds stage by stage, keeping their order', () => {
    expect(roundsByStage(rounds).map((group) => [group.stage.name, group.rounds.map((entry) => entry.id)])).toEqual([
      ['Recruiter screen', ['call']],
      ['Onsite', ['systems', 'coding']],
    ]);
    expect(roundsByStage([])).toEqual([]);
  });

  it('puts one stage’s new order back into the whole loop’s', () => {
    const groups = roundsByStage(rounds);
    expect(loopOrderWith(groups, [rounds[2], rounds[1]]).map((entry) => entry.id)).toEqual(['call', 'coding', 'systems']);
  });
});
