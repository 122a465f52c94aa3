import { ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The interview plan of an opening' })
export class Loop {
  openingId: string;
}
