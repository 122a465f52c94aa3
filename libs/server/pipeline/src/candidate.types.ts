import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@panelist/server-core';
import { Candidate } from './candidate.entity';

export const CandidateConnection = ConnectionType(Candidate);

@ObjectType({ description: 'A candidate whose personal data was erased' })
export class CandidateErasure {
  @Field(() => ID)
  candidateId: string;

  @Field()
  erasedAt: Date;
}
