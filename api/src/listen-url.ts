import type { AddressInfo } from 'node:net';

/** The address a listening server is reached at (localhost when it listens on every interface). */
export function urlOf(address: Pick<AddressInfo, 'address' | 'port'>): string {
  const host = !address.address || address.address === '0.0.0.0' || address.address === '::' ? 'localhost' : address.address;
  return `http://${host}:${address.port}`;
}
