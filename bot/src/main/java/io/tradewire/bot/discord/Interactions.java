package io.tradewire.bot.discord;

import io.tradewire.bot.command.AccountCommands;
import io.tradewire.bot.command.ChatUser;
import io.tradewire.bot.command.CommandException;
import io.tradewire.bot.command.LinkRequest;
import io.tradewire.bot.command.Platform;
import io.tradewire.bot.reply.CallbackRouter;
import io.tradewire.bot.reply.Replies;
import io.tradewire.bot.reply.Reply;
import jakarta.inject.Singleton;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Interactions onto the facade. Discord wants an answer within 3 s: each is acknowledged at once
 * (deferred: ephemeral when the answer holds the user's own data), worked out, then the deferred
 * answer is filled in. Only /link exchange answers with a form instead, which cannot be deferred.
 */
@Singleton
class Interactions {
    private static final Logger LOG = LoggerFactory.getLogger(Interactions.class);
    static final String TRY_AGAIN = "Sorry: that did not go through (a passing fault on our side); nothing more was"
            + " done. Please try again in a moment.";

    private final SlashRouter router;
    private final CallbackRouter buttons;
    private final Completions completions;
    private final AccountCommands accounts;
    private final Watches watches;

    Interactions(SlashRouter router, CallbackRouter buttons, Completions completions, AccountCommands accounts,
                 Watches watches) {
        this.router = router;
        this.buttons = buttons;
        this.completions = completions;
        this.accounts = accounts;
        this.watches = watches;
    }

    void slash(SlashCommandInteractionEvent e) {
        ChatUser user = user(e.getUser());
        boolean ephemeral = SlashCommands.ephemeral(e.getName());
        if ("link".equals(e.getName()) && "exchange".equals(e.getSubcommandName())) {
            // a form is the first answer or none: no defer, and the checks before it are quick
            switch (router.handle(user, read(e))) {
                case Slash.AskKeys k -> e.replyModal(KeyForm.of(k.exchange(), k.label())).queue();
                case Slash.Text t -> e.reply(DiscordText.fit(t.reply().text())).setEphemeral(true).queue();
            }
            return;
        }
        e.deferReply(ephemeral).queue();
        try {
            watches.userBack(user.userId());
            Slash.Answer answer = router.handle(user, read(e));
            Reply reply = answer instanceof Slash.Text t ? t.reply() : Reply.of("Sorry: that is not possible here");
            send(e.getHook(), reply, ephemeral);
        } catch (RuntimeException ex) {
            // the user is not left with "thinking..." for 15 minutes
            send(e.getHook(), Reply.of(TRY_AGAIN), ephemeral);
            throw ex;
        }
    }

    void autocomplete(CommandAutoCompleteInteractionEvent e) {
        e.replyChoices(completions.suggest(user(e.getUser()), e.getFocusedOption().getName(),
                e.getFocusedOption().getValue())).queue();
    }

    /** A button: the press is the presser's; a confirmation counts only from its asker (the facade checks). */
    void button(ButtonInteractionEvent e) {
        e.deferEdit().queue();
        CallbackRouter.Outcome o;
        try {
            o = buttons.handle(user(e.getUser()), e.getComponentId());
        } catch (RuntimeException ex) {
            e.getHook().sendMessage(TRY_AGAIN).setEphemeral(true).queue();
            throw ex;
        }
        if (!o.answer().isEmpty()) {
            // told to the presser alone; the message and its buttons stay for the asker
            e.getHook().sendMessage(o.answer()).setEphemeral(true).queue();
        }
        if (o.edit() != null) {
            e.getHook().editOriginal(DiscordText.fit(o.edit().text())).setComponents(rows(o.edit().buttons()))
                    .queue();
        }
    }

    /** The key form submitted: the keys go to the facade's linking and nowhere else (never logged). */
    void modal(ModalInteractionEvent e) {
        Optional<KeyForm.Target> target = KeyForm.parse(e.getModalId());
        if (target.isEmpty()) {
            e.reply("This form is no longer valid.").setEphemeral(true).queue();
            return;
        }
        e.deferReply(true).queue();
        ChatUser user = user(e.getUser());
        String text;
        try {
            var key = e.getValue(KeyForm.KEY);
            var secret = e.getValue(KeyForm.SECRET);
            var passphrase = e.getValue(KeyForm.PASSPHRASE);
            text = Replies.linked(accounts.link(user, new LinkRequest.Exchange(target.get().exchange(),
                    key == null ? null : key.getAsString().trim(), secret == null ? null : secret.getAsString().trim(),
                    target.get().label(), passphrase == null ? null : passphrase.getAsString().trim())));
        } catch (CommandException ex) {
            text = "Sorry: " + ex.getMessage();
        }
        send(e.getHook(), Reply.of(text), true);
    }

    /** Fills in the deferred answer; a long one continues in further messages. */
    static void send(InteractionHook hook, Reply reply, boolean ephemeral) {
        List<String> parts = DiscordText.split(reply.text());
        hook.editOriginal(parts.getFirst()).setComponents(parts.size() == 1 ? rows(reply.buttons()) : List.of())
                .queue(null, err -> LOG.warn("answer not sent: {}", err.getMessage()));
        for (int i = 1; i < parts.size(); i++) {
            var msg = hook.sendMessage(parts.get(i)).setEphemeral(ephemeral);
            if (i == parts.size() - 1) {
                msg = msg.setComponents(rows(reply.buttons()));
            }
            msg.queue();
        }
    }

    /** Buttons as Discord action rows: at most 5 rows of 5. */
    static List<ActionRow> rows(List<List<Reply.Button>> rows) {
        return rows.stream().limit(5).map(r -> ActionRow.of(r.stream().limit(5)
                .map(b -> Button.primary(b.data(), clip(b.label()))).toList())).toList();
    }

    /** The command's name, subcommand and options as text, and the server channel it came from. */
    static Slash read(SlashCommandInteractionEvent e) {
        Map<String, String> options = new HashMap<>();
        for (OptionMapping o : e.getOptions()) {
            options.put(o.getName(), o.getAsString());
        }
        Slash.Place place = null;
        if (e.isFromGuild() && e.getGuild() != null) {
            MessageChannel channel = e.getChannel();
            Member m = e.getMember();
            boolean admin = m != null && (m.hasPermission(Permission.ADMINISTRATOR)
                    || m.hasPermission(Permission.MANAGE_SERVER));
            // ids are time-ordered: the command's own id marks "now" even when the channel's newest is unknown,
            // so a /watch never reads older posts back as new ones
            place = new Slash.Place(e.getGuild().getIdLong(), e.getGuild().getName(), channel.getIdLong(),
                    channel.getName(), Math.max(channel.getLatestMessageIdLong(), e.getIdLong()), admin);
        }
        return new Slash(e.getName(), e.getSubcommandName(), options, place);
    }

    static ChatUser user(User u) {
        return new ChatUser(Platform.DISCORD, u.getId(), u.getEffectiveName());
    }

    private static String clip(String label) {
        return label.length() <= 80 ? label : label.substring(0, 77) + "...";
    }
}
