/**
 * `--filters Name=x,Values=a,b` and `--<resource>-ids` over describe-* lists. A filter name like
 * `vpn-gateway-id` matches the member `VpnGatewayId`; `tag:Key` matches a tag.
 */
const camel = (name: string): string => name.split('-').map((w) => (w === 'id' ? 'Id' : w === 'ip' ? 'Ip' : w === 'asn' ? 'Asn' : w[0]?.toUpperCase() + w.slice(1))).join('');

export interface Filter {
  readonly Name: string;
  readonly Values: readonly string[];
}

export function asFilters(v: unknown): Filter[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((f): f is Record<string, unknown> => typeof f === 'object' && f !== null)
    .map((f) => ({ Name: String(f['Name'] ?? ''), Values: (Array.isArray(f['Values']) ? f['Values'] : [f['Values']]).map(String) }));
}

function valuesOf(item: Record<string, unknown>, name: string): string[] {
  if (name.startsWith('tag:')) {
    const key = name.slice(4);
    const tags = Array.isArray(item['Tags']) ? (item['Tags'] as { Key?: string; Value?: string }[]) : [];
    return tags.filter((t) => t.Key === key).map((t) => String(t.Value ?? ''));
  }
  const member = camel(name);
  const direct = item[member];
  if (direct !== undefined && typeof direct !== 'object') return [String(direct)];
  // e.g. `attachment.vpc-id` on VpcAttachments[].VpcId
  const [head, tail] = name.split('.');
  if (tail && head) {
    const list = Object.values(item).find((v) => Array.isArray(v) && camel(head).length > 0);
    if (Array.isArray(list)) return list.map((x) => String((x as Record<string, unknown>)[camel(tail)] ?? ''));
  }
  return [];
}

export function applyFilters<T>(items: readonly T[], filters: readonly Filter[]): T[] {
  return items.filter((item) => filters.every((f) => valuesOf(item as Record<string, unknown>, f.Name).some((v) => f.Values.includes(v))));
}
