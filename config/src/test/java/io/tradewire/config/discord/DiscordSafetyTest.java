package io.tradewire.config.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tradewire.config.localexchange.LocalExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import static io.tradewire.config.discord.FakeDiscord.GENERAL;
import static io.tradewire.config.discord.FakeDiscord.MEMBER;
import static io.tradewire.config.discord.FakeDiscord.OWNER;
import static io.tradewire.config.discord.FakeDiscord.SIGNALS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must not happen by mistake: /close and /panic act only on their asker's press, once; API
 * keys are taken only in the form, and keys typed in a channel are deleted, warned about, never
 * stored and never logged.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiscordSafetyTest extends DiscordTest {
    static final LocalExchange EXCHANGE = LocalExchange.start(0, Clock.systemUTC());
    static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();
    static final String KEY = "QwErTy0123456789QwErTy0123";
    static final String SECRET = "ZxCvB9876543210ZxCvB9876543210zz";

    static {
        for (String name : new String[] {"io.tradewire", "net.dv8tion", "okhttp3"}) {
            ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.DEBUG);
        }
        LOGS.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(LOGS);
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("tradewire.xchange.base-urls.binance", EXCHANGE.baseUrl());
    }

    @AfterAll
    void stopExchange() {
        EXCHANGE.close();
    }

    @BeforeAll
    void aSubscriberWithAnOpenPosition() {
        EXCHANGE.addAccount(KEY, SECRET, Map.of("USDT", new BigDecimal("2500")));
        watch(SIGNALS);
        text(slash("start", MEMBER, GENERAL));
        text(slash("start", OWNER, GENERAL));
        assertThat(text(slash("follow", MEMBER, GENERAL).channel("channel", SIGNALS))).contains("Now copying");
        discord.pushMessage(SIGNALS, OWNER, "BUY ETH/USDT now at 3000 SL 2900 TP 3200");
        discord.log().awaitDm(MEMBER.id(), "ETHUSDT", WAIT);
    }

    @Test
    @Order(1)
    void panicWaitsForItsAskersPressAndActsOnce() {
        InteractionReply question = ask(slash("panic", MEMBER, GENERAL));
        assertThat(question.content()).startsWith("Emergency stop: pause copying").contains("close all 1 open");
        assertThat(question.buttonLabels()).containsExactly("Yes, stop everything", "No");
        String yes = question.customIds().get(0);
        assertThat(yes).startsWith("c:");

        // someone else's press: told so, alone, and nothing happens
        long other = discord.press(question, yes, OWNER);
        InteractionReply notYours = discord.log().awaitAnswer(other, "only the person who asked", WAIT);
        assertThat(notYours.ephemeral()).isTrue();
        assertThat(sql("select count(*) from positions where symbol = 'ETHUSDT' and quantity <> 0")).isEqualTo(1);

        long mine = discord.press(question, yes, MEMBER);
        assertThat(discord.log().awaitAnswer(mine, "Emergency stop done", WAIT).content())
                .contains("Closed 1 ETHUSDT on paper");
        assertThat(sql("select count(*) from positions where symbol = 'ETHUSDT' and quantity <> 0")).isZero();

        // a used button does nothing more
        long again = discord.press(question, yes, MEMBER);
        assertThat(discord.log().awaitAnswer(again, "already answered", WAIT)).isNotNull();
        assertThat(text(slash("resume", MEMBER, GENERAL))).contains("copying new entries");
    }

    @Test
    @Order(2)
    void closeOffersTheOpenSymbolsAndNoCancels() {
        discord.pushMessage(SIGNALS, OWNER, "BUY SOL/USDT now at 100 SL 90 TP 120");
        discord.log().awaitDm(MEMBER.id(), "SOLUSDT", WAIT);
        InteractionReply which = ask(slash("close", MEMBER, GENERAL));
        assertThat(which.customIds()).containsExactly("k:SOLUSDT", "k:all");
        long pick = discord.press(which, "k:SOLUSDT", MEMBER);
        InteractionReply question = discord.log().awaitAnswer(pick, "Close SOLUSDT at market?", WAIT);
        long no = discord.press(question, question.customIds().get(1), MEMBER);
        assertThat(discord.log().awaitAnswer(no, "Cancelled; nothing was done.", WAIT)).isNotNull();
        assertThat(sql("select count(*) from positions where symbol = 'SOLUSDT' and quantity <> 0")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void keysPastedInAChannelAreDeletedWarnedAboutAndNeverStored() {
        long pasted = discord.pushMessage(SIGNALS, MEMBER, "my binance api key " + KEY + " secret " + SECRET);
        assertThat(discord.log().awaitDeleted(pasted, WAIT).refused()).isFalse();
        assertThat(discord.log().awaitPosted(SIGNALS, "never post API keys", WAIT).content())
                .contains(MEMBER.mention(), "I deleted the message").doesNotContain(KEY);
        assertThat(discord.log().awaitDm(MEMBER.id(), "looked like API keys", WAIT).content()).doesNotContain(KEY);

        // where the bot may not delete, the poster is told to delete it
        discord.refuseDeletes(true);
        long kept = discord.pushMessage(GENERAL, MEMBER, "api key: " + KEY);
        assertThat(discord.log().awaitDeleted(kept, WAIT).refused()).isTrue();
        assertThat(discord.log().awaitPosted(GENERAL, "I could not delete it", WAIT)).isNotNull();
        discord.refuseDeletes(false);

        assertThat(sql("select count(*) from inbox_messages where text like '%" + KEY + "%'")).isZero();
    }

    @Test
    @Order(4)
    void exchangeKeysAreTakenOnlyInTheForm() {
        InteractionReply form = discord.log().awaitReply(discord.interact(slash("link", MEMBER, GENERAL)
                .subcommand("exchange").string("exchange", "binance").string("label", "main")), WAIT);
        assertThat(form.modal()).isTrue();
        assertThat(form.modalId()).isEqualTo("lx:binance:main");
        assertThat(form.customIds()).containsExactly("key", "secret");

        // the keys are checked with the exchange (the local one, the operator's address for binance)
        long submitted = discord.submit(form, MEMBER, Map.of("key", KEY, "secret", SECRET));
        InteractionReply answer = discord.log().awaitAnswer(submitted, "Linked", WAIT);
        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.content()).isEqualTo("Linked main (xchange) with 2500.00 USDT.");
        assertThat(sql("select count(*) from exchange_credentials")).isEqualTo(1);

        // a wrong secret: Binance's words, nothing stored
        InteractionReply again = discord.log().awaitReply(discord.interact(slash("link", MEMBER, GENERAL)
                .subcommand("exchange").string("exchange", "binance").string("label", "second")), WAIT);
        long wrong = discord.submit(again, MEMBER, Map.of("key", KEY, "secret", SECRET + "x"));
        assertThat(discord.log().awaitAnswer(wrong, "Signature for this request is not valid", WAIT).content())
                .startsWith("Sorry: ").doesNotContain(KEY);
        assertThat(sql("select count(*) from venue_accounts where label = 'second'")).isZero();
        for (String s : new String[] {KEY, SECRET}) {
            assertThat(sql("select count(*) from audit_log where detail like '%" + s + "%'")).isZero();
            // nothing the bot sent to Discord carries them (the form's own submission is the user's, not the bot's)
            assertThat(discord.log().calls().stream().filter(c -> !c.path().startsWith("interactions")
                    && String.valueOf(c.json()).contains(s)).count()).isZero();
        }

        assertThat(text(slash("link", MEMBER, GENERAL).subcommand("exchange").string("exchange", "bin@nce")))
                .isEqualTo("Sorry: exchange must be a name like binance or kraken, got 'bin@nce'");
    }

    @Test
    @Order(5)
    void neitherTheTokenNorKeysAreEverLogged() {
        String all = LOGS.list.stream().map(e -> e.getFormattedMessage() + " " + (e.getThrowableProxy() == null ? ""
                : e.getThrowableProxy().getMessage())).collect(Collectors.joining("\n"));
        assertThat(all).contains("keys refused");
        assertThat(all).doesNotContain(FakeDiscord.TOKEN).doesNotContain(KEY).doesNotContain(SECRET);
    }

    @Test
    @Order(6)
    void slowKeyChecksHoldUpNobodyElsesAcknowledgement() {
        EXCHANGE.latency(java.time.Duration.ofSeconds(4));
        try {
            // five forms whose key checks wait on a slow exchange, then another user's command
            for (int i = 0; i < 5; i++) {
                InteractionReply form = discord.log().awaitReply(discord.interact(slash("link", MEMBER, GENERAL)
                        .subcommand("exchange").string("exchange", "binance").string("label", "slow" + i)), WAIT);
                discord.submit(form, MEMBER, Map.of("key", KEY, "secret", SECRET + i));
            }
            long asked = discord.interact(slash("help", OWNER, GENERAL));
            // acknowledged within Discord's 3 s (the fake refuses a later callback, so none would be logged)
            InteractionReply ack = discord.log().awaitReply(asked, java.time.Duration.ofSeconds(3));
            assertThat(ack.deferred()).isTrue();
            assertThat(discord.log().awaitAnswer(asked, "/follow", WAIT)).isNotNull();
        } finally {
            EXCHANGE.latency(java.time.Duration.ZERO);
        }
    }
}
