export interface SocketInfo {
  proto: 'tcp' | 'tcp6' | 'udp' | 'udp6';
  /** Dotted IPv4, or RFC 5952 IPv6 ("::", "::1", "::ffff:10.0.0.2" for IPv4-mapped). */
  localAddress: string;
  localPort: number;
  remoteAddress: string;
  remotePort: number;
  /** TCP state name (LISTEN, ESTABLISHED, …); UDP sockets bound but unconnected read "UNCONN". */
  state: string;
  /** 0 for sockets no process holds any more (TIME_WAIT). */
  inode: number;
  uid: number;
  /** The process holding the socket (the lowest pid when several share it); null when unknown. */
  pid: number | null;
  /** That process's comm name. */
  process: string | null;
}

export interface SocketsSection {
  /** Sorted by proto, local port, local address, remote endpoint, inode. */
  sockets: SocketInfo[];
}
