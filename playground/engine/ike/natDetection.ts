/**
 * NAT detection (RFC 7296 §2.23 / RFC 3947): each side sends a hash of the addresses it believes
 * it uses; the receiver compares with the addresses it actually sees. A mismatch means NAT sits
 * between them, and from the next message on IKE moves to UDP 4500 with ESP in UDP (NAT-T).
 */
export function natHash(sourceIp: string, destinationIp: string): string {
  return `${sourceIp}>${destinationIp}`;
}

export function natDetected(receivedHash: string, seenSourceIp: string, seenDestinationIp: string): boolean {
  return receivedHash !== natHash(seenSourceIp, seenDestinationIp);
}
