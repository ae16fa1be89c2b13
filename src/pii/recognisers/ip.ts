/**
 * IP addresses are personal information only in a personal context: a label such as 用户IP, 登录IP,
 * login ip, client_ip, remote_addr, x-forwarded-for right before the address. A bare address in a
 * config file or an access log line of a server is not reported by this recogniser.
 */
import type { Span } from './email.ts';

const LABEL =
  /(?:用户|登录|客户端|访问|来源|注册)\s*ip|(?:login|client|user|remote|source|src|visitor|real|register)[ _-]?(?:ip|addr(?:ess)?)|x-forwarded-for|x-real-ip/gi;

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^(?=.*:.*:)[0-9A-Fa-f:]{2,39}$/;

export function isIp(value: string): boolean {
  const v = value.trim();
  if (IPV4.test(v)) return v !== '0.0.0.0' && v !== '255.255.255.255';
  return IPV6.test(v) && v !== '::' && v !== '::1';
}

const LABEL_AT_END = new RegExp(`(?:${LABEL.source})[\\s:=：'"[\\]{},]{0,6}$`, 'i');

/** Is there a personal IP label right before `start`? */
export function ipLabelBefore(text: string, start: number): boolean {
  return LABEL_AT_END.test(text.slice(Math.max(0, start - 40), start));
}

/** The IPv4 address starting at `start` (digits and dots), if valid: its end offset, else -1. */
export function ipv4At(text: string, start: number): number {
  let e = start;
  const limit = Math.min(text.length, start + 15);
  while (e < limit) {
    const c = text.charCodeAt(e);
    if (c !== 46 && (c < 48 || c > 57)) break;
    e++;
  }
  if (e < text.length) {
    const c = text.charCodeAt(e);
    if (c === 46 || (c >= 48 && c <= 57)) return -1;
  }
  return IPV4.test(text.slice(start, e)) ? e : -1;
}

/**
 * Addresses right after a personal label (within 24 characters, after : = " ' or spaces). The full-text
 * scan calls this only for IPv6 (`v6Only`, and only when the text has a '::'); it finds IPv4 addresses
 * from their digits and asks `ipLabelBefore`.
 */
export function findLabelledIps(text: string, v6Only = false): Span[] {
  const out: Span[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m !== null; m = LABEL.exec(text)) {
    let i = m.index + m[0].length;
    const limit = Math.min(text.length, i + 24);
    while (i < limit && /[\s:=：'"[\]{},]/.test(text[i]!)) i++;
    let e = i;
    while (e < text.length && e - i < 40 && /[0-9A-Fa-f.:]/.test(text[e]!)) e++;
    while (e > i && text[e - 1] === ':') e--;
    const value = text.slice(i, e);
    if (e > i && isIp(value) && !(v6Only && IPV4.test(value))) {
      out.push({ start: i, end: e });
      LABEL.lastIndex = e;
    }
  }
  return out;
}
