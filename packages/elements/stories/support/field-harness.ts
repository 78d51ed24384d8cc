import type { JsonSchema } from '@guide-forms/core';
import { fieldStates, getPointer, setPointer } from '@guide-forms/core/tooling';
import { html, LitElement, type TemplateResult } from 'lit';
import type { FieldContext, FieldMessage } from '../../src/fields/context.js';
import { formatText, parseText, type TextKind } from '../../src/fields/parse.js';
import { renderField } from '../../src/fields/render.js';
import { textEvents } from '../../src/fields/text.js';
import { styles } from '../../src/guide-form/guide-form.styles.js';
import { EN } from '../../src/i18n/strings-en.js';
import { getFormSource, pointerId, toLang, uiStrings } from '../../src/index.js';
import { partsLoading } from '../../src/lazy/lazy-part.js';
import { withContainers } from '../../src/schema/containers.js';
import { applyRowOp } from '../../src/schema/row-ops.js';
import { example, STORY_YEAR } from './catalog.js';

/**
 * The schema node of a real field: the form of the stories' year as the engine compiled it (options filled,
 * `$ref`s resolved), walked along `pointer` with the eligible example deciding which
 * conditional sections are in force. Field stories render real fields, not copies.
 */
export async function fieldSchema(category: string, pointer: string): Promise<JsonSchema> {
  const engine = await getFormSource().load(category, STORY_YEAR);
  const schema = engine.fieldStates(category, example(category, 'eligible.json'), STORY_YEAR).fields.get(pointer)?.schema;
  if (!schema) throw new Error(`stories: forms/${category} has no field at ${pointer}`);
  return schema;
}

/**
 * `<gf-field-story>`: one field renderer on its own, with the form's styles and a
 * minimal {@link FieldContext} — the data lives here and is shown under the field, so a
 * story can assert what typing or clicking stored.
 */
export class GfFieldStory extends LitElement {
  static override styles = styles;
  static override properties = {
    schema: { attribute: false },
    key: { type: String },
    lang: { type: String },
    required: { type: Boolean },
    messages: { attribute: false },
    initial: { attribute: false },
  };

  declare schema: JsonSchema;
  /** The field's key; its data lives at `/<key>`. */
  declare key: string;
  declare lang: string;
  declare required: boolean;
  /** Shown under the field, as the form shows schema errors and rule findings. */
  declare messages: FieldMessage[];
  declare initial: unknown;

  #data: Record<string, unknown> = {};
  #raw = new Map<string, string>();

  constructor() {
    super();
    this.schema = {};
    this.key = 'field';
    this.lang = '';
    this.required = false;
    this.messages = [];
    this.initial = undefined;
  }

  /** Like the element's: also waits for a lazily loaded widget (the month one) and the render it asks for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let waiting = partsLoading(); waiting || this.isUpdatePending; waiting = partsLoading()) {
      if (waiting) await waiting;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('initial') || changed.has('key'))
      this.#data = this.initial === undefined ? {} : { [this.key]: structuredClone(this.initial) };
  }

  get #pointer(): string {
    return `/${this.key}`;
  }

  #set(pointer: string, value: unknown): void {
    this.#data = setPointer(withContainers(this.#data, pointer), pointer, value);
    this.requestUpdate();
  }

  #context(): FieldContext {
    const lang = toLang(this.lang);
    const ctx: FieldContext = {
      lang,
      t: lang === 'en' ? EN : uiStrings(lang),
      disabled: false,
      get: (p) => getPointer(this.#data, p),
      // The field's own object, laid out by core (its schema is the engine's, conditions and all).
      fields: (p) => fieldStates({ schema: { type: 'object', properties: { [this.key]: this.schema } } }, this.#data).children(p),
      messages: (p) => (p === this.#pointer ? this.messages : []),
      id: (p) => pointerId(p),
      set: (p, v) => this.#set(p, v),
      setText: (p, kind: TextKind, text) => {
        this.#raw.set(p, text);
        this.#set(p, parseText(kind, text));
      },
      text: (p) => this.#raw.get(p) ?? formatText(getPointer(this.#data, p)),
      touch: () => undefined,
      requestUpdate: () => this.requestUpdate(),
      rows: (p, op) => this.#set(p, applyRowOp(this.schema, getPointer(this.#data, p), op)),
      render: (schema, p, required) => renderField(ctx, schema, p, required),
    };
    return ctx;
  }

  protected override render(): TemplateResult {
    const value = this.#data[this.key];
    const ctx = this.#context();
    // Text controls are listened to where the fields are, as in the element (`textEvents`).
    const typing = textEvents(ctx);
    return html`<div class="form" lang=${toLang(this.lang)} @input=${typing.input} @change=${typing.left} @blur=${typing.left}>
      ${renderField(ctx, this.schema, this.#pointer, this.required)}
      <p class="hint">
        <span id="data-label">${toLang(this.lang) === 'en' ? 'Stored value:' : '保存的数据：'}</span>
        <output aria-labelledby="data-label" data-testid="value">${value === undefined ? '—' : JSON.stringify(value)}</output>
      </p>
    </div>`;
  }
}

if (!customElements.get('gf-field-story')) customElements.define('gf-field-story', GfFieldStory);

declare global {
  interface HTMLElementTagNameMap {
    'gf-field-story': GfFieldStory;
  }
}
