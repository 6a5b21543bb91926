package io.tradewire.config.telegram;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscriber's journey on Telegram, in process, through the real telegrambots client and a
 * fake Bot API: a channel becomes known, /start, /follow, a post becomes a copied trade and a
 * DM, /positions shows it; an edit amends the stop; a reply closes half.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TelegramJourneyTest extends TelegramTest {
    static final long CHANNEL = -1001234567890L;
    static final long ALICE = 4242;
    static final String DM = String.valueOf(ALICE);

    @Test
    @Order(1)
    void atStartTheCommandsAreRegisteredAndPollingReplacesAnyWebhook() {
        var commands = telegram.await("setmycommands", c -> true, WAIT);
        assertThat(commands.raw()).contains("\"start\"", "\"follow\"", "\"panic\"", "\"notify\"")
                .doesNotContain("killswitch");
        // registered just before polling starts: waited for, not assumed
        assertThat(telegram.await("deletewebhook", c -> true, WAIT)).isNotNull();
        var poll = telegram.await("getupdates", c -> true, WAIT);
        assertThat(poll.raw()).contains("channel_post", "edited_channel_post", "callback_query");
    }

    @Test
    @Order(2)
    void aSubscriberStartsFollowsASeenChannelAndGetsADmWhenItPosts() {
        post(CHANNEL, "alpha_signals", 1, "Good morning traders", null);
        assertThat(sql("select count(*) from providers where source = 'TELEGRAM' and channel = '" + CHANNEL + "'"))
                .isEqualTo(1);

        String welcome = ask(ALICE, "/start");
        assertThat(welcome).contains("Welcome", "tg_4242", "paper (paper): 10000.00 USDT", "/follow @channel");
        assertThat(ask(ALICE, "/follow @alpha_signals")).contains("Now copying @alpha_signals on paper",
                "risk_pct=1");

        long posted = System.nanoTime();
        post(CHANNEL, "alpha_signals", 2, "BUY BTC/USDT now at 42000 SL 41000 TP1 43000 TP2 44000", null);
        var dm = telegram.awaitSent(DM, "BTCUSDT", WAIT);
        System.out.printf("post-to-DM (in process, fake Bot API): %d ms%n", (dm.atNanos() - posted) / 1_000_000);
        assertThat(dm.text()).contains("Filled: BUY 0.1 BTCUSDT at 42000 on paper.");

        // 1% of 10000 at risk over a 1000 stop distance: 0.1 BTC
        assertThat(ask(ALICE, "/positions")).contains("BTCUSDT long 0.1 @ 42000 on paper");
    }

    @Test
    @Order(3)
    void anEditedPostMovesTheStopOfWhatItOpened() {
        int edit = telegram.push(Updates.editedChannelPost(CHANNEL, "alpha_signals", 2,
                "BUY BTC/USDT now at 42000 SL 41500 TP1 43000 TP2 44000", 1_700_000_000));
        awaitHandled(edit);
        // the engine's own edit path: the copy's plan takes the edited stop
        assertThat(text("select stop_price from order_plans where symbol = 'BTCUSDT'")).isEqualTo("41500");
        assertThat(text("select outcome from post_edits where message_id = '2'"))
                .isEqualTo("the copies take the edited prices (revision 1): each copy's plan says what moved");
        assertThat(telegram.awaitSent(DM, "after the provider's edit", WAIT).text()).contains(
                "Updated BTCUSDT on paper after the provider's edit: the entry is at market, nothing to amend there;"
                        + " sl 41000 -> 41500.");

        // the same edit delivered again amends nothing more
        awaitHandled(telegram.push(Updates.editedChannelPost(CHANNEL, "alpha_signals", 2,
                "BUY BTC/USDT now at 42000 SL 41500 TP1 43000 TP2 44000", 1_700_000_000)));
        assertThat(sql("select count(*) from inbox_edits e join inbox_messages m on m.id = e.inbox_message_id"
                + " where m.message_id = '2'")).isEqualTo(1);
        assertThat(sql("select count(*) from plan_events where kind = 'edit'")).isEqualTo(1);
    }

    @Test
    @Order(4)
    void aReplyFollowUpClosesHalfOfThePositionItsSignalOpened() {
        post(CHANNEL, "alpha_signals", 3, "close half", 2);
        assertThat(telegram.awaitSent(DM, "Closed: SELL 0.05 BTCUSDT", WAIT).text())
                .contains("P&L", "0.05 BTCUSDT still open");
        assertThat(text("select quantity from positions where symbol = 'BTCUSDT'")).isEqualTo("0.05");
        assertThat(ask(ALICE, "/positions")).contains("BTCUSDT long 0.05");
    }

    @Test
    @Order(5)
    void whyTellsWhatThePostWasReadAsAndWhatBecameOfTheCopy() {
        long signal = sql("select s.id from signals s join inbox_messages m on m.id = s.inbox_message_id"
                + " where m.message_id = '2'");
        String why = ask(ALICE, "/why " + signal);
        assertThat(why).contains("Signal #" + signal + " from @alpha_signals", "Read as open", "symbol: BTCUSDT",
                "stop loss: 41500", "targets: 43000, 44000", "paper: ordered");
        assertThat(ask(ALICE, "/history")).contains("BTCUSDT sell 0.05");
        assertThat(ask(ALICE, "/orders")).contains("BUY 0.1 BTCUSDT market (open) on paper: filled at 42000");
        assertThat(ask(ALICE, "/pnl")).contains("P&L all", "over 1 trades");
    }

    @Test
    @Order(6)
    void buttonsOfferTheChoicesAndActForWhoeverPressesThem() {
        FakeBotApi.Call link = telegram.await("sendmessage", c -> c.text().startsWith("What do you want to link"),
                WAIT, () -> ask(ALICE, "/link"));
        press(ALICE, ALICE, link, buttons(link).get(0));
        assertThat(telegram.await("editmessagetext", c -> c.text().startsWith("Linked paper2"), WAIT).text())
                .contains("10000.00 USDT");

        FakeBotApi.Call pnl = telegram.await("sendmessage", c -> c.text().startsWith("P&L all"), WAIT,
                () -> ask(ALICE, "/pnl"));
        assertThat(buttons(pnl)).containsExactly("p:today", "p:week", "p:month", "p:all");
        press(ALICE, ALICE, pnl, "p:week");
        assertThat(telegram.await("editmessagetext", c -> c.text().startsWith("P&L week"), WAIT)).isNotNull();

        long bob = 4343;
        ask(bob, "/start");
        FakeBotApi.Call providers = telegram.await("sendmessage", c -> c.text().startsWith("Channels"), WAIT,
                () -> ask(bob, "/providers"));
        assertThat(providers.text()).contains("@alpha_signals: 1 followers, 1 trades");
        press(bob, bob, providers, buttons(providers).get(0));
        assertThat(telegram.await("editmessagetext", c -> c.text().startsWith("Now copying @alpha_signals"), WAIT))
                .isNotNull();
        assertThat(sql("select count(*) from follows f join subscribers s on s.id = f.subscriber_id"
                + " where s.name = 'tg_4343' and f.active")).isEqualTo(1);

        FakeBotApi.Call close = telegram.await("sendmessage", c -> c.text().startsWith("Close which?"), WAIT,
                () -> ask(ALICE, "/close"));
        assertThat(buttons(close)).containsExactly("k:BTCUSDT", "k:all");
        press(ALICE, ALICE, close, "k:BTCUSDT");
        assertThat(telegram.await("editmessagetext", c -> c.text().startsWith("Close BTCUSDT at market?"), WAIT))
                .isNotNull();
    }

    @Test
    @Order(7)
    void aChannelIsKnownTheMomentTheBotIsMadeItsAdmin() {
        java.util.Map<String, Object> chat = java.util.Map.of("id", -1007778889L, "type", "channel",
                "title", "Beta", "username", "beta_calls");
        java.util.Map<String, Object> bot = java.util.Map.of("id", FakeBotApi.BOT_ID, "is_bot", true,
                "first_name", "Tradewire", "username", FakeBotApi.BOT_USERNAME);
        awaitHandled(telegram.push(java.util.Map.of("my_chat_member", java.util.Map.of("chat", chat,
                "from", java.util.Map.of("id", 77, "is_bot", false, "first_name", "Owner"), "date", 1_700_000_000,
                "old_chat_member", java.util.Map.of("status", "left", "user", bot),
                "new_chat_member", admin(bot)))));
        assertThat(ask(ALICE, "/providers")).contains("@beta_calls: 0 followers");
    }

    /** The bot's membership as an admin that may post and delete, as Telegram describes it. */
    private static java.util.Map<String, Object> admin(java.util.Map<String, Object> bot) {
        java.util.Map<String, Object> m = new java.util.HashMap<>(java.util.Map.of("status", "administrator",
                "user", bot, "can_be_edited", false, "is_anonymous", false, "can_manage_chat", true,
                "can_delete_messages", true, "can_manage_video_chats", false, "can_restrict_members", false));
        m.putAll(java.util.Map.of("can_promote_members", false, "can_change_info", false, "can_invite_users", false,
                "can_post_messages", true, "can_post_stories", false, "can_edit_stories", false,
                "can_delete_stories", false));
        return m;
    }

    @Test
    @Order(7)
    void groupsArePostSourcesToo() {
        awaitHandled(telegram.push(Updates.groupText(-1005556667L, ALICE, 1, "gm everyone")));
        assertThat(text("select kind from chat_channels where chat_id = '-1005556667'")).isEqualTo("GROUP");
        assertThat(sql("select count(*) from inbox_messages where channel = '-1005556667'")).isEqualTo(1);
    }

    @Test
    @Order(8)
    void unfollowStopsNewCopiesAndKeepsTheOpenTrade() {
        assertThat(ask(ALICE, "/unfollow @alpha_signals")).contains("Stopped copying @alpha_signals on paper");
        assertThat(ask(ALICE, "/following")).contains("You copy nobody yet");
        post(CHANNEL, "alpha_signals", 4, "BUY SOL/USDT now at 100 SL 90 TP 120", null);
        assertThat(sql("select count(*) from positions p join venue_accounts a on a.id = p.account_id"
                + " join subscribers s on s.id = a.subscriber_id where s.name = 'tg_4242' and p.symbol = 'SOLUSDT'"))
                .isZero();
        assertThat(ask(ALICE, "/positions")).contains("BTCUSDT long 0.05");
        assertThat(ask(ALICE, "/follow @alpha_signals")).contains("Now copying @alpha_signals");
    }

    @Test
    @Order(9)
    void aPostDeliveredLateIsAsOldAsTelegramSaysForTheSignalAgeLimit() {
        assertThat(ask(ALICE, "/risk max_age=60")).contains("max_age=60");
        long tenMinutesAgo = System.currentTimeMillis() / 1000 - 600;
        awaitHandled(telegram.push(Updates.channelPostDated(CHANNEL, "alpha_signals", 5,
                "BUY ETH/USDT now at 2000 SL 1900 TP 2200", tenMinutesAgo)));

        assertThat(telegram.awaitSent(DM, "Not copied: ETHUSDT", WAIT).text()).contains("max_signal_age_seconds is 60")
                .containsPattern("the post is 6\\d\\d s old");
        assertThat(text("select d.rule from decisions d join signals s on s.id = d.signal_id where s.symbol = 'ETHUSDT'"))
                .isEqualTo("max_signal_age");

        // the same post live is copied
        post(CHANNEL, "alpha_signals", 6, "BUY ETH/USDT now at 2000 SL 1900 TP 2200", null);
        assertThat(telegram.await("sendmessage", c -> c.chatId().equals(DM) && c.text().contains("Filled: BUY")
                && c.text().contains("ETHUSDT"), WAIT)).isNotNull();
    }
}
