import { describe, expect, it } from 'vitest';
import { formatWeight, isCompleteWeight, mainWeightTotal, toTemplateItemInputs, validateTemplateItems } from './template-weights';

const validate = (items: unknown) => validateTemplateItems(items, {}, { source: 'items' } as never);

describe('template weights', () => {
  it('sums the main weights only, counting an item without a category as main and empty weights as 0', () => {
    const items = [
      { category: 'UTAMA', weight: 40 },
      { weight: 35 },
      { category: 'UTAMA', weight: null },
      { category: 'TAMBAHAN', weight: 5 },
      { category: 'UTAMA', weight: '15' },
    ];
    expect(mainWeightTotal(items)).toBe(90);
    expect(mainWeightTotal([])).toBe(0);
    expect(mainWeightTotal(undefined)).toBe(0);
  });

  it('accepts decimal weights that sum to 100 within the API tolerance', () => {
    const total = mainWeightTotal([{ weight: 33.3 }, { weight: 33.3 }, { weight: 33.4 }]);
    expect(total).toBe(100);
    expect(isCompleteWeight(total)).toBe(true);
    expect(isCompleteWeight(99.99)).toBe(false);
  });

  it('refuses items whose main weights do not reach 100, naming the total', () => {
    expect(
      validate([
        { category: 'UTAMA', weight: 50 },
        { category: 'UTAMA', weight: 40 },
      ]),
    ).toEqual({
      message: 'resources.criteriaTemplates.validation.mainWeight',
      args: { total: '90', required: 100 },
    });
    expect(validate([{ weight: 60 }, { weight: 50.5 }])).toMatchObject({ args: { total: '110,5' } });
    expect(
      validate([
        { category: 'UTAMA', weight: 60 },
        { category: 'UTAMA', weight: 40 },
        { category: 'TAMBAHAN', weight: 10 },
      ]),
    ).toBeUndefined();
  });

  it('needs at least one item and at least one main result', () => {
    expect(validate([])).toBe('resources.criteriaTemplates.validation.noItems');
    expect(validate(undefined)).toBe('resources.criteriaTemplates.validation.noItems');
    expect(validate([{ category: 'TAMBAHAN', weight: 100 }])).toBe('resources.criteriaTemplates.validation.noMain');
  });

  it('formats weights the Indonesian way', () => {
    expect(formatWeight(90)).toBe('90');
    expect(formatWeight(33.333)).toBe('33,33');
  });

  it('turns the form items into the API input, with numbers and nulls', () => {
    expect(
      toTemplateItemInputs([
        { indicatorId: 'SW5kOjE=', category: 'UTAMA', weight: '40', target: 30, targetMax: '' },
        { indicatorId: 'SW5kOjI=', weight: 60, target: null, targetMax: undefined },
        { indicatorId: 'SW5kOjM=', category: 'TAMBAHAN', weight: 5, target: '4,5', targetMax: 6 },
      ]),
    ).toEqual([
      { indicatorId: 'SW5kOjE=', category: 'UTAMA', weight: 40, target: 30, targetMax: null },
      { indicatorId: 'SW5kOjI=', category: 'UTAMA', weight: 60, target: null, targetMax: null },
      { indicatorId: 'SW5kOjM=', category: 'TAMBAHAN', weight: 5, target: 4.5, targetMax: 6 },
    ]);
  });
});
