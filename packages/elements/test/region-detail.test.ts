// What one partner region brings onto the regional form comes from call.json#/optionsDetail:
// 东北三省一区's city choice says 内蒙古自治区按全区计, 苏南 alone asks for its park — and both
// follow the region the applicant picks.
import { afterEach, describe, expect, it } from 'vitest';
import type { GuideForm } from '../src/index.js';
import { ELIGIBLE, mount, root } from './setup.js';

afterEach(() => document.body.replaceChildren());

const radio = (el: GuideForm, name: string, label: string): HTMLInputElement => {
  const found = [...root(el).querySelectorAll<HTMLInputElement>(`input[type=radio][name="${name}"]`)].find((r) =>
    r.parentElement?.textContent?.includes(label),
  );
  if (!found) throw new Error(`no radio “${label}” in ${name}`);
  return found;
};

/** The text that describes the city choice (its aria-describedby targets), as a screen reader gets it. */
function cityDescription(el: GuideForm): string {
  const group = root(el).querySelector('input[type=radio][name="gf--project--partnerCity"]')?.closest('fieldset');
  if (!group) throw new Error('no city choice');
  const ids = (group.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => root(el).getElementById(id)?.textContent ?? '').join(' ');
}

const regional = () => structuredClone(ELIGIBLE['regional'] as Record<string, unknown>);

describe('region details from call.json (2022)', () => {
  it('东北三省一区: the city choice says 内蒙古自治区按全区计; 上海市 says nothing of it', async () => {
    const el = await mount({ category: 'regional' }, { value: regional() });
    expect(cityDescription(el)).not.toContain('内蒙古自治区按全区计');
    radio(el, 'gf--project--partnerRegion', '东北三省一区').click();
    await el.updateComplete;
    expect(cityDescription(el)).toContain('内蒙古自治区按全区计');
    radio(el, 'gf--project--partnerRegion', '上海市').click();
    await el.updateComplete;
    expect(cityDescription(el)).not.toContain('内蒙古自治区按全区计');
  });

  it('in English the hint is the English one', async () => {
    const el = await mount({ category: 'regional', lang: 'en' }, { value: regional() });
    radio(el, 'gf--project--partnerRegion', 'Three north-eastern provinces').click();
    await el.updateComplete;
    expect(cityDescription(el)).toContain('Inner Mongolia counts as a whole');
  });

  it('苏南 alone asks for its park (optional, titled from call.json); another region drops it', async () => {
    const el = await mount({ category: 'regional' }, { value: regional() });
    const shadow = root(el);
    expect(shadow.getElementById('gf--project--partnerZone')).toBeNull();
    radio(el, 'gf--project--partnerRegion', '苏南国家自主创新示范区').click();
    await el.updateComplete;
    radio(el, 'gf--project--partnerCity', '苏州市').click();
    await el.updateComplete;
    const park = shadow.getElementById('gf--project--partnerZone') as HTMLInputElement | null;
    expect(park).not.toBeNull();
    expect(shadow.querySelector('label[for="gf--project--partnerZone"]')?.textContent).toContain('苏南示范区内的园区名');
    expect(el.verdict?.ok).toBe(true);
    radio(el, 'gf--project--partnerRegion', '沈阳市').click();
    await el.updateComplete;
    expect(shadow.getElementById('gf--project--partnerZone')).toBeNull();
  });
});
