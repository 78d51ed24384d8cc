import { css } from 'lit';

/** “打印” and “下载Word版” under the submit bar, quieter than it. */
export const paperActionStyles = css`
  .paper-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-top: 0.75rem;
  }
  .paper-status {
    color: var(--_muted, #4b5563);
  }
`;
