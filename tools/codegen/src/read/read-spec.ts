// Reads the parsed spec document, checks it, and builds the SpecModel the emitters share. One reader per
// section of the spec; every problem is reported with the spec path it sits at, all of them at once.
import { isRecord } from '../../../../packages/core/src/guards.ts';
import { PARAM_ROLES } from '../../../../packages/core/src/param-roles.ts';
import { segmentNames } from '../../../../packages/core/src/table-rows.ts';
import type { DataTypeModel, ParamModel, PlanModel, SpecModel } from '../model.ts';
import { fail, newContext, OPERATION_PATH, type ReadContext, SpecError } from './context.ts';
import { readDataTypes } from './data-types.ts';
import { ENUM_SOURCES, resolveEnums } from './enums.ts';
import { readLimits } from './limits.ts';
import { readParams } from './params.ts';
import { readPlans } from './plans.ts';
import { readQuirks } from './quirks.ts';
import { checkRefs } from './refs.ts';
import { readSegments } from './segments.ts';
import { readShapes } from './shapes.ts';

/** Validates `doc` (the parsed YAML of `file`) and returns the model, or throws SpecError listing every problem. */
export function readSpec(doc: unknown, file: string): SpecModel {
  if (!isRecord(doc)) throw new SpecError(file, ['(root): expected a mapping']);
  const ctx = newContext(doc, file);
  if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.1')) fail(ctx, 'openapi', 'must be 3.1.x');
  if (!isRecord(doc.components) || !isRecord(doc.components.schemas)) fail(ctx, 'components.schemas', 'missing');
  checkRefs(ctx);

  const dataTypes = readDataTypes(ctx);
  checkGroupedByCategory(ctx, dataTypes);
  const segments = readSegments(ctx, dataTypes);
  const segmentList = segmentNames<string>(
    Object.fromEntries(dataTypes.map((t) => [t.name, t])),
    segments.map((s) => s.name).join(' '),
  );
  const document = resolveEnums(ctx, dataTypes, segmentList);
  const shapes = readShapes(ctx, [...dataTypes.map((t) => t.item), ...segments.map((s) => s.item)]);
  const params = readParams(ctx, dataTypes, document);
  checkParamReferences(ctx, params);
  const limits = readLimits(ctx);
  const { plans, defaultPlan } = readPlans(ctx);
  checkTypePlans(ctx, dataTypes, plans);
  checkHourlyApplicability(ctx, dataTypes, params);
  const quirks = readQuirks(ctx);

  ctx.problems.throwIfAny();
  const info = isRecord(doc.info) ? doc.info : {};
  return {
    title: String(info.title ?? ''),
    version: String(info.version ?? ''),
    path: file,
    operationPath: OPERATION_PATH,
    dataTypes,
    segments,
    segmentNames: segmentList,
    params,
    shapes,
    limits,
    plans,
    defaultPlan,
    quirks,
    document,
  };
}

/** The runtime table lists types by category in spec order: the spec keeps each category's types together. */
function checkGroupedByCategory(ctx: ReadContext, dataTypes: readonly DataTypeModel[]): void {
  const closed = new Set<string>();
  dataTypes.forEach((t, i) => {
    const previous = dataTypes[i - 1]?.category;
    if (previous !== undefined && previous !== t.category) closed.add(previous);
    if (closed.has(t.category))
      fail(ctx, `x-clicky-data-types.${t.name}`, `list the ${t.category} types together, not after other categories`);
  });
}

/** A type's plan names a plan of x-clicky-plans. */
function checkTypePlans(ctx: ReadContext, dataTypes: readonly DataTypeModel[], plans: readonly PlanModel[]): void {
  for (const t of dataTypes)
    if (t.plan !== undefined && !plans.some((p) => p.name === t.plan))
      fail(ctx, `x-clicky-data-types.${t.name}.plan`, `names no plan of x-clicky-plans (${t.plan})`);
}

/** A parameter under the all-types-hourly rule applies to exactly the types flagged hourly, so the two lists
 * cannot drift apart. */
function checkHourlyApplicability(
  ctx: ReadContext,
  dataTypes: readonly DataTypeModel[],
  params: readonly ParamModel[],
): void {
  const hourly = dataTypes.filter((t) => t.hourly).map((t) => t.name);
  for (const p of params)
    if (p.rules.includes('all-types-hourly') && p.appliesTo.join() !== hourly.join())
      fail(
        ctx,
        `paths.${OPERATION_PATH}.get.parameters (${p.name}).x-clicky-applies-to`,
        `must name exactly the hourly types (${hourly.join(', ')})`,
      );
}

/** Names the parameters point at (requires, implies, overrides) and the ones the SDK reads by name exist. */
function checkParamReferences(ctx: ReadContext, params: readonly ParamModel[]): void {
  const byName = new Map(params.map((p) => [p.name, p]));
  const at = `paths.${OPERATION_PATH}.get.parameters`;
  for (const p of params) {
    const named = [...Object.keys(p.requires ?? {}), ...Object.keys(p.implies ?? {}), ...(p.overrides ?? [])];
    for (const other of named) if (!byName.has(other)) fail(ctx, `${at} (${p.name})`, `names no parameter ${other}`);
  }
  for (const [role, name] of Object.entries(PARAM_ROLES)) {
    if (!byName.has(name)) fail(ctx, at, `missing the ${name} parameter, which the SDK reads by name (${role})`);
  }
  const types = byName.get(PARAM_ROLES.types);
  if (types && types.valuesFrom !== ENUM_SOURCES.dataTypes)
    fail(
      ctx,
      `${at} (${types.name})`,
      `its items must be the data types (x-clicky-enum-from: ${ENUM_SOURCES.dataTypes})`,
    );
  const output = byName.get(PARAM_ROLES.output);
  if (output && output.kind !== 'enum') fail(ctx, `${at} (${output.name})`, 'must be an enum of the wire formats');
}
