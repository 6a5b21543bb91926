package io.tradewire.config.discord;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static io.tradewire.config.discord.FakeDiscord.GENERAL;
import static io.tradewire.config.discord.FakeDiscord.MEMBER;
import static io.tradewire.config.discord.FakeDiscord.OWNER;
import static io.tradewire.config.discord.FakeDiscord.SIGNALS;
import static io.tradewire.config.discord.FakeDiscord.VIP_SIGNALS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Discord misbehaving: a 429 delays a DM but loses nothing; a post made while the connection was
 * down is read back once on reconnect, and not again on the next; a user who refuses DMs is
 * recorded once and not asked again; a post whose event Discord never sent is read by the sweep.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiscordOutageTest extends DiscordTest {
    static final String DM_ROUTE = "POST channels/*/messages";
    static final String HISTORY = "GET channels/*/messages";
    static final String KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    @Override
    protected java.util.Map<String, String> extraProperties() {
        return java.util.Map.of("discord.catch-up-every", "3s");
    }

    @BeforeAll
    void aSubscriberFollowingAWatchedChannel() {
        watch(SIGNALS);
        text(slash("start", MEMBER, GENERAL));
        assertThat(text(slash("follow", MEMBER, GENERAL).channel("channel", SIGNALS))).contains("Now copying");
    }

    @Test
    @Order(1)
    void a429DelaysTheDmButLosesNothing() {
        long before = discord.log().calls(DM_ROUTE).stream().filter(c -> c.status() == 429).count();
        discord.failNext(DM_ROUTE, 2, 1);
        long posted = System.nanoTime();
        discord.pushMessage(SIGNALS, OWNER, "BUY BTC/USDT now at 42000 SL 41000 TP 44000");
        var dm = discord.log().awaitDm(MEMBER.id(), "BTCUSDT", WAIT);
        assertThat(discord.log().calls(DM_ROUTE).stream().filter(c -> c.status() == 429).count() - before)
                .isEqualTo(2);
        // JDA's rate limiter waited out both retry_afters before the send went through
        assertThat((dm.atNanos() - posted) / 1_000_000).isGreaterThanOrEqualTo(1_000);
        sleep(300);
        assertThat(discord.log().dms(MEMBER.id()).stream().flatMap(m -> m.content().lines()).filter(l -> l.startsWith("Filled: BUY") && l.contains("BTCUSDT"))).hasSize(1);
        // the notices queued behind it (the stop and target orders) follow, none lost
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline
                && sql("select count(*) from notifications where platform = 'DISCORD' and status <> 'SENT'") > 0) {
            sleep(50);
        }
        assertThat(sql("select count(*) from notifications where platform = 'DISCORD' and status <> 'SENT'"))
                .isZero();
    }

    @Test
    @Order(2)
    void aPostMissedWhileDisconnectedIsReadBackOnceAndNotAgain() {
        discord.setResumable(false);
        discord.holdConnections();
        discord.dropGateway(4000);
        long missed = discord.pushMessage(SIGNALS, OWNER, "BUY ETH/USDT now at 3000 SL 2900 TP 3200");
        assertThat(discord.sessionLive()).isFalse();
        discord.releaseConnections();
        // a fresh session (not resumed): the bot reads the channel back from the last message it saw
        discord.awaitSessionLive(WAIT);
        awaitInbox(missed);
        discord.log().awaitDm(MEMBER.id(), "ETHUSDT", WAIT);
        // read back late, it keeps Discord's time of posting (its id's), which the signal-age limit uses
        assertThat(sql("select (extract(epoch from posted_at) * 1000)::bigint from inbox_messages where message_id = '"
                + Long.toUnsignedString(missed) + "'")).isEqualTo(Snowflakes.time(missed).toEpochMilli());

        // another reconnect, resumed this time, reads back again: nothing is copied twice
        discord.setResumable(true);
        discord.requestReconnect();
        discord.awaitSessionLive(WAIT);
        sleep(1_000);
        assertThat(sql("select count(*) from inbox_messages where message_id = '" + Long.toUnsignedString(missed)
                + "'")).isEqualTo(1);
        assertThat(sql("select count(*) from orders where symbol = 'ETHUSDT' and lower(intent) = 'open'"))
                .isEqualTo(1);
        assertThat(discord.log().dms(MEMBER.id()).stream().flatMap(m -> m.content().lines()).filter(l -> l.startsWith("Filled: BUY") && l.contains("ETHUSDT"))).hasSize(1);
        assertThat(sql("select last_message_id from discord_watches where channel_id = " + Long.toUnsignedString(
                SIGNALS))).isGreaterThanOrEqualTo(missed);
    }

    @Test
    @Order(3)
    void aUserWhoRefusesDmsIsRecordedOnceAndNotAskedAgain() {
        discord.refuseDms(MEMBER);
        discord.pushMessage(SIGNALS, OWNER, "BUY SOL/USDT now at 100 SL 90 TP 120");
        discord.pushMessage(SIGNALS, OWNER, "BUY ADA/USDT now at 1 SL 0.9 TP 1.2");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && sql("select count(*) from notifications where platform = 'DISCORD'"
                + " and text like '%ADAUSDT%' and status = 'FAILED'") == 0) {
            sleep(50);
        }
        assertThat(sql("select count(*) from discord_dm_refusals where user_id = '"
                + Long.toUnsignedString(MEMBER.id()) + "'")).isEqualTo(1);
        assertThat(text("select reason from discord_dm_refusals")).contains("50007");
        // each notice was given up at once, not retried; only the first was tried at Discord
        assertThat(sql("select count(*) from notifications where platform = 'DISCORD' and status = 'FAILED'"
                + " and attempts > 1")).isZero();
        long refused = discord.log().calls(DM_ROUTE).stream().filter(c -> c.status() == 403).count();
        assertThat(refused).isEqualTo(1);

        // the user is back: their DMs are tried again
        text(slash("positions", MEMBER, GENERAL));
        assertThat(sql("select count(*) from discord_dm_refusals")).isZero();
    }

    @Test
    @Order(4)
    void aChannelMarkedNowIsNotReadBackFromBeforeItWasMarked() {
        long old = discord.storeMissed(VIP_SIGNALS, OWNER, "BUY DOT/USDT now at 5 SL 4.5 TP 6");
        watch(VIP_SIGNALS);
        discord.setResumable(false);
        discord.dropGateway(4000);
        discord.awaitSessionLive(WAIT);
        long fresh = discord.pushMessage(VIP_SIGNALS, OWNER, "gm");
        awaitInbox(fresh);
        assertThat(sql("select count(*) from inbox_messages where message_id = '" + Long.toUnsignedString(old)
                + "'")).isZero();
    }

    @Test
    @Order(5)
    void aPostWhoseEventNeverCameIsReadByTheSweepOnceEvenAfterALaterLivePost() {
        int sweepsBefore = discord.log().calls(HISTORY).size();
        // connected all along, but Discord never dispatched this post's MESSAGE_CREATE; the next post's came
        long lost = discord.storeMissed(SIGNALS, OWNER, "BUY XRP/USDT now at 0.5 SL 0.45 TP 0.6");
        long next = discord.pushMessage(SIGNALS, OWNER, "XRP looking strong");
        awaitInbox(next);
        assertThat(discord.sessionLive()).isTrue();
        // the live post after it does not make the bot skip it
        awaitInbox(lost);
        assertThat(discord.log().calls(HISTORY).size()).isGreaterThan(sweepsBefore);
        // later sweeps read the channel again and copy nothing twice
        int seen = discord.log().calls(HISTORY).size();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && discord.log().calls(HISTORY).size() < seen + 2) {
            sleep(100);
        }
        assertThat(discord.log().calls(HISTORY).size()).isGreaterThanOrEqualTo(seen + 2);
        assertThat(context.getBean(io.tradewire.bot.intake.PostIntake.class).awaitIdle(WAIT)).isTrue();
        assertThat(sql("select count(*) from inbox_messages where message_id = '" + Long.toUnsignedString(lost)
                + "'")).isEqualTo(1);
        assertThat(sql("select count(*) from orders where symbol = 'XRPUSDT' and lower(intent) = 'open'"))
                .isEqualTo(1);
    }

    @Test
    @Order(6)
    void keysTheBotCouldNotDeleteAreNotWarnedAboutAgainWhenReadBack() {
        discord.failNext("DELETE channels/*/messages/*", 1, 403, 50013, "Missing Permissions");
        int before = warnings();
        discord.pushMessage(SIGNALS, MEMBER, "my binance key " + KEY + " secret " + SECRET);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && warnings() == before) {
            sleep(50);
        }
        assertThat(warnings()).isEqualTo(before + 1);
        // the message stays in the channel; the sweeps read it back and say nothing more
        int reads = discord.log().calls(HISTORY).size();
        while (System.nanoTime() < deadline && discord.log().calls(HISTORY).size() < reads + 2) {
            sleep(100);
        }
        assertThat(discord.log().calls(HISTORY).size()).isGreaterThanOrEqualTo(reads + 2);
        sleep(300);
        assertThat(warnings()).isEqualTo(before + 1);
    }

    private int warnings() {
        return (int) discord.log().posted(SIGNALS).stream().filter(p -> p.content().contains("never post API keys")).count();
    }
}
