package io.tradewire.trading.venue.mt5.bridge;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Liveness from heartbeats and the clock: up, stale, down and back, each change reported once. */
class TerminalsTest {
    static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");
    static final byte[] ID = {1, 2, 3};

    private final Terminals terminals = new Terminals(Duration.ofSeconds(3), Duration.ofSeconds(10));

    private void link(Instant at) {
        terminals.link(new Terminal(7, ID, "5100", "Demo", true, at, at, true, true, null, null, null, "USD"));
    }

    private void beat(Instant at, boolean connected, boolean tradeAllowed) {
        assertThat(terminals.heartbeat(ID, at, connected, tradeAllowed, BigDecimal.TEN, BigDecimal.TEN,
                BigDecimal.TEN)).isTrue();
    }

    @Test
    void aSilentTerminalGoesStaleThenDownAndComesBackWithAHeartbeat() {
        link(T0);
        assertThat(terminals.sweep(T0)).extracting(Terminals.Change::to).containsExactly(Liveness.UP);
        assertThat(terminals.sweep(T0.plusSeconds(2))).isEmpty();

        assertThat(terminals.sweep(T0.plusSeconds(3))).extracting(Terminals.Change::to).containsExactly(Liveness.STALE);
        assertThat(terminals.whyHeld(7, T0.plusSeconds(3))).contains("the MT5 terminal is stale: no heartbeat since "
                + T0);
        assertThat(terminals.sweep(T0.plusSeconds(10))).singleElement().satisfies(c -> {
            assertThat(c.to()).isEqualTo(Liveness.DOWN);
            assertThat(c.detail()).isEqualTo("the MT5 terminal (login 5100 on Demo) is down (no heartbeat for 10 s):"
                    + " orders for this account are held until it is back");
        });
        assertThat(terminals.sweep(T0.plusSeconds(60))).as("reported once").isEmpty();

        beat(T0.plusSeconds(61), true, true);
        assertThat(terminals.sweep(T0.plusSeconds(61))).extracting(Terminals.Change::to).containsExactly(Liveness.UP);
        assertThat(terminals.whyHeld(7, T0.plusSeconds(61))).isEmpty();
    }

    @Test
    void aTerminalCutFromItsBrokerOrWithAutoTradingOffHoldsOrders() {
        link(T0);
        terminals.sweep(T0);
        beat(T0.plusSeconds(1), false, true);
        assertThat(terminals.whyHeld(7, T0.plusSeconds(1)))
                .contains("the terminal is not connected to its broker's trade server");
        beat(T0.plusSeconds(2), true, false);
        assertThat(terminals.sweep(T0.plusSeconds(2))).extracting(Terminals.Change::to)
                .containsExactly(Liveness.NO_TRADING);
        assertThat(terminals.whyHeld(7, T0.plusSeconds(2))).get().asString().startsWith("trading is not allowed");
    }

    @Test
    void anUnknownConnectionOrAnUnlinkedAccountIsNotUp() {
        assertThat(terminals.heartbeat(new byte[] {9}, T0, true, true, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE)).isFalse();
        assertThat(terminals.state(7, T0)).isEqualTo(Liveness.DOWN);
        link(T0);
        terminals.unlink(7);
        assertThat(terminals.accountOf(ID)).isEmpty();
        assertThat(terminals.whyHeld(7, T0)).get().asString().startsWith("no MT5 terminal is linked to account 7");
    }
}
