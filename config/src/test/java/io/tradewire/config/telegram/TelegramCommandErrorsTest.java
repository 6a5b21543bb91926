package io.tradewire.config.telegram;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every bad argument of every command gets a message naming what is wrong, and changes
 * nothing. The answers come back over the real client from the fake Bot API.
 */
@MicronautTest(transactional = false)
class TelegramCommandErrorsTest extends TelegramTest {
    static final long CHANNEL = -1003330001L;
    static final long OTHER = -1003330002L;
    static final long USER = 3002;
    static final long STRANGER = 3001;

    @BeforeAll
    void aRegisteredUserFollowingOneOfTwoChannels() {
        post(CHANNEL, "errs_calls", 1, "hello", null);
        post(OTHER, "other_calls", 1, "hello", null);
        ask(USER, "/start");
        assertThat(ask(USER, "/follow @errs_calls")).contains("Now copying");
        ask(ADMIN, "/start");
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                arguments("/start now", "/start takes no arguments, got 'now'"),
                arguments("/help me", "/help takes no arguments, got 'me'"),
                arguments("/accounts all", "/accounts takes no arguments"),
                arguments("/providers top", "/providers takes no arguments"),
                arguments("/following x", "/following takes no arguments"),
                arguments("/pause now", "/pause takes no arguments"),
                arguments("/resume now", "/resume takes no arguments"),
                arguments("/positions BTC", "/positions takes no arguments"),
                arguments("/orders 5", "/orders takes no arguments"),
                arguments("/history 5", "/history takes no arguments"),
                arguments("/panic now", "/panic takes no arguments"),
                arguments("/link foo", "what to link must be paper, exchange or mt5, got 'foo'"),
                arguments("/link paper 0", "balance must be above 0, got 0"),
                arguments("/link paper 1.2.3", "balance must be a number, got '1.2.3'"),
                arguments("/link paper 99999999999", "balance must be above 0 and at most 1000000000"),
                arguments("/link paper Bad!Label", "an account label is 1 to 32 letters, digits, _ or -, got 'Bad!Label'"),
                arguments("/link paper a 5 c", "too many arguments: usage /link paper [label] [balance]"),
                arguments("/link paper paper", "you already have an account labelled 'paper'"),
                arguments("/link exchange binance k1", "usage: /link exchange <exchange> <api_key> <api_secret> [label]"),
                arguments("/link exchange ftx", "unknown exchange 'ftx': use one of binance, bybit, okx, kraken"),
                arguments("/link exchange okx k1 passphrase=p1",
                        "usage: /link exchange <exchange> <api_key> <api_secret> [label] [passphrase=...]"),
                arguments("/link exchange binance k1 s1 bad/label", "an account label is 1 to 32 letters"),
                arguments("/link exchange bin@nce k1 s1", "exchange must be a name like binance or kraken, got 'bin@nce'"),
                arguments("/link mt5 a b", "too many arguments: usage /link mt5 [label]"),
                arguments("/link mt5 Bad!", "an account label is 1 to 32 letters"),
                arguments("/follow @nosuch", "no channel @nosuch is known"),
                arguments("/follow 999", "no provider with id 999"),
                arguments("/follow @errs_calls nosuch", "you have no account labelled 'nosuch'"),
                arguments("/follow @errs_calls", "you already follow @errs_calls on 'paper'"),
                arguments("/follow a b c", "too many arguments: usage /follow <@channel> [account]"),
                arguments("/unfollow", "usage: /unfollow <@channel> [account]"),
                arguments("/unfollow @nosuch", "no channel @nosuch is known"),
                arguments("/unfollow @other_calls", "you do not follow @other_calls"),
                arguments("/unfollow @errs_calls nosuch", "you do not follow @errs_calls on 'nosuch'"),
                arguments("/risk foo", "'foo' is not key=value, e.g. /risk risk_pct=1 max_open=3"),
                arguments("/risk risk_pct", "'risk_pct' is not key=value"),
                arguments("/risk bogus=1", "unknown setting 'bogus'; settings are risk_pct, equity_pct, fixed, kelly"),
                arguments("/risk risk_pct=abc", "risk_pct must be a number, got 'abc'"),
                arguments("/risk risk_pct=12", "risk_pct must be in (0, 10], got 12"),
                arguments("/risk risk_pct=0", "risk_pct must be greater than 0, got 0"),
                arguments("/risk equity_pct=150", "equity_pct must be in (0, 100], got 150"),
                arguments("/risk kelly=2", "kelly is the fraction of the Kelly stake, in (0, 1], got 2"),
                arguments("/risk max_open=0", "max_open must be between 1 and 1000, got 0"),
                arguments("/risk max_open=x", "max_open must be a whole number, got 'x'"),
                arguments("/risk max_leverage=200", "max_leverage must be between 1 and 125, got 200"),
                arguments("/risk require_sl=maybe", "require_sl must be yes or no, got 'maybe'"),
                arguments("/risk max_age=0", "max_age must be between 1 and 86400, got 0"),
                arguments("/risk hours=25:00-26:00", "hours must look like 08:00-20:00"),
                arguments("/risk daily_loss=abc", "daily_loss must look like 5% or 200, got 'abc'"),
                arguments("/risk daily_loss=150%", "daily_loss must be a percent in (0, 100]"),
                arguments("/risk max_drawdown=100", "max_drawdown must be in (0, 100), got 100"),
                arguments("/risk max_trades_day=0", "max_trades_day must be between 1 and 1000, got 0"),
                arguments("/risk allow=BTC$", "symbol must be 2 to 20 letters or digits like BTCUSDT or BTC/USDT, got 'BTC$'"),
                arguments("/risk allow=BTCUSDT deny=BTCUSDT", "BTCUSDT is both allowed and denied"),
                arguments("/risk min_size_pct=50 max_size_pct=10", "min_size_pct 50 is above max_size_pct 10"),
                arguments("/risk risk_pct=1 risk_pct=2", "risk_pct is given twice"),
                arguments("/risk risk_pct=1 fixed=100", "choose one sizing: risk_pct, equity_pct, fixed or kelly"),
                arguments("/risk @nosuch risk_pct=1", "no channel @nosuch is known"),
                arguments("/risk @other_calls risk_pct=1", "you do not follow @other_calls"),
                arguments("/risk @errs_calls", "nothing to set: give key=value pairs"),
                arguments("/pnl year", "period must be today, week, month or all, got 'year'"),
                arguments("/pnl week month", "too many arguments: usage /pnl [today|week|month|all]"),
                arguments("/close $$", "symbol must be 2 to 20 letters or digits like BTCUSDT or BTC/USDT, got '$$'"),
                arguments("/close DOGEUSDT", "you have no open DOGEUSDT position"),
                arguments("/close all", "you have no open positions"),
                arguments("/close a b", "too many arguments: usage /close <symbol|all>"),
                arguments("/why abc", "signal must be a number like 42, got 'abc'"),
                arguments("/why 99999", "no signal 99999"),
                arguments("/why", "no signal has been copied for you yet"),
                arguments("/why 1 2", "too many arguments: usage /why [signal number]"),
                arguments("/notify orders", "usage: /notify <kind|all> <on|silent|off>"),
                arguments("/notify bogus on", "kind must be one of orders, refusals, exits, closes, venue or all, got 'bogus'"),
                arguments("/notify orders loud", "mode must be on, silent or off, got 'loud'"),
                arguments("/killswitch", "/killswitch is for admins only"),
                arguments("/killswitch on outage", "/killswitch is for admins only"),
                arguments("/pausesub tg_3002", "/pausesub is for admins only"),
                arguments("/resumesub tg_3002", "/resumesub is for admins only"),
                arguments("/frobnicate", "unknown command /frobnicate; /help lists them"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    void aBadArgumentGetsAMessageNamingWhatIsWrong(String command, String message) {
        assertThat(ask(USER, command)).startsWith("Sorry: " + message);
    }

    static Stream<Arguments> badAdminArguments() {
        return Stream.of(
                arguments("/killswitch on", "a reason is required to engage the kill switch"),
                arguments("/killswitch maybe", "usage: /killswitch on <reason> | off, got 'maybe'"),
                arguments("/killswitch off now", "too many arguments: usage /killswitch off "),
                arguments("/pausesub", "usage: /pausesub <subscriber>"),
                arguments("/pausesub a b", "usage: /pausesub <subscriber>"),
                arguments("/pausesub nobody", "no subscriber named 'nobody'"),
                arguments("/resumesub", "usage: /resumesub <subscriber>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAdminArguments")
    void aBadAdminArgumentGetsAMessageNamingWhatIsWrong(String command, String message) {
        assertThat(ask(ADMIN, command)).startsWith("Sorry: " + message);
    }

    @Test
    void aStrangerIsToldToStartFirst() {
        for (String command : new String[] {"/positions", "/follow @errs_calls", "/risk", "/panic", "/notify"}) {
            assertThat(ask(STRANGER, command)).isEqualTo("Sorry: you are not registered yet: send /start first");
        }
    }

    @Test
    void aBadValueAmongGoodOnesChangesNothing() {
        String before = ask(USER, "/risk");
        assertThat(ask(USER, "/risk max_open=3 max_leverage=500")).startsWith("Sorry: max_leverage must be");
        assertThat(ask(USER, "/risk")).isEqualTo(before);
        assertThat(sql("select count(*) from subscriber_defaults")).isZero();
    }

    @Test
    void adminsEngageAndReleaseTheKillSwitchAndPauseASubscriber() {
        assertThat(ask(ADMIN, "/killswitch on exchange outage")).contains("ENGAGED", "exchange outage");
        assertThat(sql("select count(*) from kill_switches where engaged and changed_by = 'telegram:900'"))
                .isEqualTo(1);
        assertThat(ask(ADMIN, "/killswitch off")).contains("released");
        assertThat(ask(ADMIN, "/pausesub tg_3002")).contains("tg_3002 paused");
        assertThat(ask(ADMIN, "/resumesub tg_3002")).contains("tg_3002 copying new entries");
        assertThat(ask(ADMIN, "/help")).contains("/killswitch");
        assertThat(ask(USER, "/help")).doesNotContain("/killswitch");
    }
}
