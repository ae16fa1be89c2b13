// PLACEHOLDER: the auth-log work defines this section.
export interface AuthLogSection {
  events: unknown[];
}
