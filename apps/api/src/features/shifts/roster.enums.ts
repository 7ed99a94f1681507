import { registerEnumType } from 'type-graphql';

/** Where a request to swap a shift stands: requested → approved | rejected | cancelled (by the requester). */
export enum ShiftSwapStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ShiftSwapStatus, {
  name: 'ShiftSwapStatus',
  description: 'Where a shift swap stands.',
  valuesConfig: {
    REQUESTED: { description: 'Asked for; waiting for the shift’s leader or the director.' },
    APPROVED: { description: 'Approved: the roster has been changed.' },
    REJECTED: { description: 'Refused by the leader or the director.' },
    CANCELLED: { description: 'Withdrawn by the one who asked.' },
  },
});

/** What a swap does to the roster. */
export enum ShiftSwapKind {
  COVER = 'COVER',
  EXCHANGE = 'EXCHANGE',
}
registerEnumType(ShiftSwapKind, {
  name: 'ShiftSwapKind',
  description: 'Whether the colleague just takes the shift or the two exchange shifts.',
  valuesConfig: {
    COVER: { description: 'The colleague takes the shift (代班).' },
    EXCHANGE: { description: 'The two exchange shifts: each works the other’s (换班).' },
  },
});

/** Which swaps to list, as the viewer is involved in them. */
export enum ShiftSwapInvolvement {
  REQUESTED_BY_ME = 'REQUESTED_BY_ME',
  ASKED_OF_ME = 'ASKED_OF_ME',
  TO_DECIDE = 'TO_DECIDE',
}
registerEnumType(ShiftSwapInvolvement, {
  name: 'ShiftSwapInvolvement',
  description: 'How you are involved in a swap.',
  valuesConfig: {
    REQUESTED_BY_ME: { description: 'Swaps you asked for.' },
    ASKED_OF_ME: { description: 'Swaps that would move you onto someone’s shift.' },
    TO_DECIDE: {
      description: 'Requested swaps you may approve or reject (as leader of every shift it moves, or director).',
    },
  },
});
