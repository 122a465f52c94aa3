import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum BoardChangeKind {
  ADDED = 'ADDED',
  MOVED = 'MOVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  REOPENED = 'REOPENED',
  UPDATED = 'UPDATED',
  RESYNC = 'RESYNC',
}
registerEnumType(BoardChangeKind, {
  name: 'BoardChangeKind',
  valuesMap: {
    ADDED: { description: 'A candidate was put into the opening: the card is in `toStageId`' },
    MOVED: { description: 'From `fromStageId` to `toStageId`' },
    REJECTED: { description: 'Left the board from `fromStageId`' },
    WITHDRAWN: { description: 'Left the board from `fromStageId`' },
    REOPENED: { description: 'Back on the board, in `toStageId`' },
    UPDATED: { description: 'The card changed where it is (a panelist submitted feedback, say): `card` is the card now' },
    RESYNC: {
      description:
        'Sent first, once the subscription is listening, and whenever changes may have been missed since: (re)load the board then',
    },
  },
});

/** The kinds an application change has; RESYNC is the subscription's own. */
export type ApplicationChangeKind = Exclude<BoardChangeKind, BoardChangeKind.RESYNC>;

@ObjectType({ description: 'One change to an opening’s board, made on any instance: enough to apply it without reloading the board' })
export class BoardChange {
  @Field(() => ID)
  openingId: string;

  @Field(() => ID, { nullable: true, description: 'The application (the card’s id); null for RESYNC' })
  applicationId: string | null;

  @Field(() => BoardChangeKind)
  kind: BoardChangeKind;

  @Field(() => ID, { nullable: true, description: 'The column the card left (MOVED, REJECTED, WITHDRAWN)' })
  fromStageId: string | null;

  @Field(() => ID, { nullable: true, description: 'The column the card is in now (ADDED, MOVED, REOPENED)' })
  toStageId: string | null;

  /** Whose change it is, to load its card for subscribers of that organisation only; not in the schema. */
  organizationId: string | null;
}
