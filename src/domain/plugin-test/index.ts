/** Running plugins on sample requests: the gateway's shapes, samples, and what a run did. */
export type { TykPluginTestAnswer, TykPluginTestRequest, TykMockRequest, TykMockResponse, JsTestHookType } from './tyk-shapes';
export { JS_TEST_HOOK_TYPES } from './tyk-shapes';
export type { Sample, SampleProblem, SampleRequestText, SampleResponseText, TestSetup } from './sample';
export { EMPTY_SETUP, readSample, bodyProblem } from './sample';
export type { TestOutcome, TestErrorKind } from './outcome';
export { changedNothing, outcomeFromTykAnswer, outcomeSummary, overrideVerdict } from './outcome';
export type { TestableHook } from './hooks';
export { TYK_HOOK_TYPE, hookGetsSession, whereItRuns } from './hooks';
export type { HttpStub } from './stubs';
export { tykTestRequest } from './tyk-request';
export { defaultSetup, definitionOrgId } from './defaults';
