import { describe, expect, it } from 'vitest';
import { decide } from './decide.ts';
import { policyMatrix } from './matrix.ts';
import { REASON_CODES } from './reasons.ts';
import { cellOf, fixture, parse, RELATIONS } from './decide.matrix.harness.ts';
import { compileSnapshot } from './snapshot.ts';
import type { Action, ModelKey } from './types.ts';
import { ACTIONS, MODELS } from './types.ts';

/*
 * The whole policy matrix, worked out by hand from DESIGN.md §3 and docs/POLICY.md.
 *
 * Fixture (built here, independently of matrix.ts): root R; region A with department U (channel
 * C, not sensitive); regional hub HA under R covering A; region B with department O; global hub G
 * under R covering R; strategy version 1. One actor per relation × role × gates, holding a
 * single membership: own → U, anc → A, other → O, rhub → HA, ghub → G, admin → O plus admin flag.
 *
 * Each line: relation, then the roles lead | editor | contributor | member, each with four
 * cells for (trained, informed) = TI  T-  -I  --.
 * Cells: n = denied; y = allowed, no approval; peer = [trained_peers]; leads = [unit_leads];
 * hub = [hub]; hubed = [hub_editors]; reg = [regional_hub]; for view_calendar the scope:
 * all, ro = read_only, pao = published_and_own, po = published_only.
 */
