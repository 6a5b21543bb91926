package io.tradewire.config.discord;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.tradewire.config.discord.FakeDiscord.GENERAL;
import static io.tradewire.config.discord.FakeDiscord.MEMBER;
import static io.tradewire.config.discord.FakeDiscord.OWNER;
import static io.tradewire.config.discord.FakeDiscord.SIGNALS;
import static io.tradewire.config.discord.FakeDiscord.VIP_SIGNALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every bad argument gets a message naming what is wrong, and nothing changes: the facade's
 * messages, shared with Telegram, reached through Discord's typed options, and Discord's own
 * (a channel not watched, both a channel and a provider, /watch by a member or in a DM).
 */
@MicronautTest(transactional = false)
class DiscordCommandErrorsTest extends DiscordTest {
    static FakeDiscord.User stranger;

    @Override
    protected void beforeConnect(FakeDiscord fake) {
        stranger = fake.addMember("stranger", false);
    }

    @BeforeAll
    void aRegisteredUserFollowingOneOfTwoWatchedChannels() {
        watch(SIGNALS);
        watch(VIP_SIGNALS);
        text(slash("start", MEMBER, GENERAL));
        text(slash("start", OWNER, GENERAL));
        assertThat(text(slash("follow", MEMBER, GENERAL).channel("channel", SIGNALS))).contains("Now copying");
    }

    static DiscordEvents.Interaction c(String command) {
        return slash(command, MEMBER, GENERAL);
    }

    static Stream<Arguments> badArguments() {
        return Stream.<Object[]>of(
                new Object[] {c("link").subcommand("paper").number("balance", 99999999999d),
                        "balance must be above 0 and at most 1000000000"},
                new Object[] {c("link").subcommand("paper").string("label", "Bad!Label"),
                        "an account label is 1 to 32 letters, digits, _ or -, got 'Bad!Label'"},
                new Object[] {c("link").subcommand("paper").string("label", "paper"),
                        "you already have an account labelled 'paper'"},
                new Object[] {c("link").subcommand("exchange").string("exchange", "bin@nce"),
                        "exchange must be a name like binance or kraken, got 'bin@nce'"},
                new Object[] {c("link").subcommand("exchange").string("exchange", "ftx"),
                        "unknown exchange 'ftx': use one of binance, bybit, okx, kraken, coinbase, kucoin"},
                new Object[] {c("link").subcommand("mt5").string("label", "Bad!"), "an account label is 1 to 32 letters"},
                new Object[] {c("follow").string("provider", "nosuch"), "no channel #nosuch is known: a server admin runs /watch in it"},
                new Object[] {c("follow").string("provider", "#999"), "no provider with id 999"},
                new Object[] {c("follow").channel("channel", GENERAL), "is not a signal channel: a server admin runs"
                        + " /watch there first"},
                new Object[] {c("follow").channel("channel", SIGNALS).string("provider", "signals"),
                        "give a channel or a provider, not both"},
                new Object[] {c("follow").channel("channel", SIGNALS).string("account", "nosuch"),
                        "you have no account labelled 'nosuch'"},
                new Object[] {c("follow").channel("channel", SIGNALS), "you already follow #signals on 'paper'"},
                new Object[] {c("unfollow"), "name the channel or the provider; /following lists them"},
                new Object[] {c("unfollow").channel("channel", VIP_SIGNALS), "you do not follow #vip-signals"},
                new Object[] {c("risk").string("settings", "risk_pct"), "'risk_pct' is not key=value"},
                new Object[] {c("risk").string("settings", "bogus=1"), "unknown setting 'bogus'"},
                new Object[] {c("risk").string("settings", "risk_pct=12"), "risk_pct must be in (0, 10], got 12"},
                new Object[] {c("risk").string("settings", "max_open=x"), "max_open must be a whole number, got 'x'"},
                new Object[] {c("risk").string("settings", "risk_pct=1 fixed=100"),
                        "choose one sizing: risk_pct, equity_pct, fixed or kelly"},
                new Object[] {c("risk").string("provider", "nosuch").string("settings", "risk_pct=1"),
                        "no channel #nosuch is known: a server admin runs /watch in it"},
                new Object[] {c("risk").string("provider", "vip-signals").string("settings", "risk_pct=1"),
                        "you do not follow #vip-signals"},
                new Object[] {c("pnl").string("period", "year"), "period must be today, week, month or all, got 'year'"},
                new Object[] {c("close").string("symbol", "$$"),
                        "symbol must be 2 to 20 letters or digits like BTCUSDT or BTC/USDT, got '$$'"},
                new Object[] {c("close").string("symbol", "DOGEUSDT"), "you have no open DOGEUSDT position"},
                new Object[] {c("close").string("symbol", "all"), "you have no open positions"},
                new Object[] {c("why").integer("signal", 99999), "no signal 99999"},
                new Object[] {c("why"), "no signal has been copied for you yet"},
                new Object[] {c("notify").string("kind", "orders"), "usage: /notify <kind|all> <on|silent|off>"},
                new Object[] {c("notify").string("kind", "bogus").string("mode", "on"),
                        "kind must be one of orders, refusals, exits, closes, venue or all, got 'bogus'"},
                new Object[] {c("notify").string("kind", "orders").string("mode", "loud"),
                        "mode must be on, silent or off, got 'loud'"},
                new Object[] {c("killswitch"), "/killswitch is for admins only"},
                new Object[] {c("killswitch").string("state", "on").string("reason", "outage"),
                        "/killswitch is for admins only"},
                new Object[] {c("pausesub").string("subscriber", "dc_1"), "/pausesub is for admins only"},
                new Object[] {c("watch"), "/watch is for the server's admins"},
                new Object[] {c("frobnicate"), "unknown command /frobnicate; /help lists them"})
                .map(a -> arguments(a[0], a[1]));
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("badArguments")
    void aBadArgumentGetsAMessageNamingWhatIsWrong(DiscordEvents.Interaction command, String message) {
        assertThat(text(command)).startsWith("Sorry: ").contains(message);
    }

    static Stream<Arguments> badAdminArguments() {
        Supplier<DiscordEvents.Interaction> ks = () -> slash("killswitch", OWNER, GENERAL);
        return Stream.of(
                arguments(ks.get().string("state", "on"), "a reason is required to engage the kill switch"),
                arguments(slash("pausesub", OWNER, GENERAL).string("subscriber", "nobody"),
                        "no subscriber named 'nobody'"),
                arguments(slash("unwatch", OWNER, GENERAL), "#general was not a signal channel"),
                arguments(DiscordEvents.slash("watch").by(OWNER).inDm(), "/watch works in a server channel"));
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("badAdminArguments")
    void aBadAdminArgumentGetsAMessageNamingWhatIsWrong(DiscordEvents.Interaction command, String message) {
        assertThat(text(command)).contains(message);
    }

    @Test
    void aStrangerIsToldToStartFirst() {
        for (String command : new String[] {"positions", "risk", "panic", "notify", "accounts"}) {
            assertThat(text(slash(command, stranger, GENERAL)))
                    .isEqualTo("Sorry: you are not registered yet: send /start first");
        }
        assertThat(text(slash("follow", stranger, GENERAL).channel("channel", SIGNALS)))
                .isEqualTo("Sorry: you are not registered yet: send /start first");
    }

    @Test
    void aBadValueAmongGoodOnesChangesNothing() {
        String before = text(c("risk"));
        assertThat(text(c("risk").string("settings", "max_open=3 risk_pct=99"))).startsWith("Sorry: risk_pct");
        assertThat(text(c("risk"))).isEqualTo(before);
    }
}
