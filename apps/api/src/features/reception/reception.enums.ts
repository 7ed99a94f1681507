import { registerEnumType } from 'type-graphql';

/** Why the visitor came to the desk (R2). */
export enum VisitPurpose {
  COMPLAINT = 'COMPLAINT',
  QUESTION = 'QUESTION',
  INQUIRY = 'INQUIRY',
  RENTAL = 'RENTAL',
  REPAIR = 'REPAIR',
  OTHER = 'OTHER',
}
registerEnumType(VisitPurpose, {
  name: 'VisitPurpose',
  description: 'Why a visitor came to the service desk (来访事由).',
  valuesConfig: {
    COMPLAINT: { description: 'To complain (投诉, CS-4).' },
    QUESTION: { description: 'A problem or question about the property (客户提出之问题, CS-4).' },
    INQUIRY: { description: 'To ask about property services (咨询, CS-5).' },
    RENTAL: { description: 'About letting or renting a unit (房屋租赁, CS-6).' },
    REPAIR: { description: 'To report something to repair (报修, CS-5).' },
    OTHER: { description: 'Anything else.' },
  },
});

export enum VisitStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  VOIDED = 'VOIDED',
}
registerEnumType(VisitStatus, {
  name: 'VisitStatus',
  description: 'Where a visit is: open until it has an outcome or a case, then closed (or voided).',
  valuesConfig: {
    OPEN: { description: 'Logged; no outcome recorded yet, or waiting to be closed.' },
    CLOSED: { description: 'Done: answered on the spot (an outcome) or handed on as a case.' },
    VOIDED: { description: 'Entered by mistake; kept on record with the reason.' },
  },
});