const EXPECTED: Record<ModelKey, Record<Action, string>> = {
  holistic: {
    view_calendar: `
      own    | all all all all | all all all all | all all all all | all all all all
      anc    | all all all all | all all all all | all all all all | all all all all
      other  | all all all all | all all all all | all all all all | all all all all
      rhub   | all all all all | all all all all | all all all all | all all all all
      ghub   | all all all all | all all all all | all all all all | all all all all
      admin  | all all all all | all all all all | all all all all | all all all all`,
    draft: `
      own    | y y y y | y y y y | y y y y | y y y y
      anc    | y y y y | y y y y | y y y y | y y y y
      other  | y y y y | y y y y | y y y y | y y y y
      rhub   | y y y y | y y y y | y y y y | y y y y
      ghub   | y y y y | y y y y | y y y y | y y y y
      admin  | y y y y | y y y y | y y y y | y y y y`,
    publish: `
      own    | y n peer n | y n peer n | y n peer n | y n peer n
      anc    | y n peer n | y n peer n | y n peer n | y n peer n
      other  | y n peer n | y n peer n | y n peer n | y n peer n
      rhub   | y n peer n | y n peer n | y n peer n | y n peer n
      ghub   | y n peer n | y n peer n | y n peer n | y n peer n
      admin  | y n peer n | y n peer n | y n peer n | y n peer n`,
    approve: `
      own    | y n n n | y n n n | y n n n | y n n n
      anc    | y n n n | y n n n | y n n n | y n n n
      other  | y n n n | y n n n | y n n n | y n n n
      rhub   | y n n n | y n n n | y n n n | y n n n
      ghub   | y n n n | y n n n | y n n n | y n n n
      admin  | y n n n | y n n n | y n n n | y n n n`,
    manage_guidelines: `
      own    | n n n n | n n n n | n n n n | n n n n
      anc    | n n n n | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | n n n n | n n n n | n n n n | n n n n
      ghub   | n n n n | n n n n | n n n n | n n n n
      admin  | y y y y | y y y y | y y y y | y y y y`,
    manage_channels: `
      own    | n n n n | n n n n | n n n n | n n n n
      anc    | n n n n | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | n n n n | n n n n | n n n n | n n n n
      ghub   | n n n n | n n n n | n n n n | n n n n
      admin  | y y y y | y y y y | y y y y | y y y y`,
    pause_others: `
      own    | y y n n | y y n n | y y n n | y y n n
      anc    | y y n n | y y n n | y y n n | y y n n
      other  | y y n n | y y n n | y y n n | y y n n
      rhub   | y y n n | y y n n | y y n n | y y n n
      ghub   | y y n n | y y n n | y y n n | y y n n
      admin  | y y y y | y y y y | y y y y | y y y y`,
    reply_inbox: `
      own    | y n n n | y n n n | y n n n | y n n n
      anc    | y n n n | y n n n | y n n n | y n n n
      other  | y n n n | y n n n | y n n n | y n n n
      rhub   | y n n n | y n n n | y n n n | y n n n
      ghub   | y n n n | y n n n | y n n n | y n n n
      admin  | y n n n | y n n n | y n n n | y n n n`,
  },
  decentralized: {
    view_calendar: `
      own    | all all all all | all all all all | all all all all | all all all all
      anc    | all all all all | all all all all | all all all all | all all all all
      other  | ro ro ro ro | ro ro ro ro | ro ro ro ro | ro ro ro ro
      rhub   | ro ro ro ro | ro ro ro ro | ro ro ro ro | ro ro ro ro
      ghub   | ro ro ro ro | ro ro ro ro | ro ro ro ro | ro ro ro ro
      admin  | ro ro ro ro | ro ro ro ro | ro ro ro ro | ro ro ro ro`,
    draft: `
      own    | y y y y | y y y y | y y y y | n n n n
      anc    | y y y y | y y y y | y y y y | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | n n n n | n n n n | n n n n | n n n n
      ghub   | n n n n | n n n n | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    publish: `
      own    | y n y n | y n y n | leads n leads n | n n n n
      anc    | y n y n | y n y n | leads n leads n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | n n n n | n n n n | n n n n | n n n n
      ghub   | n n n n | n n n n | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    approve: `
      own    | y n n n | n n n n | n n n n | n n n n
      anc    | y n n n | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | n n n n | n n n n | n n n n | n n n n
      ghub   | n n n n | n n n n | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    manage_guidelines: `
      own    | y y y y | n n n n | n n n n | n n n n
      anc    | y y y y | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | n n n n | n n n n | n n n n | n n n n
      ghub   | n n n n | n n n n | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    manage_channels: `
      own    | y y y y | n n n n | n n n n | n n n n
      anc    | y y y y | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | n n n n | n n n n | n n n n | n n n n
      ghub   | n n n n | n n n n | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    pause_others: `
      own    | y y y y | n n n n | n n n n | n n n n
      anc    | y y y y | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | n n n n | n n n n | n n n n | n n n n
      ghub   | n n n n | n n n n | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    reply_inbox: `
      own    | y n y n | y n y n | y n y n | y n y n
      anc    | y n y n | y n y n | y n y n | y n y n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | n n n n | n n n n | n n n n | n n n n
      ghub   | n n n n | n n n n | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
  },
  coordinated: {
    view_calendar: `
      own    | all all all all | all all all all | all all all all | all all all all
      anc    | all all all all | all all all all | all all all all | all all all all
      other  | all all all all | all all all all | all all all all | all all all all
      rhub   | all all all all | all all all all | all all all all | all all all all
      ghub   | all all all all | all all all all | all all all all | all all all all
      admin  | all all all all | all all all all | all all all all | all all all all`,
    draft: `
      own    | y y y y | y y y y | y y y y | n n n n
      anc    | y y y y | y y y y | y y y y | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y y y y | y y y y | y y y y | n n n n
      ghub   | y y y y | y y y y | y y y y | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    publish: `
      own    | y n y n | y n y n | hub n hub n | n n n n
      anc    | y n y n | y n y n | hub n hub n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y n y n | y n y n | hub n hub n | n n n n
      ghub   | y n y n | y n y n | hub n hub n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    approve: `
      own    | n n n n | n n n n | n n n n | n n n n
      anc    | n n n n | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y n n n | y n n n | n n n n | n n n n
      ghub   | y n n n | y n n n | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    manage_guidelines: `
      own    | y y y y | n n n n | n n n n | n n n n
      anc    | y y y y | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y y y y | y y y y | n n n n | n n n n
      ghub   | y y y y | y y y y | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    manage_channels: `
      own    | y y y y | n n n n | n n n n | n n n n
      anc    | y y y y | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y y y y | y y y y | n n n n | n n n n
      ghub   | y y y y | y y y y | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    pause_others: `
      own    | n n n n | n n n n | n n n n | n n n n
      anc    | n n n n | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y y y y | y y y y | n n n n | n n n n
      ghub   | y y y y | y y y y | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    reply_inbox: `
      own    | y n y n | y n y n | y n y n | y n y n
      anc    | y n y n | y n y n | y n y n | y n y n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y n y n | y n y n | y n y n | n n n n
      ghub   | y n y n | y n y n | y n y n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
  },
  centralized: {
    view_calendar: `
      own    | pao pao pao pao | pao pao pao pao | pao pao pao pao | pao pao pao pao
      anc    | pao pao pao pao | pao pao pao pao | pao pao pao pao | pao pao pao pao
      other  | pao pao pao pao | pao pao pao pao | pao pao pao pao | pao pao pao pao
      rhub   | all all all all | all all all all | all all all all | all all all all
      ghub   | all all all all | all all all all | all all all all | all all all all
      admin  | pao pao pao pao | pao pao pao pao | pao pao pao pao | pao pao pao pao`,
    draft: `
      own    | y y y y | y y y y | y y y y | y y y y
      anc    | y y y y | y y y y | y y y y | y y y y
      other  | y y y y | y y y y | y y y y | y y y y
      rhub   | y y y y | y y y y | y y y y | y y y y
      ghub   | y y y y | y y y y | y y y y | y y y y
      admin  | y y y y | y y y y | y y y y | y y y y`,
    publish: `
      own    | hubed n hubed n | hubed n hubed n | hubed n hubed n | hubed n hubed n
      anc    | hubed n hubed n | hubed n hubed n | hubed n hubed n | hubed n hubed n
      other  | hubed n hubed n | hubed n hubed n | hubed n hubed n | hubed n hubed n
      rhub   | y n y n         | y n y n         | hubed n hubed n | hubed n hubed n
      ghub   | y n y n         | y n y n         | hubed n hubed n | hubed n hubed n
      admin  | hubed n hubed n | hubed n hubed n | hubed n hubed n | hubed n hubed n`,
    approve: `
      own    | n n n n | n n n n | n n n n | n n n n
      anc    | n n n n | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y n n n | y n n n | n n n n | n n n n
      ghub   | y n n n | y n n n | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    manage_guidelines: `
      own    | n n n n | n n n n | n n n n | n n n n
      anc    | n n n n | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y y y y | y y y y | n n n n | n n n n
      ghub   | y y y y | y y y y | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    manage_channels: `
      own    | n n n n | n n n n | n n n n | n n n n
      anc    | n n n n | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y y y y | y y y y | n n n n | n n n n
      ghub   | y y y y | y y y y | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    pause_others: `
      own    | n n n n | n n n n | n n n n | n n n n
      anc    | n n n n | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y y y y | y y y y | n n n n | n n n n
      ghub   | y y y y | y y y y | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    reply_inbox: `
      own    | n n n n | n n n n | n n n n | n n n n
      anc    | n n n n | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y n y n | y n y n | y n y n | n n n n
      ghub   | y n y n | y n y n | y n y n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
  },
  multi_coordinated: {
    view_calendar: `
      own    | all all all all | all all all all | all all all all | all all all all
      anc    | all all all all | all all all all | all all all all | all all all all
      other  | po po po po | po po po po | po po po po | po po po po
      rhub   | all all all all | all all all all | all all all all | all all all all
      ghub   | all all all all | all all all all | all all all all | all all all all
      admin  | po po po po | po po po po | po po po po | po po po po`,
    draft: `
      own    | y y y y | y y y y | y y y y | n n n n
      anc    | y y y y | y y y y | y y y y | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y y y y | y y y y | y y y y | n n n n
      ghub   | y y y y | y y y y | y y y y | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    publish: `
      own    | reg n reg n | reg n reg n | reg n reg n | n n n n
      anc    | reg n reg n | reg n reg n | reg n reg n | n n n n
      other  | n n n n     | n n n n     | n n n n     | n n n n
      rhub   | y n y n     | y n y n     | reg n reg n | n n n n
      ghub   | y n y n     | y n y n     | reg n reg n | n n n n
      admin  | n n n n     | n n n n     | n n n n     | n n n n`,
    approve: `
      own    | n n n n | n n n n | n n n n | n n n n
      anc    | n n n n | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y n n n | y n n n | n n n n | n n n n
      ghub   | y n n n | y n n n | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    manage_guidelines: `
      own    | n n n n | n n n n | n n n n | n n n n
      anc    | n n n n | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y y y y | y y y y | n n n n | n n n n
      ghub   | y y y y | y y y y | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    manage_channels: `
      own    | y y y y | n n n n | n n n n | n n n n
      anc    | y y y y | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y y y y | y y y y | n n n n | n n n n
      ghub   | y y y y | y y y y | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    pause_others: `
      own    | n n n n | n n n n | n n n n | n n n n
      anc    | n n n n | n n n n | n n n n | n n n n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y y y y | y y y y | n n n n | n n n n
      ghub   | y y y y | y y y y | n n n n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
    reply_inbox: `
      own    | y n y n | y n y n | y n y n | y n y n
      anc    | y n y n | y n y n | y n y n | y n y n
      other  | n n n n | n n n n | n n n n | n n n n
      rhub   | y n y n | y n y n | y n y n | n n n n
      ghub   | y n y n | y n y n | y n y n | n n n n
      admin  | n n n n | n n n n | n n n n | n n n n`,
  },
};

