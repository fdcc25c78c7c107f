// The emulator's own tables that follow the spec's vocabulary cover exactly what the spec lists.
import { PARAMETERS } from '@clicky-sdk/core';
import { describe, expect, it } from 'vitest';
import { ACTION_TYPE_KINDS } from '../src/filters.ts';
import { DEFAULT_OUTPUT, VISITOR_DETAILS } from '../src/spec-params.ts';

const valuesOf = (name: string): readonly string[] | undefined => PARAMETERS.find((p) => p.name === name)?.values;

describe('spec vocabulary', () => {
  it('action_type: every value the spec lists maps to the actions it covers, and no other', () => {
    expect([...ACTION_TYPE_KINDS.keys()].sort()).toEqual([...(valuesOf('action_type') ?? [])].sort());
  });

  it('reads visitor-details and the default output from the spec', () => {
    expect([...VISITOR_DETAILS]).toEqual(valuesOf('visitor-details'));
    expect(VISITOR_DETAILS.has('ip_address')).toBe(true);
    expect(DEFAULT_OUTPUT).toBe('xml');
  });
});
