// The generated field tables tell the decoders what each wire string becomes.

import { DATA_TYPE_NAMES, DATA_TYPES } from '@clicky-sdk/core';
import { describe, expect, it } from 'vitest';
import { SHAPES, TYPE_SHAPES } from '../src/index.ts';
import { isTally } from '../src/typing/shapes.ts';

describe('field tables', () => {
  it('give visitors-list fields their decoded kinds', () => {
    const fields = SHAPES.VisitorsListItem?.fields ?? {};
    expect(fields.time).toBe('integer');
    expect(fields.latitude).toBe('number');
    expect(fields.javascript).toBe('boolean');
    expect(fields.ip_address).toBe('string');
    expect(fields.first_visit).toEqual({ object: 'FirstVisit' });
    expect(fields.custom).toBe('string-map');
    expect(SHAPES.VisitorGoals?.fields.completed).toEqual({ list: 'goal' });
    // The reference's spellings are read as the fields clients read (quirk goals-hierarchy).
    expect(SHAPES.VisitorGoals?.wireNames).toEqual({ goals_completed: 'completed', goals_incompleted: 'incompleted' });
    expect(SHAPES.FirstVisit?.required).toEqual(['time', 'session_id']);
  });

  it('map every data type of core to a shape that exists', () => {
    for (const name of DATA_TYPE_NAMES) {
      expect(TYPE_SHAPES[name], name).toBe(DATA_TYPES[name].item);
      expect(Object.keys(SHAPES), name).toContain(TYPE_SHAPES[name]);
    }
    expect(TYPE_SHAPES.summary).toBe('SegmentSummaryItem');
    expect(isTally('bounce-rate')).toBe(true);
    expect(isTally('pages')).toBe(false);
    expect(isTally('__proto__')).toBe(false);
  });
});
