import { registerEnumType } from 'type-graphql';

/** How much of an item's text the company's rulebook fragment actually holds. */
export enum RulebookStatus {
  COMPLETE = 'COMPLETE',
  PARTIAL = 'PARTIAL',
  TOC_ONLY = 'TOC_ONLY',
  MENTIONED_ONLY = 'MENTIONED_ONLY',
}
registerEnumType(RulebookStatus, {
  name: 'RulebookStatus',
  description: 'How much of this item the rulebook fragment holds: Steward never invents missing text.',
  valuesConfig: {
    COMPLETE: { description: 'Its whole text is in the fragment.' },
    PARTIAL: { description: 'Only part of its text is in the fragment.' },
    TOC_ONLY: { description: 'Named in the table of contents; its chapter is not in the fragment.' },
    MENTIONED_ONLY: { description: 'Named in passing only; it has no text of its own.' },
  },
});

/** Where a position comes from: the rulebook itself, or the company (posts the text implies but does not name). */
export enum PositionOrigin {
  RULEBOOK = 'RULEBOOK',
  COMPANY = 'COMPANY',
}
registerEnumType(PositionOrigin, {
  name: 'PositionOrigin',
  description: 'Whether a position is named by the rulebook or defined by the company.',
  valuesConfig: {
    RULEBOOK: { description: 'Named in the rulebook.' },
    COMPANY: { description: 'Defined by the company, e.g. customer-service staff, whom the rulebook does not name.' },
  },
});
