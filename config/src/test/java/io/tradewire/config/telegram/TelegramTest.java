package io.tradewire.config.telegram;

import io.tradewire.config.IntegrationTest;
import org.junit.jupiter.api.AfterAll;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Base of tests that run the application with its Telegram bot pointed at a {@link FakeBotApi}:
 * the real telegrambots client, short long polls, quick lease checks.
 */
public abstract class TelegramTest extends IntegrationTest {
    public static final Duration WAIT = Duration.ofSeconds(20);
    public static final long ADMIN = 900;

    protected FakeBotApi telegram;
    @jakarta.inject.Inject
    protected io.tradewire.bot.intake.PostIntake intake;

    @Override
    public Map<String, String> getProperties() {
        telegram = new FakeBotApi();
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.putAll(telegramProperties(telegram));
        p.putAll(extraProperties());
        return p;
    }

    public static Map<String, String> telegramProperties(FakeBotApi fake) {
        return Map.of("telegram.token", FakeBotApi.TOKEN, "telegram.api-url", fake.url(),
                "telegram.poll-timeout", "1s", "telegram.lease-check", "200ms",
                "telegram.admins", String.valueOf(ADMIN), "tradewire.notify.scan-interval", "100ms");
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    @AfterAll
    void stopFake() {
        telegram.close();
    }

    /** Sends a private message as the user and returns the bot's answer (all messages it sent in reply). */
    protected String ask(long userId, String text) {
        return String.join("\n", askAll(userId, text));
    }

    protected List<String> askAll(long userId, String text) {
        String chat = String.valueOf(userId);
        int before = telegram.sent(chat).size();
        telegram.push(Updates.privateText(userId, text));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> now = telegram.sent(chat);
            if (now.size() > before) {
                sleep(150); // a long answer comes in parts
                return telegram.sent(chat).subList(before, telegram.sent(chat).size());
            }
            sleep(20);
        }
        throw new AssertionError("no answer to '" + text + "' within " + WAIT);
    }

    /** Pushes a channel post and waits until the bot has taken it (the fake has seen it confirmed). */
    protected int post(long chatId, String username, int messageId, String text, Integer replyTo) {
        return awaitHandled(telegram.push(Updates.channelPost(chatId, username, messageId, text, replyTo)));
    }

    /**
     * Waits until the bot stored an offset past the update, and the posts it took have been read,
     * decided and traded in their channels' lanes.
     */
    protected int awaitHandled(int updateId) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (sql("select coalesce(max(next_update_id), 0) from chat_offsets") > updateId) {
                if (!intake.awaitIdle(WAIT)) {
                    throw new AssertionError("the intake did not finish within " + WAIT);
                }
                return updateId;
            }
            sleep(20);
        }
        throw new AssertionError("update " + updateId + " not handled within " + WAIT);
    }

    /** The callback data of each button on a sent message, row by row. */
    @SuppressWarnings("unchecked")
    protected static List<String> buttons(FakeBotApi.Call message) {
        Object markup = message.body().get("reply_markup");
        if (!(markup instanceof Map<?, ?> m)) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        for (Object row : (List<Object>) m.get("inline_keyboard")) {
            for (Object b : (List<Object>) row) {
                out.add(String.valueOf(((Map<String, Object>) b).get("callback_data")));
            }
        }
        return out;
    }

    /** Presses a button and returns the bot's answer to the press (answerCallbackQuery). */
    protected FakeBotApi.Call press(long userId, long chatId, FakeBotApi.Call message, String data) {
        int before = telegram.calls("answercallbackquery").size();
        awaitHandled(telegram.push(Updates.callback(userId, chatId, message.messageId(), data)));
        return telegram.await("answercallbackquery", c -> telegram.calls("answercallbackquery").indexOf(c) >= before,
                WAIT);
    }

    protected static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
