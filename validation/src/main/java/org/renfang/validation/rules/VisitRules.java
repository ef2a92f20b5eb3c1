package org.renfang.validation.rules;

/**
 * Rule family (being implemented).
 */
final class VisitRules implements RuleFamily {
}
