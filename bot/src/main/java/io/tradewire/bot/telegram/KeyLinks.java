package io.tradewire.bot.telegram;

import io.tradewire.bot.command.AccountCommands;
import io.tradewire.bot.command.ChatUser;
import io.tradewire.bot.command.CommandException;
import io.tradewire.bot.reply.Reply;
import io.tradewire.trading.venue.xchange.ExchangeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Exchange keys in a private chat, the only place they are taken on Telegram: typed in the
 * command ({@code /link exchange binance <key> <secret>}), or as the answer to the question
 * {@code /link exchange binance} asks ({@link KeyPrompts}). Either way the message holding them
 * is deleted before anything else happens, and the check with the exchange (seconds, when it is
 * slow) runs off the update loop, so the channels' posts behind it are not held up; a crash
 * meanwhile stores nothing. Key-looking text sent here unasked is deleted too, with a pointer to
 * the right way. Nothing here logs a message's text.
 */
final class KeyLinks {
    private static final Logger LOG = LoggerFactory.getLogger(KeyLinks.class);

    private final TelegramApi api;
    private final CommandRouter commands;
    private final AccountCommands accounts;
    private final KeyPrompts prompts;
    private final BiConsumer<String, Reply> send;

    KeyLinks(TelegramApi api, CommandRouter commands, AccountCommands accounts, KeyPrompts prompts,
             BiConsumer<String, Reply> send) {
        this.api = api;
        this.commands = commands;
        this.accounts = accounts;
        this.prompts = prompts;
        this.send = send;
    }

    /** {@code /link exchange <name>} and nothing more: the keys are asked for. */
    static boolean asksForKeys(CommandLine line) {
        return line.name().equals("link") && line.args().size() == 2
                && line.args().get(0).equalsIgnoreCase("exchange");
    }

    /**
     * A command in a private chat: true when it was a key link, handled here. Any command drops
     * a question still open, so a user who moved on does not have their next words read as keys.
     */
    boolean command(Message m, CommandLine line, ChatUser user) {
        String chatId = String.valueOf(m.getChatId());
        prompts.drop(chatId);
        if (KeyGuard.isKeyLink(line)) {
            api.delete(chatId, m.getMessageId());
            link(chatId, user, line);
            return true;
        }
        if (!asksForKeys(line)) {
            return false;
        }
        String exchange;
        try {
            exchange = accounts.exchange(line.args().get(1));
        } catch (CommandException e) {
            send.accept(chatId, Reply.of("Sorry: " + e.getMessage()));
            return true;
        }
        prompts.ask(chatId, exchange);
        boolean passphrase = ExchangeModule.needsPassphrase(exchange);
        api.ask(chatId, "Reply with your " + exchange + " API key and API secret, separated by a space"
                + (passphrase ? ", then passphrase=<your API passphrase>" : "")
                + " (a label after them if you like, e.g. main). I delete your reply as soon as I have read it."
                + " Give the keys trading rights only, never withdrawals. This question lasts "
                + KeyPrompts.TTL.toMinutes() + " minutes.", passphrase ? "api_key api_secret passphrase=..."
                : "api_key api_secret");
        return true;
    }

    /**
     * Plain text in a private chat: true when it was keys (the answer to the question, or keys
     * sent unasked), handled here.
     */
    boolean text(Message m, String text, ChatUser user) {
        String chatId = String.valueOf(m.getChatId());
        var prompt = prompts.take(chatId);
        if (prompt.isEmpty()) {
            if (!KeyGuard.looksLikeKeys(text)) {
                return false;
            }
            boolean deleted = api.delete(chatId, m.getMessageId());
            LOG.warn("keys sent unasked in private chat {} message {} (deleted: {})", chatId, m.getMessageId(),
                    deleted);
            send.accept(chatId, Reply.of("That looked like API keys, so I " + (deleted ? "deleted it" : "could not"
                    + " delete it: delete it now") + ". To link an exchange, send /link exchange <exchange> (e.g."
                    + " /link exchange binance) and answer my question with the keys. Nothing was stored."));
            return true;
        }
        // the keys leave the chat before anything else happens
        api.delete(chatId, m.getMessageId());
        String exchange = prompt.get().exchange();
        List<String> words = Arrays.asList(text.strip().split("\\s+"));
        long plain = words.stream().filter(w -> !w.startsWith("passphrase=")).count();
        if (plain < 2 || plain > 3) {
            send.accept(chatId, Reply.of("Sorry: I need the API key and the API secret, separated by a space (a label"
                    + " after them if you like" + (ExchangeModule.needsPassphrase(exchange) ? ", and passphrase=..." : "")
                    + "). I deleted your message and stored nothing; send /link exchange " + exchange
                    + " to try again."));
            return true;
        }
        List<String> args = new ArrayList<>(List.of("exchange", exchange));
        args.addAll(words);
        link(chatId, user, new CommandLine("link", List.copyOf(args), String.join(" ", args), false));
        return true;
    }

    private void link(String chatId, ChatUser user, CommandLine keyLink) {
        Thread.ofVirtual().name("telegram-link").start(() -> {
            try {
                commands.handle(user, true, keyLink).ifPresent(r -> send.accept(chatId, r));
            } catch (RuntimeException e) {
                LOG.error("linking keys failed: {}", e.getClass().getName()); // its message may quote the keys
                send.accept(chatId, Reply.of("Sorry: that did not go through; nothing was stored. Please try again."));
            }
        });
    }
}
