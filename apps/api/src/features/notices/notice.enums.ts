import { registerEnumType } from 'type-graphql';

/** What kind of document it is (CS-8: “通知、告示等文件”). */
export enum NoticeKind {
  NOTICE = 'NOTICE',
  ANNOUNCEMENT = 'ANNOUNCEMENT',
  DOCUMENT = 'DOCUMENT',
}
registerEnumType(NoticeKind, {
  name: 'NoticeKind',
  description: 'What kind of document a notice is (CS-8).',
  valuesConfig: {
    NOTICE: { description: 'A notice (通知): tells customers of something that affects them, e.g. a water cut.' },
    ANNOUNCEMENT: { description: 'An announcement (告示): posted for everyone to see, e.g. a fire drill.' },
    DOCUMENT: { description: 'Another document concerning property-management affairs (其他文件).' },
  },
});

/** Which customers it is for: everyone, one site, one building, or one unit. */
export enum NoticeAudience {
  ALL_SITES = 'ALL_SITES',
  SITE = 'SITE',
  BUILDING = 'BUILDING',
  UNIT = 'UNIT',
}
registerEnumType(NoticeAudience, {
  name: 'NoticeAudience',
  description: 'Which customers a notice is for.',
  valuesConfig: {
    ALL_SITES: { description: 'Every site the company manages.' },
    SITE: { description: 'One site (`siteCode`).' },
    BUILDING: { description: 'One building (`buildingId`).' },
    UNIT: { description: 'One unit (`unitId`).' },
  },
});

/** The stored lifecycle: draft → issued → withdrawn. Nothing is deleted. */
export enum NoticeStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(NoticeStatus, {
  name: 'NoticeStatus',
  description: 'Where a notice is in its lifecycle: draft → issued → withdrawn (expiry is derived: `effectiveStatus`).',
  valuesConfig: {
    DRAFT: { description: 'Being written; seen only by its department and those who approve notices.' },
    ISSUED: { description: 'Approved and issued.' },
    WITHDRAWN: { description: 'Taken down (or a draft given up), with the reason.' },
  },
});

/** The status as it is right now, with time taken into account. */
export enum NoticeEffectiveStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  ISSUED = 'ISSUED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(NoticeEffectiveStatus, {
  name: 'NoticeEffectiveStatus',
  description: 'A notice’s status right now: the stored status with its dates applied.',
  valuesConfig: {
    DRAFT: { description: 'Not issued yet.' },
    SCHEDULED: { description: 'Issued, to go up at `publishAt` (still in the future). Staff already see it.' },
    ISSUED: { description: 'Issued and in force: published and not expired.' },
    EXPIRED: { description: 'Issued, but `expiresAt` has passed: to be taken down.' },
    WITHDRAWN: { description: 'Withdrawn, with the reason.' },
  },
});
