package io.tradewire.config.execution;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tradewire.config.IntegrationTest;
import io.tradewire.config.SimFollowers;
import io.tradewire.config.Sql;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.inbox.IncomingMessage;
import io.tradewire.trading.pipeline.Pipeline;
import io.tradewire.trading.pipeline.Recovery;
import io.tradewire.trading.probe.StepProbe;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.setup.Setup;
import io.tradewire.trading.venue.sim.SimulatedVenue;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops the engine at every step boundary of a five-follower fan-out in turn (after the inbox,
 * the parse, the decisions, the lease, the venue's answer and the booking), with a venue that also
 * times out, loses replies and answers 5xx and 429 at random, then lets recovery finish, and
 * counts every order the venue accepted: each follower's order exactly once, every time.
 * In this process the "restart" keeps the JVM; ProcessKillTest kills a real one.
 */
@MicronautTest(transactional = false)
class CrashResumeTest extends IntegrationTest {
    static final int FOLLOWERS = 5;
    /** stored, parsed, one batch decided, routed; leased, answered and booked for each follower */
    static final int BOUNDARIES = 4 + 3 * FOLLOWERS;

    @Inject
    Setup setup;
    @Inject
    VenueAccountRepository accounts;
    @Inject
    Pipeline pipeline;
    @Inject
    Recovery recovery;
    @Inject
    SimulatedVenue venue;
    @Inject
    CrashProbe probe;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("test.crash-probe", "true");
        p.put("tradewire.sim.enabled", "true");
        p.put("tradewire.sim.fault-rate", "0.2");
        p.put("tradewire.sim.retry-after", "20ms");
        p.put("tradewire.execution.initial-backoff", "5ms");
        p.put("tradewire.execution.max-backoff", "20ms");
        p.put("tradewire.execution.max-attempts", "20");
        p.put("tradewire.execution.disable-account-after", "0");
        p.put("tradewire.execution.breaker-open-for", "20ms");
        p.put("tradewire.execution.venue-timeout", "100ms");
        p.put("tradewire.execution.lease", "250ms");
        p.put("tradewire.execution.poller.enabled", "false");
        return p;
    }

    @Override
    protected boolean drivesRecovery() {
        return true;
    }

    @BeforeAll
    void followers() {
        long provider = setup.addProvider("test", Source.TELEGRAM, "@crash", "Crash").id();
        for (int i = 0; i < FOLLOWERS; i++) {
            SimFollowers.add(setup, accounts, provider, "crash" + i);
        }
    }

    @Test
    void aCrashAtEveryStepBoundaryLeavesEveryOrderPlacedExactlyOnce() throws Exception {
        List<String> crashes = new ArrayList<>();
        int post = 0;
        for (StepProbe.Step step : StepProbe.Step.values()) {
            int times = switch (step) {
                case CLAIMED, SENT, BOOKED -> FOLLOWERS;
                default -> 1;
            };
            for (int nth = 1; nth <= times; nth++) {
                post++;
                probe.crashAt(step, nth);
                crashes.add(crashAndRecover("crash-" + post, 40000 + post));
            }
        }
        assertThat(crashes).hasSize(BOUNDARIES).doesNotContainNull();
        for (StepProbe.Step step : StepProbe.Step.values()) {
            assertThat(crashes).anyMatch(c -> c.contains("after " + step + " "));
        }
        assertThat(venue.duplicates()).isZero();
        assertThat(venue.acceptedTotal()).isEqualTo((long) BOUNDARIES * FOLLOWERS);
    }

    /** Posts a signal that dies at the armed boundary, recovers, and checks the fan-out; returns the crash. */
    private String crashAndRecover(String messageId, int price) throws InterruptedException {
        String crash = null;
        try {
            pipeline.submit(new IncomingMessage(Source.TELEGRAM, "@crash", messageId, "prov",
                    "BTC/USDT LONG entry " + price + " SL 39000", null));
        } catch (CrashProbe.SimulatedCrash c) {
            crash = c.getMessage();
        }
        restartAndRecover(messageId);

        String ofMessage = " from orders o join signals s on s.id = o.signal_id join inbox_messages m"
                + " on m.id = s.inbox_message_id where m.message_id = '" + messageId + "' and o.intent = 'OPEN'";
        assertThat(sql("select count(*)" + ofMessage)).as("orders of %s", messageId).isEqualTo(FOLLOWERS);
        assertThat(sql("select count(*)" + ofMessage + " and o.status = 'FILLED'")).as(messageId)
                .isEqualTo(FOLLOWERS);
        for (String cid : Sql.texts(databaseUrl(), "select o.client_order_id" + ofMessage)) {
            assertThat(venue.accepted(cid)).as("venue orders for %s after %s", cid, crash).isEqualTo(1);
        }
        assertThat(sql("select count(*) from fills f join orders o on o.id = f.order_id join signals s"
                + " on s.id = o.signal_id join inbox_messages m on m.id = s.inbox_message_id"
                + " where m.message_id = '" + messageId + "'")).isEqualTo(FOLLOWERS);
        return crash;
    }

    /** What a restart does: the dead worker's leases run out, recovery takes everything unfinished. */
    private void restartAndRecover(String messageId) throws InterruptedException {
        Thread.sleep(300);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            recovery.runOnce();
            boolean unfinished = sql("select count(*) from inbox_messages where status = 'RECEIVED'") > 0
                    || sql("select count(*) from signals where not routed") > 0
                    || sql("select count(*) from orders where status in ('NEW', 'SENDING')") > 0;
            if (!unfinished) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("work of " + messageId + " did not finish");
    }
}
