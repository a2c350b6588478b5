import type { Rng } from '../core/seededRandom';

/** R16, R17: EC2 identifiers are a prefix and 17 hex digits from the seeded generator. */
export type IdPrefix = 'vpn' | 'cgw' | 'vgw' | 'tgw' | 'tgw-attach';

export class IdFactory {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}

  reserve(id: string): void {
    this.used.add(id);
  }

  next(prefix: IdPrefix): string {
    for (;;) {
      const id = `${prefix}-${this.rng.hex(17)}`;
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}

/**
 * R4: each tunnel gets its own AWS-side outside IP. Public endpoints come from an
 * internet-routable pool, accelerated ones from a separate pool (R144), private IP VPN
 * endpoints from the transit gateway's CIDR block (R146).
 */
export class OutsideIpPool {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}

  reserve(ip: string): void {
    this.used.add(ip);
  }

  allocate(kind: 'public' | 'accelerated' | 'private', privateBase?: string): string {
    for (let i = 0; ; i++) {
      let ip: string;
      if (kind === 'private') {
        const [a = '10', b = '0'] = (privateBase ?? '10.0.0.0/16').split('.');
        ip = `${a}.${b}.${this.rng.int(0, 255)}.${this.rng.int(4, 250)}`;
      } else if (kind === 'accelerated') ip = `${this.rng.int(0, 1) === 0 ? '13.248' : '76.223'}.${this.rng.int(0, 255)}.${this.rng.int(1, 254)}`;
      else ip = `${[3, 18, 34, 35, 52, 54][this.rng.int(0, 5)]}.${this.rng.int(0, 255)}.${this.rng.int(0, 255)}.${this.rng.int(1, 254)}`;
      if (!this.used.has(ip) || i > 1000) {
        this.used.add(ip);
        return ip;
      }
    }
  }
}
