// PLACEHOLDER: the rootkit work defines this section.
export interface RootkitSection {
  signs: unknown[];
}
