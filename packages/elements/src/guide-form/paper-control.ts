import type { FormDefinition, Lang, Verdict } from '@guide-forms/core';
import type { TemplateResult } from 'lit';
import { docxBlob, docxFileName, saveBlob } from '../export/docx-file.js';
import { ExportLoadError } from '../export/export-load-error.js';
import { type PaperActionState, paperActions } from '../export/paper-actions.js';

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
 * “打印” and “下载Word版” under the submit bar, drawn with the form (every page showing a form
 * shows them); the DOCX code is a chunk of its own, fetched on the first click.
 */
export class PaperControl {
  readonly #host: PaperHost;
  readonly #form: PaperForm;
  #state: PaperActionState = { kind: 'idle' };

  constructor(host: PaperHost, form: PaperForm) {
    this.#host = host;
    this.#form = form;
  }

  /** The buttons and the state of the last 下载Word版. */
  render(disabled: boolean): TemplateResult {
    return paperActions(
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
    return docxBlob(form, this.#host.value, verdict, lang);
  }

  async #download(): Promise<void> {
    // The button stays focusable while busy (aria-disabled): a second press waits for the first.
    if (this.#state.kind === 'busy') return;
    this.#state = { kind: 'busy' };
    this.#host.requestUpdate();
    try {
      const blob = await this.exportDocx();
      const name = docxFileName(this.#form.form as FormDefinition, this.#host.value);
      saveBlob(blob, name);
      this.#state = { kind: 'done', message: name };
    } catch (error) {
      this.#state =
        error instanceof ExportLoadError
          ? { kind: 'unloaded', message: error.detail }
          : { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    this.#host.requestUpdate();
  }
}
