package io.tradewire.config.telegram;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tradewire.config.localexchange.LocalExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot's safety behaviours: /panic and /close act only on their asker's confirming press
 * (another user's press and a stale button do nothing), and API keys are taken only in a
 * private chat, deleted once read, and refused (deleted, warned) in a group or channel.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TelegramSafetyTest extends TelegramTest {
    static final LocalExchange EXCHANGE = LocalExchange.start(0, Clock.systemUTC());
    static final long CHANNEL = -1009990001L;
    static final long GROUP = -1005550001L;
    static final long ALICE = 2001;
    static final long BOB = 2002;
    static final long CAROL = 2003;
    static final String KEY = "AbCdEf0123456789AbCdEf0123";
    static final String SECRET = "XyZ9876543210XyZ9876543210abc";

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("tradewire.xchange.base-urls.binance", EXCHANGE.baseUrl());
    }

    @AfterAll
    void stopExchange() {
        EXCHANGE.close();
    }

    @BeforeAll
    void twoFollowersWithTwoPositionsEach() {
        post(CHANNEL, "safe_calls", 1, "hello", null);
        for (long user : new long[] {ALICE, BOB}) {
            ask(user, "/start");
            assertThat(ask(user, "/follow @safe_calls")).contains("Now copying");
        }
        post(CHANNEL, "safe_calls", 2, "BUY BTC/USDT now at 42000 SL 41000 TP 44000", null);
        post(CHANNEL, "safe_calls", 3, "SELL ETH/USDT now at 2000 SL 2100 TP 1800", null);
        assertThat(open("tg_2001")).isEqualTo(2);
        assertThat(open("tg_2002")).isEqualTo(2);
    }

    @Test
    @Order(1)
    void panicActsOnlyOnTheConfirmingPressOfTheUserWhoAsked() {
        awaitHandled(telegram.push(Updates.groupText(GROUP, ALICE, 10, "/panic@" + FakeBotApi.BOT_USERNAME)));
        FakeBotApi.Call question = telegram.awaitSent(String.valueOf(GROUP), "Emergency stop", WAIT);
        assertThat(question.text()).contains("close all 2 open positions");
        String yes = buttons(question).get(0);
        assertThat(buttons(question)).containsExactly(yes, "x:" + yes.substring(2));

        FakeBotApi.Call bobs = press(BOB, GROUP, question, yes);
        assertThat(bobs.body()).containsEntry("show_alert", true);
        assertThat(String.valueOf(bobs.body().get("text"))).contains("only the person who asked");
        assertThat(open("tg_2001")).isEqualTo(2);
        assertThat(sql("select count(*) from subscribers where name = 'tg_2001' and paused")).isZero();

        press(ALICE, GROUP, question, yes);
        assertThat(telegram.await("editmessagetext", c -> c.text().contains("Emergency stop done"), WAIT).text())
                .contains("Closed 0.1 BTCUSDT on paper at 42000", "copying is paused");
        assertThat(open("tg_2001")).isZero();
        assertThat(sql("select count(*) from subscribers where name = 'tg_2001' and paused")).isEqualTo(1);
        assertThat(open("tg_2002")).as("Bob's trades are his").isEqualTo(2);

        long stops = sql("select count(*) from orders where origin = 'EMERGENCY_STOP'");
        FakeBotApi.Call again = press(ALICE, GROUP, question, yes);
        assertThat(String.valueOf(again.body().get("text"))).contains("already answered");
        assertThat(sql("select count(*) from orders where origin = 'EMERGENCY_STOP'")).isEqualTo(stops);
    }

    @Test
    @Order(2)
    void anExpiredButtonDoesNothing() {
        ask(BOB, "/panic");
        FakeBotApi.Call question = telegram.awaitSent(String.valueOf(BOB), "Emergency stop", WAIT);
        exec("update chat_confirmations set expires_at = now() - interval '1 second' where used_at is null");

        FakeBotApi.Call answer = press(BOB, BOB, question, buttons(question).get(0));

        assertThat(String.valueOf(answer.body().get("text"))).contains("expired; nothing was done");
        assertThat(open("tg_2002")).isEqualTo(2);
        assertThat(sql("select count(*) from subscribers where name = 'tg_2002' and paused")).isZero();
    }

    @Test
    @Order(3)
    void closeAsksFirstNoCancelsAndYesClosesOnlyThatSymbolWithCopyingLeftOn() {
        FakeBotApi.Call question = telegram.await("sendmessage", c -> c.text().startsWith("Close BTCUSDT"),
                WAIT, () -> ask(BOB, "/close btc/usdt"));
        assertThat(question.text()).contains("0.1 BTCUSDT on paper");
        press(BOB, BOB, question, buttons(question).get(1));
        assertThat(telegram.await("editmessagetext", c -> c.text().contains("Cancelled"), WAIT)).isNotNull();
        assertThat(open("tg_2002")).isEqualTo(2);

        FakeBotApi.Call again = telegram.await("sendmessage", c -> c.text().startsWith("Close BTCUSDT")
                && c != question, WAIT, () -> ask(BOB, "/close BTCUSDT"));
        press(BOB, BOB, again, buttons(again).get(0));
        assertThat(telegram.await("editmessagetext", c -> c.text().startsWith("Close done"), WAIT).text())
                .contains("Closed 0.1 BTCUSDT on paper");
        assertThat(open("tg_2002")).isEqualTo(1);
        assertThat(sql("select count(*) from orders where origin = 'MANUAL'")).isEqualTo(1);
        assertThat(sql("select count(*) from subscribers where name = 'tg_2002' and paused")).isZero();
    }

    @Test
    @Order(4)
    void keysPostedInAGroupAreDeletedRefusedAndTheirPosterWarned() {
        awaitHandled(telegram.push(Updates.groupText(GROUP, CAROL, 77, "/link exchange binance " + KEY + " " + SECRET)));

        FakeBotApi.Call deleted = telegram.await("deletemessage", c -> c.body().get("message_id").equals(77), WAIT);
        assertThat(deleted.chatId()).isEqualTo(String.valueOf(GROUP));
        assertThat(telegram.awaitSent(String.valueOf(GROUP), "Never post API keys", WAIT).text())
                .contains("@user2003", "I deleted the message", "private chat");
        assertThat(telegram.awaitSent(String.valueOf(CAROL), "Never post API keys", WAIT)).isNotNull();

        // keys in plain text too, and where the bot may not delete, it says so
        telegram.refuseDeletes(true);
        awaitHandled(telegram.push(Updates.groupText(GROUP, CAROL, 78, "here is my api key " + KEY)));
        assertThat(telegram.awaitSent(String.valueOf(GROUP), "could not delete it", WAIT)).isNotNull();
        telegram.refuseDeletes(false);
        // and in a channel post
        post(CHANNEL, "safe_calls", 9, "key " + KEY + " secret " + SECRET, null);
        assertThat(telegram.await("deletemessage", c -> c.body().get("message_id").equals(9), WAIT)).isNotNull();

        assertNowhere(KEY, SECRET);
    }

    @Test
    @Order(5)
    void keysInAPrivateChatAreDeletedOnceReadAndAnUnknownKeyIsRefusedWithNothingStored() {
        ask(CAROL, "/start");
        long accounts = sql("select count(*) from venue_accounts");
        int before = telegram.sent(String.valueOf(CAROL)).size();
        awaitHandled(telegram.push(Updates.privateText(CAROL, 4321, "/link exchange binance " + KEY + " " + SECRET)));

        assertThat(telegram.await("deletemessage", c -> c.body().get("message_id").equals(4321), WAIT).chatId())
                .isEqualTo(String.valueOf(CAROL));
        // the local exchange does not know this key: Binance's own words come back
        assertThat(telegram.awaitSent(String.valueOf(CAROL), "Invalid API-key", WAIT).text()).startsWith("Sorry: ");
        assertThat(sql("select count(*) from venue_accounts")).isEqualTo(accounts);
        assertThat(sql("select count(*) from exchange_credentials")).isZero();
        assertThat(ask(CAROL, "/link mt5")).contains("the MT5 bridge is off on this server", "Nothing was stored");
        assertThat(telegram.sent(String.valueOf(CAROL)).subList(before, telegram.sent(String.valueOf(CAROL)).size()))
                .noneMatch(t -> t.contains(KEY) || t.contains(SECRET));
        assertNowhere(KEY, SECRET);
    }

    private void assertNowhere(String... secrets) {
        for (String s : secrets) {
            assertThat(sql("select count(*) from inbox_messages where text like '%" + s + "%'")).isZero();
            assertThat(sql("select count(*) from audit_log where detail like '%" + s + "%'")).isZero();
            assertThat(sql("select count(*) from post_edits where text like '%" + s + "%'")).isZero();
            assertThat(sql("select count(*) from notifications where text like '%" + s + "%'")).isZero();
        }
    }

    private long open(String subscriber) {
        return sql("select count(*) from positions p join venue_accounts a on a.id = p.account_id"
                + " join subscribers s on s.id = a.subscriber_id where s.name = '" + subscriber
                + "' and p.quantity <> 0");
    }
}
