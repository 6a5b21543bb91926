package io.tradewire.config.telegram;

import io.micronaut.context.ApplicationContext;
import io.tradewire.bot.telegram.TelegramBot;
import io.tradewire.config.Sql;
import io.tradewire.config.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.tradewire.config.telegram.TelegramTest.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staying up: the update offset lives in the database (a restart neither loses nor repeats an
 * update), a notice waiting in the outbox is sent by the next process, and of two instances one
 * holds the bot and the other takes over when it goes.
 */
class TelegramRestartTest {
    static final long USER = 8001;
    static final String DM = String.valueOf(USER);
    static final long CHANNEL = -1008880001L;

    String database;
    FakeBotApi telegram;

    @BeforeEach
    void freshDatabaseAndFake() {
        database = TestDatabases.freshUrl();
        telegram = new FakeBotApi();
    }

    @AfterEach
    void stopFake() {
        telegram.close();
    }

    @Test
    void aRestartResumesFromTheStoredOffsetWithoutRepeatingAnUpdate() {
        try (ApplicationContext first = start()) {
            await(first);
            telegram.push(Updates.privateText(USER, "/start"));
            telegram.push(Updates.privateText(USER, "/help"));
            telegram.awaitSent(DM, "/panic", WAIT);
            awaitOffset(3);
        }
        telegram.push(Updates.privateText(USER, "/accounts"));
        int pollsBefore = telegram.calls("getupdates").size();

        try (ApplicationContext second = start()) {
            telegram.await("sendmessage", c -> c.messageId() != null && c.text().startsWith("Accounts:"), WAIT);
            FakeBotApi.Call firstPoll = telegram.calls("getupdates").get(pollsBefore);
            assertThat(((Number) firstPoll.body().get("offset")).intValue()).isEqualTo(3);
            sleep(500);
            assertThat(telegram.sent(DM).stream().filter(t -> t.startsWith("Welcome"))).hasSize(1);
            assertThat(telegram.sent(DM).stream().filter(t -> t.contains("/panic"))).hasSize(1);
            assertThat(telegram.sent(DM).stream().filter(t -> t.startsWith("Accounts:"))).hasSize(1);
            assertThat(Sql.number(database, "select next_update_id from chat_offsets")).isEqualTo(4);
        }
    }

    @Test
    void aNoticeQueuedBeforeAStopIsSentByTheNextProcess() {
        try (ApplicationContext first = start()) {
            await(first);
            telegram.push(Updates.channelPost(CHANNEL, "restart_calls", 1, "hello", null));
            telegram.push(Updates.privateText(USER, "/start"));
            telegram.awaitSent(DM, "Welcome", WAIT);
            telegram.push(Updates.privateText(USER, "/follow @restart_calls"));
            telegram.awaitSent(DM, "Now copying", WAIT);
            // Telegram asks to wait longer than this process lives
            telegram.failNext("sendmessage", 1, 429, 3);
            telegram.push(Updates.channelPost(CHANNEL, "restart_calls", 2, "BUY BTC/USDT now at 42000 SL 41000 TP 44000",
                    null));
            telegram.await("sendmessage", c -> c.messageId() == null, WAIT);
            assertThat(Sql.text(database, "select status from notifications where kind = 'ORDERS' order by id"))
                    .isEqualTo("PENDING");
        }
        assertThat(telegram.sent(DM).stream().filter(t -> t.contains("Filled"))).isEmpty();

        try (ApplicationContext second = start()) {
            assertThat(telegram.awaitSent(DM, "Filled: BUY 0.1 BTCUSDT", WAIT)).isNotNull();
            // the fake has the message; the outbox marks it sent once Telegram's answer is back
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!"SENT".equals(Sql.text(database, "select status from notifications where kind = 'ORDERS' order by id"))
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(Sql.text(database, "select status from notifications where kind = 'ORDERS' order by id"))
                    .isEqualTo("SENT");
        }
    }

    @Test
    void ofTwoInstancesOneHoldsTheBotAndTheOtherTakesOverWhenItGoes() {
        ApplicationContext a = start();
        ApplicationContext b = start();
        try {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!(active(a) ^ active(b))) {
                assertThat(System.nanoTime()).as("one instance becomes active").isLessThan(deadline);
                sleep(50);
            }
            sleep(1000);
            assertThat(active(a) && active(b)).as("never both").isFalse();
            ApplicationContext holder = active(a) ? a : b;
            ApplicationContext other = holder == a ? b : a;

            holder.close();
            deadline = System.nanoTime() + WAIT.toNanos();
            while (!active(other)) {
                assertThat(System.nanoTime()).as("the other takes over").isLessThan(deadline);
                sleep(50);
            }
            telegram.push(Updates.privateText(USER, "/start"));
            telegram.awaitSent(DM, "Welcome", WAIT);
            sleep(500);
            assertThat(telegram.sent(DM)).hasSize(1);
        } finally {
            for (ApplicationContext c : List.of(a, b)) {
                if (c.isRunning()) {
                    c.close();
                }
            }
        }
    }

    private ApplicationContext start() {
        Map<String, Object> p = new HashMap<>(TelegramTest.telegramProperties(telegram));
        p.put("datasources.default.url", database);
        p.put("datasources.default.username", "postgres");
        p.put("datasources.default.password", "");
        p.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "restart-test-secret-0123456789-abcdefghijklmnop");
        p.put("tradewire.pipeline.recovery.enabled", "false");
        p.put("tradewire.execution.poller.enabled", "false");
        p.put("tradewire.keys.master-key", io.tradewire.config.IntegrationTest.MASTER_KEY);
        return ApplicationContext.builder().deduceEnvironment(false).properties(p).start();
    }

    private static boolean active(ApplicationContext c) {
        return c.isRunning() && c.getBean(TelegramBot.class).isActive();
    }

    private static void await(ApplicationContext c) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!active(c)) {
            assertThat(System.nanoTime()).as("the bot starts").isLessThan(deadline);
            sleep(20);
        }
    }

    private void awaitOffset(long next) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (Sql.number(database, "select coalesce(max(next_update_id), 0) from chat_offsets") < next) {
            assertThat(System.nanoTime()).as("offset reaches " + next).isLessThan(deadline);
            sleep(20);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
