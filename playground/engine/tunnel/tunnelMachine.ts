import { deleteRequest } from '../ike/ikeV2Informational';
import { deleteV1 } from '../ike/ikeV1Informational';
import { awsReceivesV2 } from './awsV2Responder';
import { deviceChildRequest, deviceReceivesV2 } from './deviceV2Peer';
import { receiveV1, v1MessageId } from './ikeV1Peers';
import { Draft } from './machineDraft';
import { onTimer } from './awsTimers';
import { DPD_IDLE_MS, awsInitiate, deviceInitiate, scheduleRetry, wipeAws, wipeCgw } from './saLifecycle';
import type { DeviceCommand, Transition, TunnelContext, TunnelInput, TunnelMachineState } from './tunnelTypes';

/**
 * One tunnel as a pure transition: (state, input) → { next, effects } (PRACTICES #2). The
 * engine executes the effects (delivers messages over the simulated path, arms timers, records
 * notes); this function never reads the clock or a global generator.
 */
export function stepTunnel(state: TunnelMachineState, ctx: TunnelContext, input: TunnelInput): Transition {
  const d = new Draft(state, ctx);
  switch (input.type) {
    case 'start':
      // R87: with Start AWS opens the negotiation; with Add it waits for the device (R104).
      if (ctx.aws.startupAction === 'start') awsInitiate(d);
      if (ctx.cgw?.initiates) deviceInitiate(d);
      else if (ctx.aws.startupAction === 'add') d.note({ type: 'hint', rule: 'R104', text: 'Startup action is add and the device does not initiate: the tunnel waits for the customer gateway.' });
      break;
    case 'deliver': {
      const to = input.msg.from === 'aws' ? 'cgw' : 'aws';
      if (to === 'aws') heardFromPeer(d);
      else deviceHeardAws(d);
      if (input.msg.version === 'ikev1') receiveV1(d, to, input.msg);
      else if (to === 'aws') {
        if (!ctx.aws.peer.ikeVersions.includes('ikev2')) d.note({ type: 'messageIgnored', side: 'aws', reason: 'ikev2 is not in the tunnel IKE versions (R55)' });
        else awsReceivesV2(d, input.msg);
      } else deviceReceivesV2(d, input.msg);
      break;
    }
    case 'timer':
      onTimer(d, input.name);
      break;
    case 'peerSilent':
      if (!d.s.dpd.dataSilent) {
        d.s.dpd.dataSilent = true;
        d.s.dpd.lastHeard = d.now;
        d.s.dpd.probes = 0;
        if (d.s.aws.ike) d.arm('aws:dpd', d.now + DPD_IDLE_MS);
      }
      break;
    case 'peerHeard':
      d.s.dpd.dataSilent = false;
      d.s.dpd.probes = 0;
      d.s.dpd.lastHeard = d.now;
      d.cancel('aws:dpd');
      break;
    case 'awsSilent':
      d.s.cgwDpd = { silent: true, probes: 0 };
      if (d.s.cgw.ike && ctx.cgw?.dpdEnabled) d.arm('cgw:dpd', d.now + ctx.cgw.dpdIntervalMs);
      break;
    case 'awsHeard':
      d.s.cgwDpd = { silent: false, probes: 0 };
      d.cancel('cgw:dpd');
      break;
    case 'deviceDown':
      wipeCgw(d);
      break;
    case 'deviceUp':
      if (ctx.cgw?.initiates) deviceInitiate(d);
      break;
    case 'endpointDown':
      // Endpoint replacement: the AWS side loses its SAs at once; the device notices and starts again.
      wipeAws(d, input.reason);
      wipeCgw(d);
      break;
    case 'deviceCommand':
      deviceCommand(d, input.command);
      break;
  }
  return d.finish();
}

function heardFromPeer(d: Draft): void {
  d.s.dpd.lastHeard = d.now;
  d.s.dpd.probes = 0;
  if (d.s.dpd.dataSilent && d.s.aws.ike) d.arm('aws:dpd', d.now + DPD_IDLE_MS);
}

/** Any message from AWS answers the device's DPD; while ESP stays silent it keeps probing. */
function deviceHeardAws(d: Draft): void {
  d.s.cgwDpd.probes = 0;
  if (d.s.cgwDpd.silent && d.s.cgw.ike && d.ctx.cgw?.dpdEnabled) d.arm('cgw:dpd', d.now + d.ctx.cgw.dpdIntervalMs);
}

function deviceCommand(d: Draft, command: DeviceCommand): void {
  const dev = d.ctx.cgw;
  const cgw = d.s.cgw;
  if (!dev) return;
  if (command === 'initiate') {
    wipeCgw(d);
    return deviceInitiate(d);
  }
  if (command === 'rekeyChild') return deviceChildRequest(d, true);
  if (!cgw.ike) return;
  const v1 = cgw.ike.version === 'ikev1';
  if (command === 'deleteChild' && cgw.child) {
    const spi = cgw.child.spi;
    d.send(v1 ? deleteV1('cgw', v1MessageId(d), 'child', spi) : deleteRequest('cgw', d.nextId('cgw'), 'child', spi));
    cgw.child = null;
    scheduleRetry(d, 'cgw');
    return;
  }
  if (command === 'deleteIke') {
    const spi = cgw.ike.spi;
    d.send(v1 ? deleteV1('cgw', v1MessageId(d), 'ike', spi) : deleteRequest('cgw', d.nextId('cgw'), 'ike', spi));
    wipeCgw(d);
    scheduleRetry(d, 'cgw');
  }
}

export { initialTunnelState } from './machineDraft';
export { wipeAws };
