export interface FormioComponent {
  type: string;
  key: string;
  input?: boolean;
  multiple?: boolean;
  components?: FormioComponent[];
  conditional?: unknown;
  validate?: Record<string, unknown>;
}
export function toFormio(schema: object): { display: string; title: string; components: FormioComponent[] };
