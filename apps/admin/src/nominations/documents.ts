import { graphql } from '../gql';

export const CyclesDocument = graphql(`
  query NominationCycles {
    nominationCycles(first: 20) {
      nodes { id year status opensAt closesAt openCategories nominatorKinds defaultQuota honourLookbackYears frozenAt freezeReason frozenByUsername version
        extensions { id organizationId until reason } }
    }
  }
`);
