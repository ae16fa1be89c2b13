// PLACEHOLDER: the proxy-service work defines this section.
export interface ProxiesSection {
  services: unknown[];
}
