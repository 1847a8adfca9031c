import { graphql } from '../gql';

export const ReviewsDocument = graphql(`
  query Reviews { reviews(first: 20) { nodes { id year title status shortlistVersion shortlistSize } } }
`);
