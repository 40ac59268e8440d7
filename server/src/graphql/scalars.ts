import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * `Date`: a calendar date, YYYY-MM-DD. The scalar checks the shape; whether the date exists
 * (2026-02-30) is checked by input validation so the error names the field.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (ISO 8601).',
  serialize: (value) => {
    if (typeof value === 'string') return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new GraphQLError('Date cannot represent this value');
  },
  parseValue: (value) => {
    if (typeof value !== 'string') throw new GraphQLError('A Date is a string YYYY-MM-DD');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('A Date is a string YYYY-MM-DD');
    return ast.value;
  },
});
