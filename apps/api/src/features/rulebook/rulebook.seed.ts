import { type EntityManager, ref } from '@mikro-orm/core';
import { Department } from './department.entity.js';
import { Duty } from './duty.entity.js';
import { Position } from './position.entity.js';
import { type RulebookData, rulebookData } from './rulebook.data.js';
import { RulebookStatus } from './rulebook.enums.js';

const STATUS_BY_COVERAGE = {
  complete: RulebookStatus.COMPLETE,
  partial: RulebookStatus.PARTIAL,
  none: RulebookStatus.TOC_ONLY,
} as const;

/**
 * Loads the rulebook at first start. Idempotent: once any department exists the rulebook is the
 * company's own data (later issues let it be edited), so it is never overwritten.
 * Returns whether it loaded anything.
 */
export async function ensureRulebookLoaded(em: EntityManager, data: RulebookData = rulebookData): Promise<boolean> {
  if ((await em.count(Department, {})) > 0) return false;
  await em.transactional(async (tx) => {
    const codeOf = new Map(Object.entries(data.meta.shortCodes).map(([code, key]) => [key, code]));
    const chapters = new Map(data.chapters.map((c) => [c.no, c]));

    // Departments and positions refer to each other (a department reports to a post, a post
    // belongs to a department): create every object first, then wire the references, and let
    // the unit of work order the inserts.
    const positions = new Map<string, Position>();
    for (const [sortOrder, p] of data.positions.entries()) {
      positions.set(
        p.key,
        tx.create(Position, {
          key: p.key,
          nameZh: p.zh,
          nameEn: p.en,
          shortCode: codeOf.get(p.key) ?? null,
          departmentInferred: p.departmentInferred,
          status: p.duties.length > 0 ? RulebookStatus.COMPLETE : RulebookStatus.MENTIONED_ONLY,
          notes: p.notes,
          sortOrder,
        }),
      );
    }
    const departments = new Map<string, Department>();
    for (const [sortOrder, d] of data.departments.entries()) {
      const chapter = d.chapter === null ? undefined : chapters.get(d.chapter);
      departments.set(
        d.key,
        tx.create(Department, {
          key: d.key,
          nameZh: d.zh,
          nameEn: d.en,
          summaryZh: d.summary_zh,
          summaryEn: d.summary_en,
          shortCode: codeOf.get(d.key) ?? null,
          chapterNo: chapter?.no ?? null,
          chapterTitleZh: chapter?.zh ?? null,
          chapterTitleEn: chapter?.en ?? null,
          status: chapter ? STATUS_BY_COVERAGE[chapter.coverage] : RulebookStatus.MENTIONED_ONLY,
          notes: d.notes,
          sortOrder,
        }),
      );
    }
    const find = <T extends object>(map: Map<string, T>, key: string | null, what: string) => {
      if (key === null) return null;
      const found = map.get(key);
      if (!found) throw new Error(`rulebook data: unknown ${what} "${key}"`);
      return ref(found);
    };
    for (const p of data.positions) {
      const position = positions.get(p.key) as Position;
      position.department = find(departments, p.department, 'department');
      position.reportsTo = find(positions, p.reportsTo, 'position');
    }
    for (const d of data.departments) {
      const department = departments.get(d.key) as Department;
      department.reportsTo = find(positions, d.reportsTo, 'position');
      department.head = find(positions, d.headPosition, 'position');
      department.possiblySameAs = find(departments, d.possiblySameAs, 'department');
    }

    const owners = [
      ...data.departments.map((d) => ({
        key: d.key,
        duties: d.duties,
        department: departments.get(d.key) ?? null,
        position: null,
      })),
      ...data.positions.map((p) => ({
        key: p.key,
        duties: p.duties,
        department: null,
        position: positions.get(p.key) ?? null,
      })),
    ];
    for (const owner of owners) {
      const code = codeOf.get(owner.key);
      if (owner.duties.length > 0 && !code) throw new Error(`rulebook data: ${owner.key} has duties but no short code`);
      for (const duty of owner.duties) {
        const citation = `${owner.key}#${duty.no}`;
        tx.create(Duty, {
          citation,
          number: duty.no,
          textZh: duty.zh,
          textEn: duty.en,
          source: `${code}-${duty.no}`,
          department: owner.department && ref(owner.department),
          position: owner.position && ref(owner.position),
          readingNote: data.meta.readingNotes[citation] ?? null,
        });
      }
    }
  });
  return true;
}
