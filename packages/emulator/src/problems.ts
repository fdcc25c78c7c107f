// The emulator's problem list: core's ProblemList of parameter problems, with a short way to record one.
import { ClickyParamError, type ParamProblem, ProblemList } from '@clicky-sdk/core';

export class ParamProblems extends ProblemList<ParamProblem> {
  constructor() {
    super((problems) => new ClickyParamError(problems));
  }

  /** Records that `param` breaks `rule`; `message` says how, and never quotes a secret. */
  report(param: string, rule: string, message: string): void {
    this.add({ param, rule, message });
  }
}
