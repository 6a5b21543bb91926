package io.tradewire.config.telegram;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tradewire.config.localexchange.LocalExchange;
import io.tradewire.trading.venue.mt5.bridge.Liveness;
import io.tradewire.trading.venue.mt5.bridge.Mt5Bridge;
import io.tradewire.trading.venue.mt5.link.Mt5Links;
import io.tradewire.trading.venue.mt5.standin.ReplyMemory;
import io.tradewire.trading.venue.mt5.standin.SimAccount;
import io.tradewire.trading.venue.mt5.standin.StandInTerminal;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /link onto real venues from a private chat, as a subscriber would: Binance keys checked once
 * against a local exchange (the operator's base URL for binance), stored sealed, the message
 * holding them deleted, then a copied signal placed on that exchange; a wrong secret refused in
 * Binance's words with nothing stored; an MT5 terminal linked by the token the bot shows, which a
 * stand-in terminal then presents to the bridge.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TelegramLinkTest extends TelegramTest {
    static final LocalExchange EXCHANGE = LocalExchange.start(0, Clock.systemUTC());
    static final long CHANNEL = -1007770001L;
    static final long DAVE = 3001;
    static final String DM = String.valueOf(DAVE);
    static final String KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    static final String KEY2 = "Qw3rTy8uIoPaSdFgHjKlZxCvBnM1234567890qWeRtYuIoPaSdFgHjKlZxCvBnM12";
    static final String SECRET2 = "Zx9cVbNmAsDfGhJkLqWeRtYuIoP0987654321zXcVbNmAsDfGhJkLqWeRtYuIoP98";
    static final String PUBLIC_ENDPOINT = "tcp://mt5.tradewire.test:5556";

    @Inject
    Mt5Links links;
    @Inject
    Mt5Bridge bridge;
    private StandInTerminal terminal;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> p = new java.util.HashMap<>();
        p.put("tradewire.xchange.base-urls.binance", EXCHANGE.baseUrl());
        p.put("tradewire.mt5.enabled", "true");
        p.put("tradewire.mt5.bind", "tcp://127.0.0.1:*");
        p.put("tradewire.mt5.public-endpoint", PUBLIC_ENDPOINT);
        // quick liveness, so a terminal that goes away is down within a second
        p.put("tradewire.mt5.heartbeat-interval", "100ms");
        p.put("tradewire.mt5.stale-after", "400ms");
        p.put("tradewire.mt5.down-after", "800ms");
        p.put("tradewire.mt5.request-ttl", "1s");
        return p;
    }

    @AfterAll
    void stopVenues() {
        if (terminal != null) {
            terminal.close();
        }
        EXCHANGE.close();
    }

    @Test
    @Order(1)
    void binanceKeysAreCheckedStoredSealedAndTheirMessageDeleted() {
        EXCHANGE.addAccount(KEY, SECRET, Map.of("USDT", new BigDecimal("5000")));
        ask(DAVE, "/start");
        int before = telegram.sent(DM).size();

        awaitHandled(telegram.push(Updates.privateText(DAVE, 501, "/link exchange binance " + KEY + " " + SECRET
                + " main")));

        assertThat(telegram.await("deletemessage", c -> c.body().get("message_id").equals(501), WAIT).chatId())
                .isEqualTo(DM);
        assertThat(telegram.awaitSent(DM, "Linked main", WAIT).text())
                .isEqualTo("Linked main (xchange) with 5000.00 USDT.");
        assertThat(text("select e.exchange || ' ' || e.base_url from exchange_accounts e join venue_accounts a"
                + " on a.id = e.account_id where a.label = 'main'")).isEqualTo("binance " + EXCHANGE.baseUrl());
        assertThat(sql("select count(*) from exchange_credentials")).isEqualTo(1);
        assertThat(ask(DAVE, "/accounts")).contains("- main (xchange): 5000.00 USDT");
        assertThat(telegram.sent(DM).subList(before, telegram.sent(DM).size()))
                .noneMatch(t -> t.contains(KEY) || t.contains(SECRET));
        assertNowhere(KEY, SECRET);
    }

    @Test
    @Order(2)
    void aSignalFollowedOnTheExchangeAccountIsPlacedOnTheExchange() {
        post(CHANNEL, "link_calls", 1, "hello", null);
        assertThat(ask(DAVE, "/follow @link_calls main")).contains("Now copying @link_calls on main");
        long accepted = EXCHANGE.acceptedOrders();

        post(CHANNEL, "link_calls", 2, "BUY BTC/USDT now at 42000 SL 41000 TP1 43000 TP2 44000", null);

        assertThat(telegram.awaitSent(DM, "BTCUSDT", WAIT).text()).contains("BTCUSDT", "on main");
        assertThat(EXCHANGE.acceptedOrders()).isEqualTo(accepted + 1);
        String cid = text("select o.client_order_id from orders o join venue_accounts a on a.id = o.account_id"
                + " where a.label = 'main' order by o.id limit 1");
        assertThat(EXCHANGE.orders(cid)).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aWrongSecretIsRefusedInBinancesWordsAndNothingIsStored() {
        long accounts = sql("select count(*) from venue_accounts");
        int before = telegram.sent(DM).size();

        awaitHandled(telegram.push(Updates.privateText(DAVE, 502, "/link exchange binance " + KEY + " "
                + SECRET.replace('N', 'M') + " second")));

        assertThat(telegram.await("deletemessage", c -> c.body().get("message_id").equals(502), WAIT)).isNotNull();
        assertThat(telegram.awaitSent(DM, "Signature for this request is not valid", WAIT).text())
                .startsWith("Sorry: ");
        assertThat(sql("select count(*) from venue_accounts")).isEqualTo(accounts);
        assertThat(sql("select count(*) from exchange_credentials")).isEqualTo(1);
        assertThat(telegram.sent(DM).subList(before, telegram.sent(DM).size())).noneMatch(t -> t.contains(KEY));
    }

    @Test
    @Order(4)
    void anMt5TerminalIsLinkedByTheTokenTheBotShowsOnce() {
        String answer = ask(DAVE, "/link mt5 desk");

        Matcher m = Pattern.compile("twl_[A-Za-z0-9_-]{43}").matcher(answer);
        assertThat(m.find()).as(answer).isTrue();
        String token = m.group();
        assertThat(answer).contains("MT5 account desk", "LinkToken", "Endpoint = " + PUBLIC_ENDPOINT,
                "shown this once");
        long account = links.accountForToken(token).orElseThrow();
        assertThat(text("select label from venue_accounts where id = " + account)).isEqualTo("desk");
        assertNowhere(token);

        terminal = terminal(token);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (bridge.liveness(account) != Liveness.UP && System.nanoTime() < deadline) {
            sleep(20);
        }
        assertThat(bridge.liveness(account)).isEqualTo(Liveness.UP);
        assertThat(ask(DAVE, "/accounts")).contains("- desk (mt5)");
        assertThat(telegram.awaitSent(DM, "Account desk: MT5 terminal login 51009", WAIT).text().lines())
                .contains("Account desk: MT5 terminal login 51009 on Stand-In-Demo (hedging) linked.");
    }

    @Test
    @Order(5)
    void theSubscriberHearsWhenTheTerminalGoesDownAndWhenItIsBack() {
        long account = sql("select id from venue_accounts where label = 'desk'");
        String token = links.rotate("test", account);
        terminal.close();

        assertThat(telegram.awaitSent(DM, "is down", WAIT).text()).contains("Account desk: the MT5 terminal")
                .contains("orders for this account are held until it is back");

        terminal = terminal(token);
        // the new link and the terminal up again: one DM, a line each, when they are queued together
        assertThat(telegram.awaitSent(DM, "is up", WAIT).text()).contains("Account desk: the MT5 terminal",
                "orders for this account go out again");
        // a stale spell that recovers is not news: one "down" so far, one "up"
        assertThat(telegram.sent(DM).stream().filter(t -> t.contains(" is down ")).count()).isEqualTo(1);
    }

    @Test
    @Order(6)
    void aSlowKeyCheckDoesNotHoldUpTheChannelsPosts() {
        EXCHANGE.latency(Duration.ofSeconds(2));
        try {
            long asked = System.nanoTime();
            awaitHandled(telegram.push(Updates.privateText(DAVE, 503, "/link exchange binance " + KEY + " "
                    + SECRET.replace('N', 'Q') + " third")));
            // a post behind the key check (in a channel nobody copies onto the slow exchange) is taken
            // while the check still waits
            post(-1007770002L, "other_calls", 1, "BUY ETH/USDT now at 2000 SL 1900 TP 2200", null);
            long taken = System.nanoTime();
            assertThat(sql("select count(*) from signals where symbol = 'ETHUSDT'")).isEqualTo(1);

            FakeBotApi.Call refused = telegram.await("sendmessage", c -> c.chatId().equals(DM)
                    && c.text().contains("Signature for this request is not valid") && c.atNanos() > asked, WAIT);
            assertThat(taken).as("the post was taken before the key check answered").isLessThan(refused.atNanos());
        } finally {
            EXCHANGE.latency(Duration.ZERO);
        }
    }

    @Test
    @Order(7)
    void aSlowExchangeInOneChannelHoldsUpNoOtherChannelsPost() {
        assertThat(ask(DAVE, "/follow @other_calls")).contains("Now copying @other_calls on paper");
        EXCHANGE.latency(Duration.ofSeconds(3));
        try {
            long pushed = System.nanoTime();
            telegram.push(Updates.channelPost(CHANNEL, "link_calls", 4, "BUY SOL/USDT now at 100 SL 90 TP 120", null));
            telegram.push(Updates.channelPost(-1007770002L, "other_calls", 2, "BUY ADA/USDT now at 1 SL 0.9 TP 1.2",
                    null));

            FakeBotApi.Call paper = telegram.await("sendmessage", c -> c.chatId().equals(DM) && c.atNanos() > pushed
                    && c.text().contains("ADAUSDT") && c.text().contains("on paper"), WAIT);
            FakeBotApi.Call slow = telegram.await("sendmessage", c -> c.chatId().equals(DM) && c.atNanos() > pushed
                    && c.text().contains("SOLUSDT") && c.text().contains("on main"), WAIT);
            assertThat(paper.atNanos()).as("the paper copy did not wait for the slow exchange")
                    .isLessThan(slow.atNanos());
            assertThat(EXCHANGE.orders(text("select client_order_id from orders where symbol = 'SOLUSDT'"
                    + " order by id limit 1"))).isEqualTo(1);
        } finally {
            EXCHANGE.latency(Duration.ZERO);
        }
    }

    @Test
    @Order(8)
    void theKeysMayAnswerTheBotsQuestionAndThatAnswerIsDeleted() {
        EXCHANGE.addAccount(KEY2, SECRET2, Map.of("USDT", new BigDecimal("700")));
        int before = telegram.sent(DM).size();

        assertThat(ask(DAVE, "/link exchange Binance")).startsWith("Reply with your binance API key and API secret,"
                + " separated by a space").contains("I delete your reply as soon as I have read it", "10 minutes");
        FakeBotApi.Call question = telegram.await("sendmessage", c -> c.chatId().equals(DM)
                && c.text().startsWith("Reply with your binance"), WAIT);
        assertThat(String.valueOf(question.body().get("reply_markup"))).contains("force_reply");

        awaitHandled(telegram.push(Updates.privateText(DAVE, 504, KEY2 + " " + SECRET2 + " fourth")));
        assertThat(telegram.await("deletemessage", c -> c.body().get("message_id").equals(504), WAIT).chatId())
                .isEqualTo(DM);
        assertThat(telegram.awaitSent(DM, "Linked fourth", WAIT).text())
                .isEqualTo("Linked fourth (xchange) with 700.00 USDT.");
        assertThat(ask(DAVE, "/accounts")).contains("- fourth (xchange): 700.00 USDT");
        assertThat(telegram.sent(DM).subList(before, telegram.sent(DM).size()))
                .noneMatch(t -> t.contains(KEY2) || t.contains(SECRET2));
        assertNowhere(KEY2, SECRET2);
    }

    @Test
    @Order(9)
    void keysSentUnaskedAreDeletedAndAnAnswerWithoutTheSecretStoresNothing() {
        long accounts = sql("select count(*) from venue_accounts");
        // no question open: deleted, and the user told the right way
        awaitHandled(telegram.push(Updates.privateText(DAVE, 505, KEY2 + " " + SECRET2)));
        assertThat(telegram.await("deletemessage", c -> c.body().get("message_id").equals(505), WAIT)).isNotNull();
        assertThat(telegram.awaitSent(DM, "looked like API keys", WAIT).text())
                .isEqualTo("That looked like API keys, so I deleted it. To link an exchange, send /link exchange"
                        + " <exchange> (e.g. /link exchange binance) and answer my question with the keys."
                        + " Nothing was stored.");

        // an answer holding only a key: deleted, refused with what is missing
        ask(DAVE, "/link exchange okx");
        awaitHandled(telegram.push(Updates.privateText(DAVE, 506, KEY2)));
        assertThat(telegram.await("deletemessage", c -> c.body().get("message_id").equals(506), WAIT)).isNotNull();
        assertThat(telegram.awaitSent(DM, "I need the API key and the API secret", WAIT).text())
                .contains("and passphrase=...", "send /link exchange okx to try again");

        // a command in between drops the question: the next words are not taken for keys
        ask(DAVE, "/link exchange binance");
        assertThat(ask(DAVE, "/accounts")).contains("- fourth (xchange)");
        assertThat(ask(DAVE, "hello")).isEqualTo("Send /help for what I can do.");

        // an exchange Tradewire does not bundle is refused before any key is typed
        assertThat(ask(DAVE, "/link exchange binanse")).isEqualTo("Sorry: unknown exchange 'binanse': use one of"
                + " binance, bybit, okx, kraken, coinbase, kucoin");
        assertThat(ask(DAVE, "hello")).isEqualTo("Send /help for what I can do.");

        // in a group the bot only says where keys go
        awaitHandled(telegram.push(Updates.groupText(-1007770003L, DAVE, 9, "/link exchange binance")));
        assertThat(telegram.awaitSent("-1007770003", "private chat", WAIT).text())
                .startsWith("Keys are only taken in a private chat with me");
        assertThat(sql("select count(*) from venue_accounts")).isEqualTo(accounts);
        assertNowhere(KEY2, SECRET2);
    }

    /** A stand-in MT5 terminal on 127.0.0.1 presenting the token, as the EA would. */
    private StandInTerminal terminal(String token) {
        return new StandInTerminal(new StandInTerminal.Options(bridge.endpoint(), token, Duration.ofMillis(100),
                null), new SimAccount(SimAccount.Mode.HEDGING, "USD", new BigDecimal("10000"), 100, "51009",
                "Stand-In-Demo", Clock.systemUTC()), new ReplyMemory(100, null), Clock.systemUTC()).start();
    }

    private void assertNowhere(String... secrets) {
        for (String s : secrets) {
            assertThat(sql("select count(*) from inbox_messages where text like '%" + s + "%'")).isZero();
            assertThat(sql("select count(*) from audit_log where detail like '%" + s + "%'")).isZero();
            assertThat(sql("select count(*) from notifications where text like '%" + s + "%'")).isZero();
            assertThat(sql("select count(*) from venue_accounts where label like '%" + s + "%'")).isZero();
        }
    }
}
