/**
 * The workflow state machine every process reuses (message approval, applications, repairs,
 * recruitment applications): a transition table of from-state × action → to-state with who may act
 * and a guard, applied by one engine that refuses illegal moves with a clear message. Pure Java;
 * the history of transitions and the after-commit events live beside it.
 */
package pl.opium.workflow;
