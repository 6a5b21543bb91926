package io.tradewire.trading.decision;

/**
 * One check a follower's copy of an open signal must pass. Rules run in their {@code @Order};
 * the first refusal is the decision. A new rule is one new {@code @Singleton} implementing this.
 */
public interface Rule {
    RuleCheck check(OpenContext context);
}
