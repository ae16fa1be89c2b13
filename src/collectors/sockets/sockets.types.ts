export interface SocketInfo {
  proto: 'tcp' | 'tcp6' | 'udp' | 'udp6';
  localAddress: string;
  localPort: number;
  remoteAddress: string;
  remotePort: number;
  /** TCP state name (LISTEN, ESTABLISHED, …); UDP sockets bound but unconnected read "UNCONN". */
  state: string;
  inode: number;
  uid: number;
  pid: number | null;
  process: string | null;
}

export interface SocketsSection {
  sockets: SocketInfo[];
}
