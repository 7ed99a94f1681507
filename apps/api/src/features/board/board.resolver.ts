import { Arg, Ctx, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { MISSED, type Missed } from '../../realtime/bounded-feed.js';
import { live } from '../../realtime/live.js';
import { requireViewer } from '../permissions/auth-checker.js';
import { BoardService } from './board.service.js';
import { BoardEvent, BoardSnapshot } from './board.types.js';

@Resolver()
export class BoardResolver {
  @Query(() => BoardSnapshot, {
    description:
      'The live incident board now: open incidents and major cases you may read, and the current ' +
      'shift’s patrol coverage. `board`-scope API tokens may ask for this, and subscribe to `boardEvents`.',
  })
  board(
    @Arg('siteCode', () => String, { nullable: true, description: 'One site only; omit for every site you reach.' })
    siteCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<BoardSnapshot> {
    return new BoardService(ctx).snapshot(siteCode ?? null);
  }

  @Subscription(() => BoardEvent, {
    description:
      'Live events for the incident board, only about what you may read: merge them into `board` or refetch ' +
      'it. If you fall too far behind, the events waiting for you are dropped and you receive one `RESYNC`.',
    subscribe: async ({ args, context, info }) => {
      const ctx = context as Context;
      // Refuse now whom the global middleware would refuse at every event.
      await requireViewer({ root: undefined, args, context: ctx, info }, async () => undefined);
      const siteCode = (args as { siteCode?: string | null }).siteCode ?? null;
      const board = new BoardService(ctx);
      return live(
        ctx.pubsub.feed(['CASE_EVENT', 'SHIFT_EVENT', 'ESCALATION']),
        (event) => board.eventFor(event, siteCode),
        ctx.log,
      );
    },
  })
  boardEvents(
    @Root() event: BoardEvent | Missed,
    @Ctx() ctx: Context,
    @Arg('siteCode', () => String, { nullable: true, description: 'One site only; omit for every site you reach.' })
    _siteCode?: string | null,
  ): BoardEvent {
    return event === MISSED ? new BoardService(ctx).resync() : event;
  }
}

export const boardResolvers = [BoardResolver] as const;
