import type { Route } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from './strings.js';

/**
 * The route as the form shows it, in the essentials and the eligibility panel alike: the 处室 (or, for a
 * call routed by the applicant's recommending unit, 推荐单位), its phone when the call gives one, and how
 * the suggestion travels (directly, through the research office, or recommended by the unit).
 */

/** The label of the route line: 归口处室, or 推荐单位 for a call routed by recommending unit. */
export function routeLabel(route: Route | null, byRecommender: boolean, t: UiStrings): string {
  return route?.submission === 'recommended' || (!route && byRecommender) ? t.recommender : t.route;
}

/** What to say before the route is known. */
export function routePending(byRecommender: boolean, t: UiStrings): string {
  return byRecommender ? t.recommenderUnknown : t.routeUnknown;
}

/** The unit, its phone link (none when the call gives no phone) and how the suggestion travels. */
export function routeDetail(route: Route, t: UiStrings): TemplateResult {
  const phone = route.phone ? html`（${t.phone} <a href="tel:${route.phone.replace(/[^\d+]/g, '')}">${route.phone}</a>）` : nothing;
  const how = { direct: t.direct, 'institution-review': t.review, recommended: t.recommended }[route.submission];
  return html`${route.department}${phone}<span class="submission">${how}</span>`;
}
