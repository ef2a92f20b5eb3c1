package org.renfang.validation.rules;

/**
 * Rule family (being implemented).
 */
final class LeaseRules implements RuleFamily {
}
