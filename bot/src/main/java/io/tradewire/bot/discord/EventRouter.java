package io.tradewire.bot.discord;

import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * JDA's events, off its gateway thread: channel messages on one thread (in order, so a
 * follow-up comes after its signal, and the read-back of missed posts in between), each
 * interaction on its own virtual thread (one slow command does not hold up the next user's). A failure is logged without the
 * message's text and the bot carries on.
 */
final class EventRouter extends ListenerAdapter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventRouter.class);

    private final Posts posts;
    private final Interactions interactions;
    private final ExecutorService messages = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("discord-posts").factory());
    // a thread each, never a queue: every interaction must be acknowledged within Discord's 3 s,
    // however many users are waiting on a slow one (a key check with an exchange)
    private final ExecutorService commands = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("discord-command-", 0).factory());

    private final ReadBack readBack;

    EventRouter(Posts posts, Interactions interactions, java.time.Duration sweepEvery) {
        this.posts = posts;
        this.interactions = interactions;
        this.readBack = new ReadBack(posts, messages, sweepEvery);
    }

    @Override
    public void onReady(ReadyEvent e) {
        e.getJDA().updateCommands().addCommands(SlashCommands.all()).queue(
                ok -> LOG.info("Discord slash commands registered: {}", ok.size()),
                err -> LOG.warn("Discord slash commands not registered: {}", err.getMessage()));
        LOG.info("Discord bot {} connected to {} servers", e.getJDA().getSelfUser().getName(),
                e.getGuildTotalCount());
        readBack.connected(e.getJDA(), "connected");
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent e) {
        readBack.connected(e.getJDA(), "new session");
    }

    @Override
    public void onSessionResume(SessionResumeEvent e) {
        // Discord replays a resumed session's events itself; reading back is cheap and harmless
        readBack.connected(e.getJDA(), "resumed");
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent e) {
        run(messages, "message " + e.getMessageId(), () -> posts.received(e.getMessage()));
    }

    @Override
    public void onMessageUpdate(MessageUpdateEvent e) {
        run(messages, "edit of " + e.getMessageId(), () -> posts.edited(e.getMessage()));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent e) {
        run(commands, "/" + e.getName(), () -> interactions.slash(e));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent e) {
        run(commands, "autocomplete /" + e.getName(), () -> interactions.autocomplete(e));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent e) {
        run(commands, "button", () -> interactions.button(e));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent e) {
        run(commands, "form", () -> interactions.modal(e));
    }

    private static void run(ExecutorService pool, String what, Runnable work) {
        try {
            pool.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException ex) {
                    LOG.error("discord {} failed: {}", what, ex.toString());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException ex) {
            LOG.info("discord {} dropped: the bot is stopping", what);
        }
    }

    @Override
    public void close() {
        readBack.close();
        messages.shutdownNow();
        commands.shutdownNow();
    }
}
