package io.tradewire.config.telegram;

import io.tradewire.config.ServeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's "done when", as a user runs it: {@code serve} in its own JVM with only
 * TELEGRAM_TOKEN and TELEGRAM_API_URL set (the fake Bot API standing in for Telegram), then
 * /start, /follow @channel for a channel the bot has seen, the channel's signal, a DM naming
 * BTC, and /positions listing BTC. Prints the time from the post to the DM (a measurement, not
 * an assertion).
 */
class TelegramServeTest {
    static final Duration WAIT = Duration.ofSeconds(60);
    static final long CHANNEL = -1001112223334L;
    static final long USER = 9001;
    static final String DM = String.valueOf(USER);

    @TempDir
    Path dataDir;

    @Test
    void aSubscriberGoesFromStartToACopiedTradeOnTelegramAgainstServe() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi()) {
            Process serve = ServeProcess.start(dataDir, Map.of("TELEGRAM_TOKEN", FakeBotApi.TOKEN,
                    "TELEGRAM_API_URL", telegram.url()));
            try {
                telegram.await("setmycommands", c -> true, WAIT);
                telegram.push(Updates.channelPost(CHANNEL, "serve_signals", 1, "Signals start tomorrow", null));
                telegram.push(Updates.privateText(USER, "/start"));
                assertThat(telegram.awaitSent(DM, "Welcome", WAIT).text()).contains("paper");
                telegram.push(Updates.privateText(USER, "/follow @serve_signals"));
                assertThat(telegram.awaitSent(DM, "Now copying @serve_signals", WAIT)).isNotNull();

                long posted = System.nanoTime();
                telegram.push(Updates.channelPost(CHANNEL, "serve_signals", 2,
                        "BUY BTC/USDT now at 42000 SL 41000 TP1 43000 TP2 44000", null));
                FakeBotApi.Call dm = telegram.awaitSent(DM, "BTC", WAIT);
                System.out.printf("post-to-DM (serve process, fake Bot API): %d ms%n",
                        (dm.atNanos() - posted) / 1_000_000);
                assertThat(dm.text()).contains("Filled: BUY 0.1 BTCUSDT at 42000");

                telegram.push(Updates.privateText(USER, "/positions"));
                assertThat(telegram.awaitSent(DM, "Open positions", WAIT).text()).contains("BTCUSDT long 0.1");

                // a second post on the warm process, once the first one's notices (its stop and two targets
                // placed, one DM a second per chat) are out
                telegram.awaitSent(DM, "at 44000", WAIT);
                Thread.sleep(1100);
                long again = System.nanoTime();
                telegram.push(Updates.channelPost(CHANNEL, "serve_signals", 3,
                        "SELL ETH/USDT now at 2000 SL 2100 TP 1800", null));
                FakeBotApi.Call second = telegram.awaitSent(DM, "ETHUSDT", WAIT);
                System.out.printf("post-to-DM, second post (serve process, fake Bot API): %d ms%n",
                        (second.atNanos() - again) / 1_000_000);

                serve.destroy();
                assertThat(serve.waitFor(40, TimeUnit.SECONDS)).isTrue();
                String log = Files.readString(dataDir.resolve("serve.log"));
                assertThat(log).contains("Telegram bot on", "Telegram bot @" + FakeBotApi.BOT_USERNAME + " running")
                        .doesNotContain(FakeBotApi.TOKEN);
            } finally {
                serve.destroyForcibly();
            }
        }
    }
}
