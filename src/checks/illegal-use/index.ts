import type { AnyCheck } from '../../core/check.ts';
import proxyOpenProxyExposed from './proxy-open-proxy-exposed/proxy-open-proxy-exposed.check.ts';
import proxyServiceRunning from './proxy-service-running/proxy-service-running.check.ts';
import proxyTunnelClientRunning from './proxy-tunnel-client-running/proxy-tunnel-client-running.check.ts';
import proxyVpnServerRunning from './proxy-vpn-server-running/proxy-vpn-server-running.check.ts';

export const illegalUseChecks: AnyCheck[] = [
  proxyServiceRunning,
  proxyOpenProxyExposed,
  proxyVpnServerRunning,
  proxyTunnelClientRunning,
];
