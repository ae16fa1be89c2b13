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

/** Addresses right after a personal label (within 24 characters, after : = " ' or spaces). */
export function findLabelledIps(text: string): Span[] {
  const out: Span[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m !== null; m = LABEL.exec(text)) {
    let i = m.index + m[0].length;
    const limit = Math.min(text.length, i + 24);
    while (i < limit && /[\s:=：'"[\]{},]/.test(text[i]!)) i++;
    let e = i;
    while (e < text.length && e - i < 40 && /[0-9A-Fa-f.:]/.test(text[e]!)) e++;
    while (e > i && text[e - 1] === ':') e--;
    if (e > i && isIp(text.slice(i, e))) {
      out.push({ start: i, end: e });
      LABEL.lastIndex = e;
    }
  }
  return out;
}
