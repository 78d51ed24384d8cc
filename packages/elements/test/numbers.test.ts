import { afterEach, describe, expect, it } from 'vitest';
import { parseText } from '../src/index.js';
import { ELIGIBLE, mount, root, type } from './setup.js';

afterEach(() => document.body.replaceChildren());

const messages = (el: HTMLElement, id: string): string[] =>
  [...((el.shadowRoot as ShadowRoot).querySelectorAll(`#${id}-msg li`) as NodeListOf<HTMLElement>)].map(
    (li) => li.textContent?.trim() ?? '',
  );

describe('numbers as Chinese keyboards type them (issue 11)', () => {
  it.each([
    ['２００', 200],
    ['200万', 200],
    ['200万元', 200],
    ['２００万元', 200],
    [' 1,２００.5 万 ', 1200.5],
    ['199.99', 199.99],
    ['２００．０１', 200.01],
  ])('“%s” in a 万元 field is %s', (typed, n) => {
    expect(parseText('number', typed, '万元')).toBe(n);
  });

  it('a unit of another field is not stripped; words stay text', () => {
    expect(parseText('number', '200万', '人')).toBe('200万');
    expect(parseText('integer', '3项', '项')).toBe(3);
    expect(parseText('number', '两百', '万元')).toBe('两百');
    expect(parseText('number', '万元', '万元')).toBe('万元');
    expect(parseText('number', '   ', '万元')).toBeUndefined();
  });

  it.each([
    ['１９９．９９', true],
    ['200万', false],
    ['２００．０１万元', false],
  ])('R14 at the boundary, typed “%s”: blocked %s, and the field keeps what was typed', async (typed, blocked) => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    await type(el, '/project/totalRdInvestment', typed);
    expect(el.verdict?.valid).toBe(true);
    expect(el.verdict?.findings.some((f) => f.rule === 'R14')).toBe(blocked);
    expect((root(el).getElementById('gf--project--totalRdInvestment') as HTMLInputElement).value).toBe(typed);
  });

  it('anything else gets one sentence saying what to type, never an echo of the text', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    await type(el, '/project/totalRdInvestment', '两百万');
    expect(messages(el, 'gf--project--totalRdInvestment')).toEqual(['项目总研发投入：请只填写数字，如 200 或 12.5（单位：万元）']);
    expect(root(el).textContent).not.toContain('当前为 两百');
  });
});
