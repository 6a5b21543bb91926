package io.tradewire.config.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beside LogSecretsTest: the bot token (which the client puts in every URL) and API keys users
 * post never show up in a log line or a logged exception, with everything of ours, the
 * telegrambots client's and OkHttp's at DEBUG, through failures of every kind.
 */
@MicronautTest(transactional = false)
class TelegramLogSecretsTest extends TelegramTest {
    static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();
    static final String KEY = "QwErTy0123456789QwErTy0123";
    static final String SECRET = "ZxCvB9876543210ZxCvB9876543210zz";

    static {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (String name : new String[] {"io.tradewire", "org.telegram", "okhttp3"}) {
            ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.DEBUG);
        }
        LOGS.start();
        root.addAppender(LOGS);
    }

    @Test
    void neitherTheBotTokenNorPostedKeysAreEverLogged() {
        ask(5001, "/start");
        ask(5001, "/link exchange binance " + KEY + " " + SECRET);
        awaitHandled(telegram.push(Updates.groupText(-1004440001L, 5001, 5, "/link exchange kraken " + KEY + " "
                + SECRET)));
        telegram.failNext("sendmessage", 1, 429, 1);
        telegram.failNext("getupdates", 2, 500, 0);
        ask(5001, "/help");
        telegram.failNext("sendmessage", 1, 403, 0);
        awaitHandled(telegram.push(Updates.privateText(5001, "/accounts")));

        String all = LOGS.list.stream().map(e -> e.getFormattedMessage() + "\n" + thrown(e.getThrowableProxy()))
                .collect(Collectors.joining("\n"));
        assertThat(all).contains("keys refused", "telegram updates:");
        assertThat(all).doesNotContain(FakeBotApi.TOKEN);
        assertThat(all).doesNotContain(FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1));
        assertThat(all).doesNotContain(KEY).doesNotContain(SECRET);
    }

    private static String thrown(IThrowableProxy t) {
        if (t == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(t.getClassName()).append(": ").append(t.getMessage());
        for (var frame : t.getStackTraceElementProxyArray()) {
            b.append("\n").append(frame.getSTEAsString());
        }
        return b + "\n" + thrown(t.getCause());
    }
}
