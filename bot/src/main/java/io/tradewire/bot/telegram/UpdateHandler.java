package io.tradewire.bot.telegram;

import io.tradewire.bot.command.AccountCommands;
import io.tradewire.bot.command.ChatUser;
import io.tradewire.bot.command.Platform;
import io.tradewire.bot.intake.ChannelDirectory;
import io.tradewire.bot.intake.ChannelKind;
import io.tradewire.bot.intake.PostIntake;
import io.tradewire.bot.reply.CallbackRouter;
import io.tradewire.bot.reply.Reply;
import io.tradewire.trading.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One Telegram update: channel and group posts (and their edits) into the intake, commands and
 * button presses onto the facade, keys where they must not be refused. A failure that a retry
 * can mend (the database or Telegram away) is thrown, so the update is not marked handled and
 * comes again; anything else is logged and the update counts as handled, so one bad update
 * cannot stop the bot. Message text is never logged: it may hold keys.
 */
final class UpdateHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);

    private final TelegramApi api;
    private final PostIntake intake;
    private final ChannelDirectory directory;
    private final CommandRouter commands;
    private final CallbackRouter callbacks;
    private final Supplier<String> botUsername;
    private final KeyLinks keys;

    UpdateHandler(TelegramApi api, PostIntake intake, ChannelDirectory directory, CommandRouter commands,
                  CallbackRouter callbacks, Supplier<String> botUsername, AccountCommands accounts, Clock clock) {
        this.api = api;
        this.intake = intake;
        this.directory = directory;
        this.commands = commands;
        this.callbacks = callbacks;
        this.botUsername = botUsername;
        this.keys = new KeyLinks(api, commands, accounts, new KeyPrompts(clock), this::send);
    }

    void handle(Update u) {
        try {
            if (u.hasChannelPost()) {
                post(u.getChannelPost(), ChannelKind.CHANNEL);
            } else if (u.hasEditedChannelPost()) {
                edit(u.getEditedChannelPost(), ChannelKind.CHANNEL);
            } else if (u.hasMessage()) {
                message(u.getMessage());
            } else if (u.hasEditedMessage() && !isPrivate(u.getEditedMessage().getChat())) {
                edit(u.getEditedMessage(), ChannelKind.GROUP);
            } else if (u.hasCallbackQuery()) {
                callback(u.getCallbackQuery());
            } else if (u.getMyChatMember() != null) {
                membership(u.getMyChatMember());
            }
        } catch (RuntimeException e) {
            if (transient_(e)) {
                throw e;
            }
            LOG.error("update {} could not be handled and is skipped: {}", u.getUpdateId(), e.toString());
        }
    }

    private void post(Message m, ChannelKind kind) {
        String text = text(m);
        if (text == null || text.isBlank()) {
            return;
        }
        if (KeyGuard.looksLikeKeys(text)) {
            refuseKeys(m);
            return;
        }
        String replyTo = m.getReplyToMessage() == null ? null : String.valueOf(m.getReplyToMessage().getMessageId());
        try {
            intake.post(ref(m.getChat(), kind), String.valueOf(m.getMessageId()), author(m), text, replyTo,
                    m.getDate() == null ? null : java.time.Instant.ofEpochSecond(m.getDate()));
        } catch (InvalidInputException e) {
            LOG.warn("post {} in chat {} not taken: {}", m.getMessageId(), m.getChatId(), e.getMessage());
        }
    }

    private void edit(Message m, ChannelKind kind) {
        String text = text(m);
        // an edited command in a group is neither a post nor a new command
        if (text == null || text.isBlank() || m.getEditDate() == null
                || kind == ChannelKind.GROUP && text.startsWith("/")) {
            return;
        }
        if (KeyGuard.looksLikeKeys(text)) {
            refuseKeys(m);
            return;
        }
        intake.edit(ref(m.getChat(), kind), String.valueOf(m.getMessageId()), String.valueOf(m.getEditDate()),
                author(m), text);
    }

    private void message(Message m) {
        Chat chat = m.getChat();
        String text = text(m);
        if (text == null || m.getFrom() == null) {
            return;
        }
        Optional<CommandLine> line = CommandLine.parse(text, botUsername.get());
        boolean privateChat = isPrivate(chat);
        if (line.isPresent()) {
            if (!privateChat && (KeyGuard.isKeyLink(line.get()) || KeyLinks.asksForKeys(line.get()))) {
                if (KeyGuard.isKeyLink(line.get())) {
                    refuseKeys(m);
                } else {
                    send(chat, Reply.of("Keys are only taken in a private chat with me: open one with @"
                            + botUsername.get() + " and send /link exchange " + line.get().args().get(1) + " there."));
                }
                return;
            }
            if (privateChat && keys.command(m, line.get(), user(m.getFrom()))) {
                return;
            }
            commands.handle(user(m.getFrom()), privateChat, line.get()).ifPresent(r -> send(chat, r));
            return;
        }
        if (text.startsWith("/")) {
            // a command for another bot in the group: neither ours nor a post
            return;
        }
        if (privateChat) {
            if (!keys.text(m, text, user(m.getFrom()))) {
                send(chat, Reply.of("Send /help for what I can do."));
            }
        } else if (KeyGuard.looksLikeKeys(text)) {
            refuseKeys(m);
        } else {
            post(m, ChannelKind.GROUP);
        }
    }

    private void callback(CallbackQuery q) {
        CallbackRouter.Outcome o = callbacks.handle(user(q.getFrom()), q.getData());
        api.answerCallback(q.getId(), o.answer().isEmpty() ? null : o.answer(), o.alert());
        if (o.edit() != null && q.getMessage() != null) {
            String chatId = String.valueOf(q.getMessage().getChatId());
            api.edit(chatId, q.getMessage().getMessageId(), TelegramText.fit(o.edit().text()),
                    Keyboards.of(o.edit().buttons()));
        }
    }

    /** The bot made admin of a channel or group: it is known from now, before its first post. */
    private void membership(ChatMemberUpdated change) {
        String status = change.getNewChatMember() == null ? "" : change.getNewChatMember().getStatus();
        Chat chat = change.getChat();
        if (Set.of("administrator", "member").contains(status) && !isPrivate(chat)) {
            directory.seen(ref(chat, "channel".equals(chat.getType()) ? ChannelKind.CHANNEL : ChannelKind.GROUP));
        }
    }

    /**
     * Keys in a group or channel: the message is deleted if the bot may, and the poster warned
     * there and, if they ever started the bot, in private. Nothing in it is read or stored.
     */
    private void refuseKeys(Message m) {
        String chatId = String.valueOf(m.getChatId());
        boolean deleted = api.delete(chatId, m.getMessageId());
        LOG.warn("keys refused in chat {} message {} (deleted: {})", chatId, m.getMessageId(), deleted);
        String warning = "Never post API keys in a group or channel: everyone here can read them. "
                + (deleted ? "I deleted the message." : "I could not delete it: delete it now.")
                + " Revoke those keys at the exchange, then link the account in a private chat with me:"
                + " /link exchange <exchange>";
        if (m.getFrom() != null) {
            send(m.getChat(), Reply.of("@" + name(m.getFrom()) + " " + warning));
            try {
                api.send(String.valueOf(m.getFrom().getId()), warning, null, false);
            } catch (TelegramApi.TelegramFailure e) {
                // they never started a private chat with the bot: the warning in the group stands
            }
        }
    }

    private void send(Chat chat, Reply reply) {
        send(String.valueOf(chat.getId()), reply);
    }

    private void send(String chatId, Reply reply) {
        var parts = TelegramText.split(reply.text());
        for (int i = 0; i < parts.size(); i++) {
            api.send(chatId, parts.get(i), i == parts.size() - 1 ? Keyboards.of(reply.buttons()) : null, false);
        }
    }

    static ChatUser user(User from) {
        return new ChatUser(Platform.TELEGRAM, String.valueOf(from.getId()), name(from));
    }

    private static String name(User u) {
        return u.getUserName() != null ? u.getUserName() : u.getFirstName();
    }

    private static ChannelDirectory.ChatRef ref(Chat chat, ChannelKind kind) {
        return new ChannelDirectory.ChatRef(Platform.TELEGRAM, String.valueOf(chat.getId()), kind, chat.getUserName(),
                chat.getTitle());
    }

    private static String author(Message m) {
        if (m.getAuthorSignature() != null) {
            return m.getAuthorSignature();
        }
        if (m.getFrom() != null) {
            return name(m.getFrom());
        }
        return m.getChat().getUserName() != null ? "@" + m.getChat().getUserName() : m.getChat().getTitle();
    }

    private static String text(Message m) {
        return m.getText() != null ? m.getText() : m.getCaption();
    }

    private static boolean isPrivate(Chat chat) {
        return "private".equals(chat.getType());
    }

    /** The database or Telegram away: worth trying the same update again. */
    static boolean transient_(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof java.io.IOException
                    || t instanceof io.micronaut.data.exceptions.DataAccessException
                    || t instanceof io.micronaut.transaction.exceptions.TransactionException
                    || t instanceof TelegramApi.TelegramFailure f && (f.errorCode() == null || f.errorCode() >= 429)) {
                return true;
            }
        }
        return false;
    }
}
