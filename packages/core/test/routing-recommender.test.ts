// A call routed by recommending unit (按归口管理原则…统一推荐, Yichang 2022): the applicant chooses the
// unit, the route names it — or the unit the applicant typed, for 市直和中省在宜单位 — and says the
// demand goes to that unit, which recommends it; no 处室, no domain, no research-office review.
import type { CallFile } from '@guide-forms/core';
import { compileRouting, route } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';

const call = {
  departments: {
    yiling: { name: '夷陵区科技局', nameEn: 'Yiling District Science and Technology Bureau', phone: '', domains: [] },
    gaoxin: { name: '宜昌高新区科创局', nameEn: 'Yichang High-Tech Zone Bureau', phone: '0717-6666666', domains: [] },
    city: {
      name: '市直和中省在宜单位',
      nameEn: 'Municipal, central and provincial units in Yichang',
      phone: '',
      domains: [],
      namedBy: '/recommendation/unitName',
    },
  },
  routing: { byCategory: [], recommender: { pointer: '/recommendation/unit', clause: '按归口管理原则……统一推荐' } },
  review: { pointer: '/unit/unitType', values: ['高等院校'], clause: 'x' },
} as unknown as CallFile;

const routed = (data: unknown, lang: 'zh-CN' | 'en' = 'zh-CN') => route(compileRouting(call), data, lang);

describe('routing to the recommending unit the applicant chose', () => {
  it('names the unit, with its phone when the call gives one, and is recommended', () => {
    expect(routed({ recommendation: { unit: '夷陵区科技局' } })).toEqual({
      route: { department: '夷陵区科技局', phone: '', submission: 'recommended' },
      finding: null,
    });
    expect(routed({ recommendation: { unit: '宜昌高新区科创局' } }).route?.phone).toBe('0717-6666666');
    expect(routed({ recommendation: { unit: '夷陵区科技局' } }, 'en').route?.department).toBe(
      'Yiling District Science and Technology Bureau',
    );
  });

  it('is decided by the unit alone: a university does not go through its research office here', () => {
    expect(routed({ unit: { unitType: '高等院校' }, recommendation: { unit: '夷陵区科技局' } }).route?.submission).toBe('recommended');
  });

  it('names the unit typed for 市直和中省在宜单位, or the group while none is typed', () => {
    const data = { recommendation: { unit: '市直和中省在宜单位', unitName: ' 三峡大学 ' } };
    expect(routed(data).route?.department).toBe('三峡大学');
    expect(routed({ recommendation: { unit: '市直和中省在宜单位', unitName: '　' } }).route?.department).toBe('市直和中省在宜单位');
  });

  it('is null until a unit is chosen, and for a value no unit has (the schema reports it)', () => {
    expect(routed({}).route).toBeNull();
    expect(routed({ recommendation: { unit: '' } }).route).toBeNull();
    expect(routed({ recommendation: { unit: '西陵区科技局<script>' } }).route).toBeNull();
    expect(routed({ recommendation: { unit: 42 } }).route).toBeNull();
  });
});
