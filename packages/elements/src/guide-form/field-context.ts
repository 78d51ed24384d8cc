import type { RowOp } from '../fields/context.js';
import { type FieldContext, pointerId } from '../fields/context.js';
import { renderField } from '../fields/render.js';
import { uiStrings } from '../i18n/strings.js';
import { focusAfterRowOp } from './focus.js';
import type { FormController } from './form-controller.js';
import { hasAnswer } from './has-answer.js';

/** The element as field renderers reach it. */
interface FieldHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

/**
 * What every field renderer gets for one render of the form: the data and field states from
 * the controller, the messages to show, and handlers that change the data. `rendered` collects
 * the pointers drawn (the error summary and the map link only to fields on screen).
 */
export function fieldContext(host: FieldHost, form: FormController, rendered: Set<string>, disabled: boolean): FieldContext {
  const { model, lang } = form;
  const rows = (pointer: string, op: RowOp): void => {
    model.rows(pointer, op);
    form.changed();
    void host.updateComplete.then(() => focusAfterRowOp(host.renderRoot, pointer, op, model.get(pointer)));
  };
  const ctx: FieldContext = {
    lang,
    t: uiStrings(lang),
    disabled,
    epoch: model.epoch,
    get: (p) => model.get(p),
    fields: (p) => model.states?.children(p) ?? [],
    messages: (p) => (form.verdict ? form.reveal.messages(form.verdict, p) : []),
    grouped: (p) => {
      if (!form.verdict) return { ids: [], invalid: false };
      const { anchors, invalid } = form.reveal.grouped(form.verdict, p, (q) => !hasAnswer(model.get(q)));
      return { ids: anchors.map((a) => `${pointerId(a)}-msg`), invalid };
    },
    id: (p) => {
      rendered.add(p);
      return pointerId(p);
    },
    set: (p, v) => {
      if (model.set(p, v)) form.changed();
    },
    // The verdict is computed at once; the re-render, draft and event wait for the next frame.
    setText: (p, kind, text) => {
      if (model.setText(p, kind, text)) form.typed();
    },
    text: (p, kind) => model.text(p, kind),
    touch: (p) => {
      if (model.touched.has(p)) return;
      model.touched.add(p);
      host.requestUpdate();
    },
    rows,
    requestUpdate: () => host.requestUpdate(),
    render: (schema, p, required) => renderField(ctx, schema, p, required),
  };
  return ctx;
}
