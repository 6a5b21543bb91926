package io.tradewire.trading.decision;

/** A rule's answer: allowed, or refused with a reason the subscriber will read. */
public sealed interface RuleCheck permits RuleCheck.Allowed, RuleCheck.Refused {
    RuleCheck ALLOWED = new Allowed();

    record Allowed() implements RuleCheck {
    }

    record Refused(String rule, String reason) implements RuleCheck {
    }
}
