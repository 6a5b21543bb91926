package io.tradewire.config.execution;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tradewire.config.IntegrationTest;
import io.tradewire.config.SimFollowers;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.control.AccountSwitches;
import io.tradewire.trading.execution.JobRunner;
import io.tradewire.trading.inbox.IncomingMessage;
import io.tradewire.trading.pipeline.Pipeline;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.setup.Setup;
import io.tradewire.trading.venue.sim.SimFault;
import io.tradewire.trading.venue.sim.SimulatedVenue;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Execution against a venue that fails the way real ones do: 5xx, 429 with Retry-After, a
 * timeout before the venue saw the order, a lost reply after it placed it, a call slower than
 * the deadline, a permanent refusal. Each case counts what reached the venue.
 */
@MicronautTest(transactional = false)
class FaultyVenueTest extends IntegrationTest {
    @Inject
    Setup setup;
    @Inject
    VenueAccountRepository accounts;
    @Inject
    Pipeline pipeline;
    @Inject
    JobRunner runner;
    @Inject
    SimulatedVenue venue;
    @Inject
    AccountSwitches switches;

    private int serial;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("tradewire.sim.enabled", "true");
        p.put("tradewire.sim.retry-after", "400ms");
        p.put("tradewire.execution.initial-backoff", "10ms");
        p.put("tradewire.execution.max-backoff", "40ms");
        p.put("tradewire.execution.max-attempts", "3");
        p.put("tradewire.execution.disable-account-after", "5");
        p.put("tradewire.execution.breaker-window", "4");
        p.put("tradewire.execution.breaker-open-for", "300ms");
        p.put("tradewire.execution.venue-timeout", "200ms");
        p.put("tradewire.execution.lease", "1s");
        return p;
    }

    @AfterEach
    void calm() throws InterruptedException {
        venue.latency(Duration.ZERO);
        // a call the engine gave up on still runs on the venue; let it land before the next test
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (venue.inFlight() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        venue.clearScript();
    }

    @Test
    void aServerErrorIsRetriedWithBackoffAndPlacedOnce() {
        Job job = follower("serr");
        venue.script(SimFault.SERVER_ERROR);

        String cid = post(job, "BTC/USDT LONG entry 40000 SL 39000");
        assertThat(orderStatus(cid)).isEqualTo("NEW");
        assertThat(text("select status_reason from orders where client_order_id = '" + cid + "'"))
                .startsWith("HTTP 503 Service Unavailable; attempt 2 of 3 at ");
        drain(runner, cid);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(venue.accepted(cid)).isEqualTo(1);
        assertThat(sql("select attempts from orders where client_order_id = '" + cid + "'")).isEqualTo(2);
    }

    @Test
    void aLostReplyIsReconciledByClientOrderIdNotSentAgain() {
        Job job = follower("lost");
        venue.script(SimFault.LOST_REPLY);

        String cid = post(job, "ETH/USDT LONG entry 2000 SL 1900");
        assertThat(venue.accepted(cid)).as("the venue placed it, we never heard").isEqualTo(1);
        drain(runner, cid);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(venue.accepted(cid)).isEqualTo(1);
        assertThat(sql("select count(*) from fills f join orders o on o.id = f.order_id where o.client_order_id = '"
                + cid + "'")).isEqualTo(1);
    }

    @Test
    void aTimeoutBeforeTheVenueSawItIsSentAgainAfterTheVenueSaysItHasNoSuchOrder() {
        Job job = follower("tout");
        venue.script(SimFault.TIMEOUT);

        String cid = post(job, "SOL/USDT LONG entry 100 SL 90");
        drain(runner, cid);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(venue.accepted(cid)).isEqualTo(1);
        // the first attempt never reached the venue; the second asked, heard "no such order", sent
        assertThat(sql("select attempts from orders where client_order_id = '" + cid + "'")).isEqualTo(2);
    }

    @Test
    void aCallSlowerThanTheDeadlineThatStillReachedTheBookIsFoundNotDoubled() throws Exception {
        Job job = follower("slow");
        venue.latency(Duration.ofMillis(500));

        String cid = post(job, "ADA/USDT LONG entry 0.5 SL 0.4");
        // the first call timed out; a second look at once finds it still running and waits
        assertThat(text("select status_reason from orders where client_order_id = '" + cid + "'"))
                .containsAnyOf("no answer within 200 ms", "held: an earlier request for this order is still on its way");
        assertThat(orderStatus(cid)).isEqualTo("NEW");
        venue.latency(Duration.ZERO);
        // no pause here: while the slow call may still land, the job is held, not resent
        drain(runner, cid);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(venue.accepted(cid)).isEqualTo(1);
    }

    @Test
    void aRateLimitWaitsAtLeastItsRetryAfter() {
        Job job = follower("rate");
        venue.script(SimFault.RATE_LIMITED);

        String cid = post(job, "XRP/USDT LONG entry 0.6 SL 0.5");
        long waitMs = sql("select (extract(epoch from next_attempt_at - updated_at) * 1000)::bigint from orders"
                + " where client_order_id = '" + cid + "'");
        assertThat(waitMs).isBetween(400L, 450L);
        assertThat(runner.runDue(100)).as("not due before Retry-After").isZero();
        drain(runner, cid);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(venue.accepted(cid)).isEqualTo(1);
    }

    @Test
    void anOfflineVenueHoldsTheJobWithoutUsingAnAttemptOrCountingAnError() {
        Job job = follower("offline");
        venue.script(SimFault.OFFLINE, SimFault.OFFLINE);

        String cid = post(job, "AVAX/USDT LONG entry 30 SL 28");
        assertThat(orderStatus(cid)).isEqualTo("NEW");
        assertThat(text("select status_reason from orders where client_order_id = '" + cid + "'"))
                .startsWith("held: venue offline; next try at ");
        assertThat(sql("select attempts from orders where client_order_id = '" + cid + "'")).isZero();
        drain(runner, cid);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(venue.accepted(cid)).isEqualTo(1);
        assertThat(sql("select attempts from orders where client_order_id = '" + cid + "'")).isEqualTo(1);
        assertThat(switches.state(job.accountId).consecutiveErrors()).isZero();
    }

    @Test
    void aSymbolTheAccountsVenueDoesNotListIsRefusedBeforeAnythingIsSent() {
        Job job = follower("unlisted");
        venue.delist("DOGEUSDT");

        pipeline.submit(message(job, "DOGE/USDT LONG entry 0.1 SL 0.09"));

        String where = " from decisions d join signals s on s.id = d.signal_id join inbox_messages m"
                + " on m.id = s.inbox_message_id where m.message_id = '" + job.name + "-" + serial + "'";
        assertThat(text("select d.rule" + where)).isEqualTo("not_listed");
        assertThat(text("select d.reason" + where)).isEqualTo("DOGEUSDT is not listed on account 'sim' (sim)");
        assertThat(sql("select count(*) from orders o join decisions d on d.id = o.decision_id"
                + " join signals s on s.id = d.signal_id join inbox_messages m on m.id = s.inbox_message_id"
                + " where m.message_id = '" + job.name + "-" + serial + "'")).isZero();
    }

    @Test
    void aPermanentRefusalIsNotRetriedAndSaysWhy() {
        Job job = follower("refused");
        venue.script(SimFault.REJECT);

        String cid = post(job, "DOT/USDT LONG entry 5 SL 4");

        assertThat(orderStatus(cid)).isEqualTo("REJECTED");
        assertThat(text("select status_reason from orders where client_order_id = '" + cid + "'"))
                .isEqualTo("insufficient balance");
        assertThat(venue.accepted(cid)).isZero();
        assertThat(sql("select attempts from orders where client_order_id = '" + cid + "'")).isEqualTo(1);
    }

    @Test
    void aJobThatKeepsFailingGivesUpAfterMaxAttemptsAndSaysWhy() {
        Job job = follower("giveup");
        venue.script(SimFault.SERVER_ERROR, SimFault.SERVER_ERROR, SimFault.SERVER_ERROR);

        String cid = post(job, "LTC/USDT LONG entry 80 SL 70");
        drain(runner, cid);

        assertThat(orderStatus(cid)).isEqualTo("FAILED");
        assertThat(text("select status_reason from orders where client_order_id = '" + cid + "'"))
                .isEqualTo("gave up after 3 attempts; the last: HTTP 503 Service Unavailable");
        assertThat(venue.accepted(cid)).isZero();
    }

    @Test
    void anAccountThatKeepsFailingTripsItsBreakerThenIsDisabledUntilAnAdminEnablesIt() throws Exception {
        Job job = follower("broken");
        venue.script(SimFault.SERVER_ERROR, SimFault.SERVER_ERROR, SimFault.SERVER_ERROR, SimFault.SERVER_ERROR,
                SimFault.SERVER_ERROR, SimFault.SERVER_ERROR);
        String first = post(job, "BNB/USDT LONG entry 300 SL 280");
        drain(runner, first);
        assertThat(orderStatus(first)).isEqualTo("FAILED"); // three errors in a row

        String second = post(job, "BNB/USDT LONG entry 301 SL 280"); // the fourth opens the circuit
        long callsWhenOpened = venue.calls();
        Thread.sleep(20);
        runner.runDue(100);
        assertThat(venue.calls()).as("an open circuit calls nobody").isEqualTo(callsWhenOpened);
        assertThat(text("select status_reason from orders where client_order_id = '" + second + "'"))
                .startsWith("circuit open for account " + job.accountId);
        drain(runner, second); // the trial call after the rest fails: the fifth error disables the account

        assertThat(orderStatus(second)).isEqualTo("FAILED");
        assertThat(text("select status_reason from orders where client_order_id = '" + second + "'"))
                .startsWith("account disabled after repeated venue errors; the last: HTTP 503");
        var state = switches.state(job.accountId);
        assertThat(state.disabled()).isTrue();
        assertThat(state.reason()).isEqualTo("disabled after 5 consecutive venue errors; the last: "
                + "HTTP 503 Service Unavailable");
        assertThat(sql("select count(*) from audit_log where action = 'account.auto_disable' and subject = 'account:"
                + job.accountId + "'")).isEqualTo(1);

        venue.clearScript();
        pipeline.submit(message(job, "BNB/USDT LONG entry 302 SL 280"));
        assertThat(text("select d.reason from decisions d join signals s on s.id = d.signal_id join inbox_messages m"
                + " on m.id = s.inbox_message_id where m.message_id = '" + job.name + "-" + serial + "'"))
                .isEqualTo("account 'sim' is disabled");

        switches.enable("ops", job.accountId);
        Thread.sleep(350); // let the breaker's rest end
        String after = post(job, "BNB/USDT LONG entry 303 SL 280");
        drain(runner, after);
        assertThat(orderStatus(after)).isEqualTo("FILLED");
        assertThat(venue.accepted(after)).isEqualTo(1);
    }

    private record Job(String name, String channel, long accountId) {
    }

    private Job follower(String name) {
        String channel = "@" + name;
        long provider = setup.addProvider("test", Source.TELEGRAM, channel, name).id();
        return new Job(name, channel, SimFollowers.add(setup, accounts, provider, name));
    }

    /** Submits a post and returns the client order id of the follower's order. */
    private String post(Job job, String text) {
        pipeline.submit(message(job, text));
        return text("select o.client_order_id from orders o join signals s on s.id = o.signal_id"
                + " join inbox_messages m on m.id = s.inbox_message_id where m.message_id = '" + job.name + "-"
                + serial + "' and o.intent = 'OPEN'");
    }

    private IncomingMessage message(Job job, String text) {
        serial++;
        return new IncomingMessage(Source.TELEGRAM, job.channel, job.name + "-" + serial, "prov", text, null);
    }
}
