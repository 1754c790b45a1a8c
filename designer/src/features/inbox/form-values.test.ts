import { describe, expect, it } from 'vitest';
import { controlId, initialValues, toSubmission } from './form-values';
import { everyKindOfField } from './testing/fixtures';

describe('form values', () => {
  it('leaves out empty answers so the server can say which required ones are missing', () => {
    expect(toSubmission(everyKindOfField, initialValues(everyKindOfField, null))).toEqual({});
  });

  it('sends what the person typed when it is not valid, so the server explains the problem', () => {
    const values = initialValues(everyKindOfField, null);
    values.listSize = 'about 50k';
    values.startDate = { day: '31', month: '', year: '2026' };

    expect(toSubmission(everyKindOfField, values)).toEqual({ listSize: 'about 50k', startDate: '2026-00-31' });
  });

  it('sends only the filled half of a maturity-matrix row', () => {
    const values = initialValues(everyKindOfField, null);
    values.maturityMatrix = { 'Integrating care': { current: 'Step 1', target: '' } };

    expect(toSubmission(everyKindOfField, values)).toEqual({ maturityMatrix: { 'Integrating care': { current: 'Step 1' } } });
  });

  it('reads saved answers back into the controls, round trip', () => {
    const saved = {
      cdName: 'Dr Asha Patel',
      listSize: 52300,
      startDate: '2019-07-01',
      discussedWith: ['Local authority'],
      allPracticesSigned: true,
      confidence: 3,
      maturityMatrix: { 'Integrating care': { current: 'Foundation', target: 'Step 2' } },
    };

    expect(toSubmission(everyKindOfField, initialValues(everyKindOfField, saved))).toEqual(saved);
  });

  it('points error links at the first control of each kind of field', () => {
    expect(everyKindOfField.map(controlId)).toEqual([
      'field-cdName',
      'field-summary',
      'field-listSize',
      'field-startDate-day',
      'field-priority-0',
      'field-discussedWith-0',
      'field-allPracticesSigned',
      'field-confidence-0',
      'field-agreementLink',
      'field-maturityMatrix-0-current',
    ]);
  });
});
