import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { ErrorCode, LIMITS } from '@steward/schema';
import {
  type ASTVisitor,
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  Lexer,
  type ParseOptions,
  type SelectionSetNode,
  Source,
  TokenKind,
  TypeInfo,
  ValidationContext,
  visit,
  visitInParallel,
} from 'graphql';

/** Which limit an operation broke (`extensions.limit` of a `QUERY_TOO_COMPLEX` error). */
export type LimitName = 'depth' | 'aliases' | 'tokens' | 'directives' | 'repeats' | 'cost';

const WHAT: Record<LimitName, string> = {
  depth: 'fields nested deeper than',
  aliases: 'more aliases than',
  tokens: 'more tokens than',
  directives: 'more directives than',
  repeats: 'one field selected more often in one place than',
  cost: 'a cost above',
};

const HOW: Record<LimitName, string> = {
  depth: 'select fewer levels at once, or follow a relation in a second request',
  aliases: 'ask for fewer things under other names',
  tokens: 'send a shorter document, with long lists as variables',
  directives: 'use fewer @include/@skip directives',
  repeats: 'select each field once',
  cost: 'ask for smaller pages (first/last), fewer nested lists, or split it into several requests',
};

/** `QUERY_TOO_COMPLEX` (HTTP 400), naming the limit, its maximum and what was found. */
export function tooComplex(limit: LimitName, maximum: number, found?: number): GraphQLError {
  const counted = found === undefined ? '' : ` (found ${found})`;
  return new GraphQLError(`The operation has ${WHAT[limit]} ${maximum}${counted}: ${HOW[limit]}.`, {
    extensions: {
      code: ErrorCode.QUERY_TOO_COMPLEX,
      limit,
      maximum,
      ...(found === undefined ? {} : { found }),
      http: { status: 400 },
    },
  });
}

/** graphql-armor says what it found only in its message ("… exceeded, found 13."). */
function foundIn(message: string): number | undefined {
  const found = /found (\d+)/.exec(message)?.[1];
  return found === undefined ? undefined : Number(found);
}

/** An armor rule's options, reporting our own error instead of throwing its own. */
function reporting(limit: LimitName, maximum: number) {
  return {
    n: maximum,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(tooComplex(limit, maximum, foundIn(error.message)));
      },
    ],
  };
}

/**
 * The same response name selected many times in one selection set (directly or through inline
 * fragments, which merge into it): graphql-js compares every pair of them to see that they merge
 * (OverlappingFieldsCanBeMergedRule), so a few hundred copies of one field cost a core for a
 * noticeable time. Nobody's query repeats a field more than a few times.
 */
function repeatsRule(context: ValidationContext): ASTVisitor {
  const maximum = LIMITS.query.maxRepeats;
  let reported = false;
  const count = (set: SelectionSetNode, into: Map<string, number>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, (into.get(key) ?? 0) + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        count(selection.selectionSet, into);
      }
    }
  };
  return {
    SelectionSet(set) {
      if (reported) return false;
      const byKey = new Map<string, number>();
      count(set, byKey);
      const most = Math.max(0, ...byKey.values());
      if (most > maximum) {
        reported = true;
        context.reportError(tooComplex('repeats', maximum, most));
        return false;
      }
      return undefined;
    },
  };
}

/**
 * The shape limits of one document: depth, aliases and directives (graphql-armor's rules: each
 * fragment counts by what it holds wherever it is spread, each followed once, cycles stopped)
 * and repeated fields. Run before validation — whose own rules are the expensive part on a
 * hostile document — and refused at the first broken limit. Depth counts fields, not the
 * fragments holding them; `__schema` (introspection, refused to most callers in production) is
 * exempt, so a developer's tools still work.
 */
export function checkShape(schema: GraphQLSchema, document: DocumentNode): GraphQLError | null {
  const errors: GraphQLError[] = [];
  const context = new ValidationContext(schema, document, new TypeInfo(schema), (error) => errors.push(error));
  const visitors = [
    maxDepthRule({ ...reporting('depth', LIMITS.query.maxDepth), flattenFragments: true, ignoreIntrospection: true }),
    maxAliasesRule(reporting('aliases', LIMITS.query.maxAliases)),
    maxDirectivesRule(reporting('directives', LIMITS.query.maxDirectives)),
    repeatsRule,
  ].map((rule) => rule(context) as unknown as ASTVisitor);
  visit(document, visitInParallel(visitors));
  return errors[0] ?? null;
}

/** Token counting is graphql-js's own: the parser stops at the limit instead of reading on. */
export const parseOptions: ParseOptions = { maxTokens: LIMITS.query.maxTokens };

/**
 * Brackets a document may nest (`{`, `[`, `(`): selection sets, inline fragments, lists and input
 * objects together. Far above what the depth limit lets through, far below what would exhaust
 * the parser's stack (it recurses per level: a few thousand levels of `{ a` overflow it within
 * the token limit).
 */
export const MAX_NESTING = 4 * LIMITS.query.maxDepth;

const OPENING = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * What the document's text alone breaks, read token by token without parsing (the lexer does
 * not recurse): more tokens than `maxTokens`, or brackets nested deeper than MAX_NESTING.
 * A lexical error is left to the parser to report.
 */
export function checkText(source: string): GraphQLError | null {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens += 1;
      if (tokens > LIMITS.query.maxTokens) return tooComplex('tokens', LIMITS.query.maxTokens);
      if (OPENING.has(token.kind)) {
        nesting += 1;
        if (nesting > MAX_NESTING) return tooComplex('depth', LIMITS.query.maxDepth);
      } else if (CLOSING.has(token.kind)) {
        nesting -= 1;
      }
    }
  } catch {
    return null;
  }
  return null;
}

/** graphql-js's message when the parser stopped at `maxTokens` (sic: "more that"). */
export const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;
