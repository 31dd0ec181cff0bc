import type { ProcedureCatalogue } from '../../../application/procedure/contracts/catalogue.contract';
import { ruleContextValuePaths } from '../../../application/procedure/contracts/rule-context.contract';
import { validateCatalogue } from '../../../domain/procedure';

/** A catalogue of one procedure, one life event and one person rule whose reason inserts `{{path}}`. */
function catalogueWithReason(path: string): ProcedureCatalogue {
  return {
    procedures: [{ id: 'kokuho-kanyu', name: '国民健康保険 加入', category: '国民健康保険', departmentId: 'kokuho-iryo', formIds: [], description: '加入の届出', perPerson: true, active: true }],
    lifeEvents: [{ id: 'tennyu', name: '転入', description: '市外から', questions: [], active: true }],
    rules: [{ id: 'r', procedureId: 'kokuho-kanyu', lifeEventIds: ['tennyu'], scope: 'person', when: { var: path }, reason: `{{${path}}}`, active: true }],
  };
}

describe('the published rule context', () => {
  it('offers only values the catalogue accepts in a person rule and its reason', () => {
    expect(ruleContextValuePaths.length).toBeGreaterThan(20);
    for (const path of ruleContextValuePaths) expect({ path, issues: validateCatalogue(catalogueWithReason(path), ['kokuho-iryo']) }).toEqual({ path, issues: [] });
  });

  it('lists every field of a person and of the household, lists by their length only', () => {
    expect(ruleContextValuePaths).toEqual(
      expect.arrayContaining(['person.age', 'person.insurance.koki', 'person.allowances.kodomoIryo', 'person.hasMyNumberCard', 'household.remainingAfter', 'lifeEvents.length', 'persons.length']),
    );
    // `{{lifeEvents}}` is a list, not a value: the catalogue refuses it, so the editor no longer offers it
    expect(ruleContextValuePaths).not.toContain('lifeEvents');
    expect(validateCatalogue(catalogueWithReason('lifeEvents'), ['kokuho-iryo'])).not.toEqual([]);
  });
});
