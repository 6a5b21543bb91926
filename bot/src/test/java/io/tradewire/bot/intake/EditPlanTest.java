package io.tradewire.bot.intake;

import io.tradewire.nlp.Side;
import io.tradewire.nlp.Signal;
import io.tradewire.nlp.UpdateAction;
import io.tradewire.trading.signal.SignalKind;
import io.tradewire.trading.signal.StoredSignal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an edit does to the trades its post opened. */
class EditPlanTest {
    static final StoredSignal ORIGINAL = StoredSignal.of(open("BTCUSDT", Side.BUY, "42000", "41000", "43000"), 0, 1L,
            1L, null, null, "test", Instant.EPOCH);

    static Signal.Open open(String symbol, Side side, String entry, String sl, String tp) {
        return new Signal.Open(symbol, side, null, new BigDecimal(entry), null, null,
                sl == null ? null : new BigDecimal(sl), List.of(new BigDecimal(tp)), null);
    }

    @Test
    void theSameTradeWithNewPricesIsAmendedByTheEngine() {
        assertThat(EditPlan.of(ORIGINAL, List.of(open("BTCUSDT", Side.BUY, "42100", "41500", "43000")), "x"))
                .isInstanceOf(EditPlan.Amend.class);
        assertThat(EditPlan.of(ORIGINAL, List.of(open("BTCUSDT", Side.BUY, "42000", "41000", "45000")), "x"))
                .isInstanceOf(EditPlan.Amend.class);
    }

    @Test
    void aChangedSymbolOrSideIsNeverActedOn() {
        EditPlan p = EditPlan.of(ORIGINAL, List.of(open("BTCUSDT", Side.SELL, "42000", "43000", "41000")), "x");
        assertThat(p).isInstanceOf(EditPlan.Nothing.class);
        assertThat(p.outcome()).startsWith("the edit changes the symbol or side (BTCUSDT buy -> BTCUSDT sell)");
    }

    @Test
    void anEditThatReadsAsAFollowUpIsApplied() {
        EditPlan p = EditPlan.of(ORIGINAL, List.of(new Signal.Update(UpdateAction.CANCEL, null, null, null, null)),
                "CANCELLED");
        assertThat(p).isEqualTo(new EditPlan.Submit("CANCELLED", true,
                "the edit reads as a follow-up (cancel): applied to the original's trades"));
    }

    @Test
    void aPostWithoutATradeThatNowHoldsOneIsReadAsNew() {
        assertThat(EditPlan.of(null, List.of(open("ETHUSDT", Side.BUY, "2000", "1900", "2200")), "BUY ETH"))
                .isEqualTo(new EditPlan.Submit("BUY ETH", false, "the post now holds a signal: read as a new post"));
        assertThat(EditPlan.of(null, List.of(new Signal.None("not_a_signal")), "gm"))
                .isInstanceOf(EditPlan.Nothing.class);
        assertThat(SignalKind.OPEN).isEqualTo(ORIGINAL.kind());
    }
}
