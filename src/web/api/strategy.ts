import { acknowledgementSchema, strategyOverview } from '../../contracts/strategy.ts';
import { request } from './client.ts';

export function getStrategy() {
  return request(strategyOverview, 'GET', '/strategy');
}

export function acknowledgeStrategy(version: number) {
  return request(acknowledgementSchema, 'POST', '/strategy/acknowledge', { body: { version } });
}
