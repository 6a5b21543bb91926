package io.tradewire.config.discord;

import io.tradewire.config.ServeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.tradewire.config.discord.FakeDiscord.GENERAL;
import static io.tradewire.config.discord.FakeDiscord.MEMBER;
import static io.tradewire.config.discord.FakeDiscord.OWNER;
import static io.tradewire.config.discord.FakeDiscord.SIGNALS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when", as a user runs it: {@code serve} in its own JVM with DISCORD_TOKEN and
 * the fake's REST and gateway addresses (DISCORD_API_URL, DISCORD_GATEWAY_URL) in its
 * environment; the server's owner marks the channel, a member runs /start and /follow, the channel
 * posts the BTC signal, a DM naming BTC arrives, /positions lists BTC. Prints the time from the
 * post to the DM (a measurement, not an assertion).
 */
class DiscordServeTest {
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void aSubscriberGoesFromStartToACopiedTradeOnDiscordAgainstServe() throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            Process serve = ServeProcess.start(dataDir, Map.of("DISCORD_TOKEN", FakeDiscord.TOKEN,
                    "DISCORD_API_URL", discord.restUrl(), "DISCORD_GATEWAY_URL", discord.gatewayUrl()));
            try {
                discord.awaitSessionLive(WAIT);
                discord.log().awaitCommand("watch", WAIT);
                assertThat(answer(discord, DiscordEvents.slash("watch").by(OWNER).in(SIGNALS)))
                        .startsWith("Watching #signals");
                assertThat(answer(discord, DiscordEvents.slash("start").by(MEMBER).in(GENERAL))).contains("Welcome");
                assertThat(answer(discord, DiscordEvents.slash("follow").by(MEMBER).in(GENERAL)
                        .channel("channel", SIGNALS))).contains("Now copying #signals on paper");

                long posted = System.nanoTime();
                discord.pushMessage(SIGNALS, OWNER, "BUY BTC/USDT now at 42000 SL 41000 TP1 43000 TP2 44000");
                var dm = discord.log().awaitDm(MEMBER.id(), "BTC", WAIT);
                System.out.printf("post-to-DM (serve process, fake Discord): %d ms%n",
                        (dm.atNanos() - posted) / 1_000_000);
                assertThat(dm.content()).contains("Filled: BUY 0.1 BTCUSDT at 42000");

                assertThat(answer(discord, DiscordEvents.slash("positions").by(MEMBER).in(GENERAL)))
                        .contains("BTCUSDT long 0.1");

                // a second post on the warm process, once the first one's notices (its stop and two targets
                // placed, one DM a second per chat) are out
                discord.log().awaitDm(MEMBER.id(), "at 44000", WAIT);
                Thread.sleep(1100);
                long again = System.nanoTime();
                discord.pushMessage(SIGNALS, OWNER, "SELL ETH/USDT now at 2000 SL 2100 TP 1800");
                var second = discord.log().awaitDm(MEMBER.id(), "ETHUSDT", WAIT);
                System.out.printf("post-to-DM, second post (serve process, fake Discord): %d ms%n",
                        (second.atNanos() - again) / 1_000_000);

                serve.destroy();
                assertThat(serve.waitFor(40, TimeUnit.SECONDS)).isTrue();
                String log = Files.readString(dataDir.resolve("serve.log"));
                assertThat(log).contains("Discord bot on").doesNotContain(FakeDiscord.TOKEN);
            } finally {
                serve.destroyForcibly();
            }
        }
    }

    private static String answer(FakeDiscord discord, DiscordEvents.Interaction interaction) {
        return discord.log().awaitAnswer(discord.interact(interaction), "", WAIT).content();
    }
}
