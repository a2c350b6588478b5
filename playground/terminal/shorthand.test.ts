import { describe, expect, it } from 'vitest';
import { parseParamValue } from './shorthand';
import { coerceStructure } from './aws/coerceFields';

describe('AWS CLI shorthand and JSON parameter values (R49 tunnel options)', () => {
  it('R49: Key=Value pairs become an object', () => {
    expect(parseParamValue('DPDTimeoutSeconds=40,StartupAction=start')).toEqual({ ok: true, value: { DPDTimeoutSeconds: '40', StartupAction: 'start' } });
  });

  it('R49: Key=[a,b] becomes a list and Key=[{Value=x}] keeps the API form', () => {
    const r = parseParamValue('Phase1EncryptionAlgorithms=[AES128,AES256],Phase1DHGroupNumbers=[{Value=14},{Value=20}]');
    expect(r).toEqual({ ok: true, value: { Phase1EncryptionAlgorithms: ['AES128', 'AES256'], Phase1DHGroupNumbers: [{ Value: '14' }, { Value: '20' }] } });
  });

  it('R49: Key=a,b without brackets continues the list until the next Key=', () => {
    expect(parseParamValue('IKEVersions=ikev1,ikev2,StartupAction=add')).toEqual({ ok: true, value: { IKEVersions: ['ikev1', 'ikev2'], StartupAction: 'add' } });
  });

  it('R49: nested structures Key={A=1,B=x}', () => {
    expect(parseParamValue('LogOptions={CloudWatchLogOptions={LogEnabled=true,LogOutputFormat=text}}')).toEqual({
      ok: true, value: { LogOptions: { CloudWatchLogOptions: { LogEnabled: 'true', LogOutputFormat: 'text' } } },
    });
  });

  it('R49: JSON is taken as JSON', () => {
    expect(parseParamValue('{"DPDTimeoutSeconds": 45, "IKEVersions": [{"Value": "ikev2"}]}')).toEqual({ ok: true, value: { DPDTimeoutSeconds: 45, IKEVersions: [{ Value: 'ikev2' }] } });
  });

  it('R49: broken JSON is an error that quotes what was received', () => {
    const r = parseParamValue('{"DPDTimeoutSeconds": }');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('Invalid JSON');
  });

  it('R49: shorthand numbers and booleans are converted by member name, describe spellings renamed', () => {
    const v = parseParamValue('DpdTimeoutSeconds=40,Phase2DHGroupNumbers=[{Value=14}],EnableTunnelLifecycleControl=true');
    expect(v.ok && coerceStructure(v.value)).toEqual({ DPDTimeoutSeconds: 40, Phase2DHGroupNumbers: [{ Value: 14 }], EnableTunnelLifecycleControl: true });
  });
});
