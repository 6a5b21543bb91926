package io.tradewire.bot.command;

import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.PlanSettings;
import io.tradewire.trading.follow.RiskDefaults;
import io.tradewire.trading.follow.SubscriberDefaults;
import io.tradewire.trading.setup.Setup;
import jakarta.inject.Singleton;

/**
 * What /risk without a channel sets, kept in the engine's own subscriber defaults (the row the
 * defaults API reads and writes and the engine fills a follow's unset settings from), so the chat,
 * the API and the engine see one set of defaults. The chat's starting point is
 * {@link RiskSettings#BASE}: what is unset there reads as the base.
 */
@Singleton
class ChatDefaults {
    private final Setup setup;

    ChatDefaults(Setup setup) {
        this.setup = setup;
    }

    /** The subscriber's defaults as copy settings: what a new follow made from the chat starts with. */
    CopySettings current(Subscriber sub) {
        SubscriberDefaults d = setup.allDefaults(sub.name());
        RiskDefaults r = d.risk();
        CopySettings base = RiskSettings.BASE;
        boolean ownSizing = r.sizingMode() != null;
        return new CopySettings(ownSizing ? r.sizingMode() : base.sizingMode(),
                ownSizing ? r.sizingValue() : base.sizingValue(), d.maxLeverage(),
                r.requireStopLoss() == null ? base.requireStopLoss() : r.requireStopLoss(), r.maxOpenPositions(),
                r.limits());
    }

    /** Replaces the risk part of the defaults (and the leverage cap), leaving the plan settings as they were. */
    void save(String actor, Subscriber sub, CopySettings s) {
        PlanSettings p = setup.allDefaults(sub.name()).settings();
        PlanSettings plan = new PlanSettings(p.tpSplit(), p.tpWeights(), p.tpSingleTarget(), p.entryMode(),
                p.ladderLegs(), p.breakevenAfterTp(), p.trailingStop(), s.maxLeverage(), p.fixedLeverage());
        Guard.run(() -> setup.setDefaults(actor, sub.name(), plan, new RiskDefaults(s.sizingMode(), s.sizingValue(),
                s.requireStopLoss(), s.maxOpenPositions(), s.limits())));
    }
}
