import type { FormDefinition, Lang, Verdict } from '@guide-forms/core';
import { nothing, type TemplateResult } from 'lit';
import { ExportLoadError } from '../export/export-load-error.js';
import type { PaperActionState } from '../export/paper-actions.js';
import { paperPart } from '../lazy/parts.js';

/** The element as the paper actions reach it. */
export interface PaperHost {
  readonly category: string;
  readonly value: Record<string, unknown>;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

/** What the loaded form offers the paper actions. */
export interface PaperForm {
  form: FormDefinition | null;
  verdict: Verdict | null;
  lang: Lang;
}

/**
 * “打印” and “下载Word版” under the submit bar: their code is a chunk of its own, fetched while the
 * form's chunk is (a page that never shows a form never fetches it), the DOCX code on the first click.
 */
export class PaperControl {
  readonly #host: PaperHost;
  readonly #form: PaperForm;
  #state: PaperActionState = { kind: 'idle' };

  constructor(host: PaperHost, form: PaperForm) {
    this.#host = host;
    this.#form = form;
  }

  /**
   * Starts fetching the buttons' chunk alongside the form's (the element calls it when a form
   * starts loading): it is here by the form's first render, which then draws the buttons in the
   * same pass — no second render of the whole form, and `updateComplete` has nothing more to wait for.
   */
  prefetch(): void {
    if (!paperPart.loaded && !paperPart.error) paperPart.load().catch(() => {});
  }

  /** The buttons, once their chunk is here (nothing before: they sit below the form). */
  render(disabled: boolean): TemplateResult | typeof nothing {
    const paper = paperPart.use(() => this.#host.requestUpdate());
    if (!paper) return nothing;
    return paper.paperActions(
      this.#form.lang,
      this.#state,
      disabled,
      () => window.print(),
      () => void this.#download(),
    );
  }

  /** The filled form as the Word attachment; see `GuideForm#exportDocx`. */
  async exportDocx(): Promise<Blob> {
    await this.#host.updateComplete;
    const { form, verdict, lang } = this.#form;
    if (!form || !verdict)
      throw new Error(`[guide-form] GF_NOT_LOADED: <guide-form category="${this.#host.category}"> has no form to export yet`);
    const paper = await paperPart.load().catch((error: Error) => {
      throw new ExportLoadError(error.message);
    });
    return paper.docxBlob(form, this.#host.value, verdict, lang);
  }

  async #download(): Promise<void> {
    this.#state = { kind: 'busy' };
    this.#host.requestUpdate();
    try {
      const blob = await this.exportDocx();
      const paper = await paperPart.load();
      paper.saveBlob(blob, paper.docxFileName(this.#form.form as FormDefinition, this.#host.value));
      this.#state = { kind: 'idle' };
    } catch (error) {
      this.#state =
        error instanceof ExportLoadError
          ? { kind: 'unloaded', message: error.detail }
          : { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    this.#host.requestUpdate();
  }
}
