import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_DOCUMENT_LENGTH } from '../bank-transfer.service';

@ArgsType()
export class ImportQuestionBankArgs {
  // Longer than any other text argument (the shared maximum is 10,000 characters): a whole bank is one document.
  @Field()
  @IsString()
  @MaxLength(MAX_DOCUMENT_LENGTH, { message: `the document is larger than ${MAX_DOCUMENT_LENGTH / 1_000_000} MB` })
  markdown: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}
