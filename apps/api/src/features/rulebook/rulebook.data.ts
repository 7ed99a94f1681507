import data from './rulebook.data.json' with { type: 'json' };

/**
 * The company's rulebook as data. `rulebook.data.json` is a verbatim copy of the restored
 * `seed/rulebook.json` delivered with the project brief, so Steward runs from its own clone.
 * Only the fields Steward loads are typed here.
 */
export interface RulebookData {
  meta: { shortCodes: Record<string, string>; readingNotes: Record<string, string> };
  chapters: { no: number; zh: string; en: string; department: string; coverage: 'complete' | 'partial' | 'none' }[];
  departments: {
    key: string;
    zh: string;
    en: string;
    chapter: number | null;
    headPosition: string | null;
    summary_zh: string | null;
    summary_en: string | null;
    reportsTo: string | null;
    possiblySameAs: string | null;
    notes: string[];
    duties: { no: number; zh: string; en: string }[];
  }[];
  positions: {
    key: string;
    zh: string;
    en: string;
    department: string | null;
    departmentInferred: boolean;
    reportsTo: string | null;
    notes: string[];
    duties: { no: number; zh: string; en: string }[];
  }[];
}

export const rulebookData: RulebookData = data as RulebookData;