describe('policy matrix (exhaustive, expectations written out by hand)', () => {
  let checked = 0;
  for (const model of MODELS) {
    describe(model, () => {
      const snapshot = compileSnapshot(fixture(model));
      const matrix = policyMatrix(model);
      for (const action of ACTIONS) {
        it(action, () => {
          const cases = parse(EXPECTED[model][action]);
          expect(cases).toHaveLength(6 * 4 * 4);
          for (const c of cases) {
            const id = `${c.rel}/${c.role}/${c.trained}/${c.informed}`;
            const label = `${model} ${action} ${id} expected ${c.cell}`;
            const d = decide(snapshot, id, action, { channelId: 'C' });
            expect.soft(cellOf(d, action), label).toBe(c.cell);
            expect.soft(d.reasons.length, `${label}: reasons`).toBeGreaterThan(0);
            for (const r of d.reasons) expect.soft(REASON_CODES, label).toContain(r.code);
            // matrix.ts must print the same answer for the same row.
            const row = matrix.find(
              (r) =>
                r.action === action &&
                r.relation === RELATIONS[c.rel].matrix &&
                r.role === c.role &&
                r.trained === c.trained &&
                r.informed === c.informed,
            );
            const rowCell = row && cellOf({ ...row, scope: d.scope }, action);
            expect.soft(rowCell, `matrix.ts: ${label}`).toBe(c.cell);
            checked++;
          }
        });
      }
    });
  }
  it('checked every row: 5 models × 8 actions × 6 relations × 4 roles × 4 gate combinations', () => {
    expect(checked).toBe(5 * 8 * 6 * 4 * 4);
  });
});
