import type { z } from 'zod';
import type { deliveriesQuery } from '../../contracts/deliveries.ts';
import { deliveryPage } from '../../contracts/deliveries.ts';
import { request } from './client.ts';

/** Deliveries the member sees, latest due first, with counts per status over all of them. */
export function listDeliveries(query: Partial<z.output<typeof deliveriesQuery>> = {}) {
  return request(deliveryPage, 'GET', '/deliveries', { query });
}
