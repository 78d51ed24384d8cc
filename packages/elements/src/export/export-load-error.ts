/**
 * The DOCX code could not be loaded (missing file, network, CSP) — as opposed to a document that
 * could not be made. The element says so in the applicant's language and lets them retry.
 *
 * @example
 * if (error instanceof ExportLoadError) status = `无法加载 Word 生成组件：${error.detail}`;
 */
export class ExportLoadError extends Error {
  /** What failed, with the URL when known. */
  readonly detail: string;
  constructor(detail: string) {
    super(`[guide-form] GF_EXPORT_LOAD: ${detail}`);
    this.name = 'ExportLoadError';
    this.detail = detail;
  }
}
