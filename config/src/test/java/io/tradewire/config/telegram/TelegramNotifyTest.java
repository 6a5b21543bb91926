package io.tradewire.config.telegram;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices as DMs through the outbox: a burst within Telegram's limits, a 429's retry_after
 * honoured with nothing lost, /notify off and silent, and each kind of event: refusal, close
 * with P&amp;L, stop hit, venue down and back.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TelegramNotifyTest extends TelegramTest {
    static final long CHANNEL = -1007770001L;
    static final long USER = 7001;
    static final String DM = String.valueOf(USER);

    @BeforeAll
    void aFollowerOfOneChannel() {
        post(CHANNEL, "notes_calls", 1, "hello", null);
        ask(USER, "/start");
        assertThat(ask(USER, "/follow @notes_calls")).contains("Now copying");
        assertThat(ask(USER, "/risk fixed=100")).contains("fixed=100");
    }

    @Test
    @Order(1)
    void aBurstOfFillsWaitsOutA429AndThePerChatLimitAndArrivesWholeAndInOrder() {
        telegram.failNext("sendmessage", 2, 429, 1);
        String[] symbols = {"BTC", "ETH", "SOL", "XRP"};
        for (int i = 0; i < symbols.length; i++) {
            post(CHANNEL, "notes_calls", 10 + i, "BUY " + symbols[i] + "/USDT now at " + (100 + i) + " SL " + (90 + i)
                    + " TP " + (120 + i), null);
        }
        telegram.awaitSent(DM, "XRPUSDT", WAIT);

        // what queued while the chat waited goes together, a line each, in the order it happened
        List<FakeBotApi.Call> dms = telegram.delivered(DM).stream()
                .filter(c -> c.text().startsWith("Filled") || c.text().startsWith("Placed")).toList();
        List<String> fills = dms.stream().flatMap(c -> c.text().lines()).filter(l -> l.startsWith("Filled")).toList();
        assertThat(fills).hasSize(4).satisfiesExactly(t -> assertThat(t).contains("BTCUSDT"),
                t -> assertThat(t).contains("ETHUSDT"), t -> assertThat(t).contains("SOLUSDT"),
                t -> assertThat(t).contains("XRPUSDT"));
        long notices = sql("select count(*) from notifications where text like 'Filled%' or text like 'Placed%'");
        assertThat(dms.size()).as("fewer messages than notices").isLessThan((int) notices);
        assertThat(dms).allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(4096));
        List<FakeBotApi.Call> limited = telegram.calls("sendmessage").stream()
                .filter(c -> c.chatId().equals(DM) && c.messageId() == null).toList();
        assertThat(limited).hasSize(2);
        // retry_after was 1 s: nothing went to Telegram before it was over
        long afterLimit = dms.get(0).atNanos() - limited.get(1).atNanos();
        assertThat(afterLimit / 1_000_000).isGreaterThanOrEqualTo(990);
        for (int i = 1; i < dms.size(); i++) {
            assertThat((dms.get(i).atNanos() - dms.get(i - 1).atNanos()) / 1_000_000)
                    .as("one message a second per chat").isGreaterThanOrEqualTo(990);
        }
        // each fill also arms its exits ("Placed: ..."): the outbox drains at one message a second
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (sql("select count(*) from notifications where status <> 'SENT'") > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(sql("select count(*) from notifications where status <> 'SENT'")).isZero();
    }

    @Test
    @Order(2)
    void notifyOffKeepsAKindOutOfTheOutboxAndSilentSendsWithoutASound() {
        assertThat(ask(USER, "/notify orders off")).contains("orders (orders placed and filled): off");
        post(CHANNEL, "notes_calls", 20, "BUY ADA/USDT now at 1 SL 0.9 TP 1.2", null);
        long fill = sql("select max(f.id) from fills f join orders o on o.id = f.order_id where o.symbol = 'ADAUSDT'");
        awaitCursor("fills", fill);
        assertThat(sql("select count(*) from notifications where dedupe_key like 'fill:" + fill + "@%'")).isZero();

        assertThat(ask(USER, "/notify all silent")).contains("orders (orders placed and filled): silent");
        post(CHANNEL, "notes_calls", 21, "BUY DOT/USDT now at 5 SL 4.5 TP 6", null);
        assertThat(telegram.awaitSent(DM, "DOTUSDT", WAIT).body()).containsEntry("disable_notification", true);
        ask(USER, "/notify all on");
    }

    @Test
    @Order(3)
    void aRefusalAClosedPositionAStopHitAndAVenueOutageEachGetTheirNotice() {
        ask(USER, "/risk require_sl=yes");
        post(CHANNEL, "notes_calls", 30, "BUY LINK/USDT now at 10 TP 12", null);
        assertThat(telegram.awaitSent(DM, "Not copied: LINKUSDT", WAIT).text())
                .contains("from @notes_calls on paper", "stop loss", "/why");

        post(CHANNEL, "notes_calls", 31, "Close BTCUSDT now", null);
        assertThat(telegram.awaitSent(DM, "Closed: SELL 1 BTCUSDT at 100 on paper", WAIT).text())
                .contains("P&L -0.10 USDT after the closing fee; position closed.");

        // the engine's own stops arrive with order plans; a stop fill is told as such
        exec("insert into orders (account_id, client_order_id, venue, symbol, side, type, intent, quantity, status,"
                + " created_at, updated_at, origin) select a.id, 'stop-1', 'PAPER', 'ETHUSDT', 'SELL', 'STOP', 'CLOSE',"
                + " 0.99009901, 'FILLED', now(), now(), 'SIGNAL' from venue_accounts a join subscribers s"
                + " on s.id = a.subscriber_id where s.name = 'tg_7001'");
        exec("insert into fills (order_id, quantity, price, fee, filled_at, realized_pnl) select id, 0.99009901, 91,"
                + " 0.09, now(), -9.9 from orders where client_order_id = 'stop-1'");
        assertThat(telegram.awaitSent(DM, "Stop hit on ETHUSDT", WAIT).text()).contains("SELL 0.99009901 ETHUSDT at 91",
                "P&L -9.99 USDT after the closing fee");

        exec("update venue_accounts set disabled = true, disabled_reason = 'venue said 401 Unauthorized'"
                + " where label = 'paper' and subscriber_id = (select id from subscribers where name = 'tg_7001')");
        assertThat(telegram.awaitSent(DM, "Account paper is down", WAIT).text()).contains("venue said 401");
        exec("update venue_accounts set disabled = false, disabled_reason = null"
                + " where subscriber_id = (select id from subscribers where name = 'tg_7001')");
        assertThat(telegram.awaitSent(DM, "Account paper is back", WAIT)).isNotNull();
    }

    private void awaitCursor(String name, long id) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (sql("select coalesce(max(last_id), 0) from notify_cursors where name = '" + name + "'") < id) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the notifier did not read " + name + " up to " + id);
            }
            sleep(20);
        }
    }
}
