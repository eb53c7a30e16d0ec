#!/usr/bin/env node
// Runs the TypeScript CLI directly: Mooring ships its sources and runs them through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
