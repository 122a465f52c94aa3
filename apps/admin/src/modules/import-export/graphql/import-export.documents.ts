import { graphql } from '../../../gql';

export const ImportQuestionBankMutation = graphql(`
  mutation ImportQuestionBank($markdown: String!, $dryRun: Boolean!) {
    importQuestionBank(markdown: $markdown, dryRun: $dryRun) {
      dryRun
      categoriesCreated
      questionsCreated
      questionsUpdated
      questionsUnchanged
      talkingPointsCreated
      skipped {
        line
        reason
      }
    }
  }
`);

export const ExportQuestionBankQuery = graphql(`
  query ExportQuestionBank {
    exportQuestionBank
  }
`);
