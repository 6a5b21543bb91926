package io.tradewire.config.discord;

import io.micronaut.context.ApplicationContext;
import io.tradewire.bot.discord.DiscordBot;
import io.tradewire.config.IntegrationTest;
import io.tradewire.config.Sql;
import io.tradewire.config.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.tradewire.config.discord.DiscordTest.WAIT;
import static io.tradewire.config.discord.FakeDiscord.GENERAL;
import static io.tradewire.config.discord.FakeDiscord.MEMBER;
import static io.tradewire.config.discord.FakeDiscord.OWNER;
import static io.tradewire.config.discord.FakeDiscord.SIGNALS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staying up across processes: a post made while the service was down is read back by the next
 * process once, even when its first read of the channel fails; of two instances one holds the Discord connection and the other takes over when
 * it goes.
 */
class DiscordRestartTest {
    String database;
    FakeDiscord discord;

    @BeforeEach
    void freshDatabaseAndFake() {
        database = TestDatabases.freshUrl();
        discord = new FakeDiscord();
    }

    @AfterEach
    void stopFake() {
        discord.close();
    }

    @Test
    void aPostMadeWhileTheServiceWasDownIsCopiedOnceByTheNextProcess() {
        try (ApplicationContext first = start()) {
            awaitActive(first);
            answer(DiscordEvents.slash("watch").by(OWNER).in(SIGNALS), "Watching #signals");
            answer(DiscordEvents.slash("start").by(MEMBER).in(GENERAL), "Welcome");
            answer(DiscordEvents.slash("follow").by(MEMBER).in(GENERAL).channel("channel", SIGNALS), "Now copying");
            discord.pushMessage(SIGNALS, OWNER, "gm");
            awaitSql("select count(*) from inbox_messages where source = 'DISCORD'", 1);
            shutdown(first);
        }
        long missed = discord.pushMessage(SIGNALS, OWNER, "BUY BTC/USDT now at 42000 SL 41000 TP 44000");
        // the next process's first read of the channel fails: it reads again a moment later (the minute's
        // sweep is too far off to be what finds the post within the wait)
        discord.failNext("GET channels/*/messages", 1, 403, 50001, "Missing Access");

        try (ApplicationContext second = start()) {
            awaitActive(second);
            discord.log().awaitDm(MEMBER.id(), "BTCUSDT", WAIT);
            assertThat(discord.log().calls("GET channels/*/messages").stream().map(c -> c.status()))
                    .startsWith(403).contains(200);
            sleep(500);
            assertThat(Sql.number(database, "select count(*) from inbox_messages where message_id = '"
                    + Long.toUnsignedString(missed) + "'")).isEqualTo(1);
            assertThat(discord.log().dms(MEMBER.id()).stream().flatMap(m -> m.content().lines())
                    .filter(l -> l.startsWith("Filled: BUY") && l.contains("BTCUSDT")))
                    .hasSize(1);
            shutdown(second);
        }
    }

    @Test
    void ofTwoInstancesOneHoldsTheConnectionAndTheOtherTakesOver() {
        try (ApplicationContext a = start(); ApplicationContext b = start()) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline && !(active(a) || active(b))) {
                sleep(50);
            }
            sleep(600); // several lease checks: the other must still be standing by
            assertThat(active(a) ^ active(b)).isTrue();
            ApplicationContext holder = active(a) ? a : b;
            ApplicationContext standby = holder == a ? b : a;
            shutdown(holder);
            holder.close();
            deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline && !active(standby)) {
                sleep(50);
            }
            assertThat(active(standby)).isTrue();
            discord.awaitSessionLive(WAIT);
            shutdown(standby);
        }
    }

    private ApplicationContext start() {
        Map<String, Object> p = new HashMap<>(DiscordTest.discordProperties(discord));
        p.put("datasources.default.url", database);
        p.put("datasources.default.username", "postgres");
        p.put("datasources.default.password", "");
        p.put("micronaut.security.token.jwt.signatures.secret.generator.secret", IntegrationTest.JWT_SECRET);
        p.put("tradewire.keys.master-key", IntegrationTest.MASTER_KEY);
        p.put("tradewire.pipeline.recovery.enabled", "false");
        p.put("tradewire.execution.poller.enabled", "false");
        p.put("micronaut.server.port", "-1");
        return ApplicationContext.builder().deduceEnvironment(false).properties(p).start();
    }

    private void awaitActive(ApplicationContext c) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && !active(c)) {
            sleep(50);
        }
        discord.awaitSessionLive(WAIT);
        discord.log().awaitCommand("watch", WAIT);
    }

    private static boolean active(ApplicationContext c) {
        return c.isRunning() && c.getBean(DiscordBot.class).isActive();
    }

    /** Closes JDA before the context, so it does not try the fake again while the context closes. */
    private static void shutdown(ApplicationContext c) {
        DiscordBot bot = c.getBean(DiscordBot.class);
        if (bot.jda() != null) {
            bot.jda().shutdownNow();
        }
    }

    private void answer(DiscordEvents.Interaction i, String containing) {
        discord.log().awaitAnswer(discord.interact(i), containing, WAIT);
    }

    private void awaitSql(String query, long expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && Sql.number(database, query) != expected) {
            sleep(50);
        }
        assertThat(Sql.number(database, query)).isEqualTo(expected);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
