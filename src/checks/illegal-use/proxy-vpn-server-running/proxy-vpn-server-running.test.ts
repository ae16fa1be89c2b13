import { checkTester } from '../../check-tester.ts';
import check from './proxy-vpn-server-running.check.ts';

checkTester(check, import.meta.dirname, {
  fail: {
    'fail-wireguard-hub': ['wireguardListening'],
    'fail-openvpn-enabled-at-rest': ['openvpnEnabled'],
    'fail-openvpn-tcp-running': ['openvpnListening'],
  },
});
