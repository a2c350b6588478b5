import { describe, expect, it } from 'vitest';
import { createRng } from '../core/seededRandom';
import { preSharedKeyProblem, insideCidrProblem, insideIpv6CidrProblem } from './tunnelOptionsSchema';
import { generateInsideCidr, resolveTunnelOptions } from './resolveTunnelOptions';
import { PHASE1_DH_GROUPS, PHASE2_DH_GROUPS } from './optionValues';

describe('resolveTunnelOptions', () => {
  const r = resolveTunnelOptions(undefined, { rng: createRng(7) });

  it('R50, R52, R75, R76, R82, R83, R86, R87, R88: scalar defaults', () => {
    expect(r).toMatchObject({
      DPDTimeoutSeconds: 40,
      DPDTimeoutAction: 'clear',
      Phase1LifetimeSeconds: 28800,
      Phase2LifetimeSeconds: 3600,
      RekeyFuzzPercentage: 100,
      RekeyMarginTimeSeconds: 270,
      ReplayWindowSize: 1024,
      StartupAction: 'add',
      EnableTunnelLifecycleControl: false,
    });
  });

  it('R55, R68–R73: list defaults are all allowed values', () => {
    expect(r.IKEVersions).toEqual(['ikev1', 'ikev2']);
    expect(r.Phase1DHGroupNumbers).toEqual([...PHASE1_DH_GROUPS]);
    expect(r.Phase2DHGroupNumbers).toEqual([...PHASE2_DH_GROUPS]);
    expect(r.Phase1EncryptionAlgorithms).toHaveLength(4);
    expect(r.Phase2IntegrityAlgorithms).toHaveLength(4);
  });

  it('R54: logging is off by default with json as format', () => {
    expect(r.LogOptions.CloudWatchLogOptions).toEqual({ LogEnabled: false, LogOutputFormat: 'json' });
  });

  it('R80: the generated PSK has 32 alphanumeric characters and passes R79', () => {
    expect(r.PreSharedKey).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(preSharedKeyProblem(r.PreSharedKey)).toBeNull();
  });

  it('R56, R60: the generated inside CIDR is a valid, non-reserved /30', () => {
    expect(insideCidrProblem(r.TunnelInsideCidr)).toBeNull();
    expect(r.TunnelInsideIpv6Cidr).toBeUndefined();
  });

  it('R60: AWS never picks a /30 already used on the VGW', () => {
    const always0 = { next: () => 0 }; // would pick 169.254.0.0/30 first, which is reserved
    const used = new Set(['169.254.0.4/30', '169.254.0.8/30']);
    expect(generateInsideCidr(always0, used)).toBe('169.254.0.12/30');
  });

  it('R62, R202: IPv6 connections get an inside /126 from fd00::/8 as well as a /30', () => {
    const v6 = resolveTunnelOptions({}, { rng: createRng(3), insideIpVersion: 'ipv6' });
    expect(insideIpv6CidrProblem(v6.TunnelInsideIpv6Cidr ?? '')).toBeNull();
    expect(insideCidrProblem(v6.TunnelInsideCidr)).toBeNull();
  });

  it('same seed, same generated values', () => {
    expect(resolveTunnelOptions({}, { rng: createRng(11) })).toEqual(resolveTunnelOptions({}, { rng: createRng(11) }));
  });

  it('R89: lists keep the AWS order whatever order was written', () => {
    const x = resolveTunnelOptions({ Phase1DHGroupNumbers: [24, 2, 14] }, { rng: createRng(1) });
    expect(x.Phase1DHGroupNumbers).toEqual([2, 14, 24]);
  });

  it('given values win over defaults', () => {
    const x = resolveTunnelOptions(
      { PreSharedKey: 'given.key_1', TunnelInsideCidr: '169.254.44.232/30', DPDTimeoutSeconds: 30 },
      { rng: createRng(1) },
    );
    expect(x).toMatchObject({
      PreSharedKey: 'given.key_1',
      TunnelInsideCidr: '169.254.44.232/30',
      DPDTimeoutSeconds: 30,
    });
  });
});
