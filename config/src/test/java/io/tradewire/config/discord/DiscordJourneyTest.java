package io.tradewire.config.discord;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static io.tradewire.config.discord.FakeDiscord.GENERAL;
import static io.tradewire.config.discord.FakeDiscord.MEMBER;
import static io.tradewire.config.discord.FakeDiscord.OWNER;
import static io.tradewire.config.discord.FakeDiscord.SIGNALS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscriber's journey on Discord, in process, through the real JDA and a fake Discord: a
 * server admin marks a channel, a subscriber /start s and /follow s it, the channel's BTC post
 * becomes a copied trade and a DM, /positions lists it; an edit amends the stop; a reply closes
 * half; suggestions name the user's own things.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiscordJourneyTest extends DiscordTest {
    static long signal;
    static long digits;

    @Override
    protected void beforeConnect(FakeDiscord fake) {
        digits = fake.addTextChannel("2024");
    }

    @Test
    @Order(1)
    void theBotAsksForMessageContentAndRegistersTypedCommands() {
        int intents = discord.intents();
        assertThat(intents & GatewayIntent.MESSAGE_CONTENT.getRawValue()).isNotZero();
        assertThat(intents & GatewayIntent.GUILD_MESSAGES.getRawValue()).isNotZero();
        assertThat(discord.log().commandNames()).contains("start", "follow", "positions", "panic", "watch",
                "unwatch", "link", "killswitch");
        assertThat(discord.log().optionNames("follow")).containsExactly("channel", "provider", "account");
        assertThat(discord.log().optionNames("link")).containsExactly("paper", "exchange", "mt5");
    }

    @Test
    @Order(2)
    void onlyAServerAdminMarksASignalChannel() {
        assertThat(text(slash("watch", MEMBER, SIGNALS))).isEqualTo("Sorry: /watch is for the server's admins"
                + " (Administrator or Manage Server permission)");
        assertThat(sql("select count(*) from discord_watches")).isZero();
        InteractionReply ok = ask(slash("watch", OWNER, SIGNALS));
        assertThat(ok.content()).startsWith("Watching #signals").contains("/follow channel:#signals");
        assertThat(ok.ephemeral()).isFalse();
        assertThat(sql("select count(*) from providers where source = 'DISCORD' and channel = '"
                + Long.toUnsignedString(SIGNALS) + "'")).isEqualTo(1);
        // a post in a channel nobody marked is not read
        long chatter = discord.pushMessage(GENERAL, OWNER, "BUY ETH/USDT now at 3000 SL 2900 TP 3200");
        long marker = discord.pushMessage(SIGNALS, OWNER, "Good morning traders");
        awaitInbox(marker);
        assertThat(sql("select count(*) from inbox_messages where message_id = '" + Long.toUnsignedString(chatter)
                + "'")).isZero();
    }

    @Test
    @Order(3)
    void aSubscriberFollowsTheChannelAndGetsADmWhenItPosts() {
        InteractionReply welcome = ask(slash("start", MEMBER, GENERAL));
        assertThat(welcome.content()).contains("Welcome", "dc_" + Long.toUnsignedString(MEMBER.id()),
                "paper (paper): 10000.00 USDT");
        assertThat(welcome.ephemeral()).isTrue();
        assertThat(text(slash("follow", MEMBER, GENERAL).channel("channel", SIGNALS)))
                .contains("Now copying #signals on paper", "risk_pct=1");

        long posted = System.nanoTime();
        signal = discord.pushMessage(SIGNALS, OWNER, "BUY BTC/USDT now at 42000 SL 41000 TP1 43000 TP2 44000");
        var dm = discord.log().awaitDm(MEMBER.id(), "BTCUSDT", WAIT);
        System.out.printf("post-to-DM (in process, JDA against the fake Discord): %d ms%n",
                (dm.atNanos() - posted) / 1_000_000);
        assertThat(dm.content()).contains("Filled: BUY 0.1 BTCUSDT at 42000 on paper.");

        // acknowledged at once (deferred, private), then answered
        long asked = discord.interact(slash("positions", MEMBER, GENERAL));
        InteractionReply ack = discord.log().awaitReply(asked, WAIT);
        assertThat(ack.deferred()).isTrue();
        assertThat(ack.ephemeral()).isTrue();
        InteractionReply positions = discord.log().awaitAnswer(asked, "", WAIT);
        assertThat(positions.content()).contains("BTCUSDT long 0.1 @ 42000 on paper");
        assertThat(positions.ephemeral()).isTrue();
    }

    @Test
    @Order(4)
    void anEditedPostMovesTheStopOfWhatItOpened() {
        discord.pushEdit(SIGNALS, signal, "BUY BTC/USDT now at 42000 SL 41500 TP1 43000 TP2 44000");
        assertThat(discord.log().awaitDm(MEMBER.id(), "after the provider's edit", WAIT).content()).contains(
                "Updated BTCUSDT on paper after the provider's edit: the entry is at market, nothing to amend there;"
                        + " sl 41000 -> 41500.");
        assertThat(text("select stop_price from order_plans where symbol = 'BTCUSDT'")).isEqualTo("41500");
        assertThat(text("select outcome from post_edits where message_id = '" + Long.toUnsignedString(signal) + "'"))
                .isEqualTo("the copies take the edited prices (revision 1): each copy's plan says what moved");
    }

    @Test
    @Order(5)
    void aReplyFollowUpClosesHalfOfThePositionItsSignalOpened() {
        discord.pushReply(SIGNALS, OWNER, "close half", signal);
        assertThat(discord.log().awaitDm(MEMBER.id(), "Closed: SELL 0.05 BTCUSDT", WAIT).content())
                .contains("P&L", "0.05 BTCUSDT still open");
        assertThat(text("select quantity from positions where symbol = 'BTCUSDT'")).isEqualTo("0.05");
        assertThat(text(slash("positions", MEMBER, GENERAL))).contains("BTCUSDT long 0.05");
    }

    @Test
    @Order(6)
    void suggestionsOfferProvidersAccountsAndOpenSymbols() {
        long p = discord.interact(DiscordEvents.autocomplete("follow", "provider", "sig").by(MEMBER).in(GENERAL));
        assertThat(discord.log().awaitReply(p, WAIT).choices()).containsExactly("#signals");
        long a = discord.interact(DiscordEvents.autocomplete("follow", "account", "").by(MEMBER).in(GENERAL));
        assertThat(discord.log().awaitReply(a, WAIT).choices()).containsExactly("paper");
        long s = discord.interact(DiscordEvents.autocomplete("close", "symbol", "bt").by(MEMBER).in(GENERAL));
        assertThat(discord.log().awaitReply(s, WAIT).choices()).containsExactly("BTCUSDT");
        // a provider picked from the suggestions travels as its number
        assertThat(text(slash("unfollow", MEMBER, GENERAL).string("provider", "#" + sql(
                "select id from providers where source = 'DISCORD'")))).contains("Stopped copying #signals on paper");
        assertThat(text(slash("follow", MEMBER, GENERAL).string("provider", "signals")))
                .contains("Now copying #signals on paper");
    }

    @Test
    @Order(7)
    void whyHistoryAndPnlAnswerPrivately() {
        long id = sql("select s.id from signals s join inbox_messages m on m.id = s.inbox_message_id"
                + " where m.message_id = '" + Long.toUnsignedString(signal) + "'");
        InteractionReply why = ask(slash("why", MEMBER, GENERAL).integer("signal", id));
        assertThat(why.content()).contains("Signal #" + id + " from #signals", "Read as open", "paper: ordered");
        assertThat(why.ephemeral()).isTrue();
        assertThat(text(slash("history", MEMBER, GENERAL))).contains("BTCUSDT sell 0.05");
        InteractionReply pnl = ask(slash("pnl", MEMBER, GENERAL).string("period", "all"));
        assertThat(pnl.content()).contains("P&L all", "over 1 trades");
        assertThat(pnl.customIds()).containsExactly("p:today", "p:week", "p:month", "p:all");
        InteractionReply help = ask(slash("help", MEMBER, GENERAL));
        assertThat(help.content()).contains("/follow", "/watch");
        assertThat(help.ephemeral()).isFalse();
    }

    @Test
    @Order(20)
    void aChannelNamedWithDigitsIsFollowedByItsName() {
        watch(digits);
        assertThat(text(slash("follow", MEMBER, GENERAL).string("provider", "#2024"))).contains("Now copying #2024");
        // without the '#', digits still name a provider by its id
        long id = sql("select id from providers where source = 'DISCORD' and channel = '"
                + Long.toUnsignedString(digits) + "'");
        assertThat(text(slash("unfollow", MEMBER, GENERAL).string("provider", Long.toString(id))))
                .contains("#2024");
    }
}
