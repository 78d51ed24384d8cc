import { describe, expect, it } from 'vitest';
import { findingAnchor } from '../src/guide-form/finding-anchor.js';

describe('where a finding shows in the form', () => {
  it('next to its one field', () => {
    expect(findingAnchor(['/project/totalRdInvestment'])).toBe('/project/totalRdInvestment');
  });
  it('once, on the group holding all its fields', () => {
    expect(findingAnchor(['/indicators/academic/representativeWorks', '/indicators/academic/qualification'])).toBe('/indicators/academic');
    expect(findingAnchor(['/declarations/involvesSecret', '/declarations/secretHandled'])).toBe('/declarations');
  });
  it('at the first field when they share no group', () => {
    expect(findingAnchor(['/classification/role', '/unit/unitType'])).toBe('/classification/role');
  });
  it('nowhere in particular when it names none', () => {
    expect(findingAnchor([])).toBe('');
  });
});
