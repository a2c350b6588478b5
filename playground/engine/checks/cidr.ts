/** IPv4 containment for `inCidr` (private IP VPN outside addresses come from the TGW CIDR block, R228). */
function ipv4ToInt(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = n * 256 + Number(p);
  }
  return n;
}

export function containsIp(cidr: string, ip: string): boolean {
  const [base, lenText] = cidr.split('/');
  const b = base === undefined ? undefined : ipv4ToInt(base);
  const a = ipv4ToInt(ip);
  const len = Number(lenText);
  if (b === undefined || a === undefined || !Number.isInteger(len) || len < 0 || len > 32) return false;
  const size = 2 ** (32 - len);
  return Math.floor(a / size) === Math.floor(b / size);
}
