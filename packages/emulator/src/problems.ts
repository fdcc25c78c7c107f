// Collects every problem with a set of inputs before throwing, so that one error names them all.
import { ClickyParamError, type ParamProblem } from '@clicky-sdk/core';

export class ProblemList {
  readonly #problems: ParamProblem[] = [];

  /** Records that `param` breaks `rule`; `message` says how, and never quotes a secret. */
  add(param: string, rule: string, message: string): void {
    this.#problems.push({ param, rule, message });
  }

  get problems(): readonly ParamProblem[] {
    return this.#problems;
  }

  /** Throws one ClickyParamError listing every problem recorded, if there is any. */
  throwIfAny(): void {
    if (this.#problems.length > 0) throw new ClickyParamError([...this.#problems]);
  }
}
