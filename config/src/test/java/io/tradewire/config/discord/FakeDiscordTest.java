package io.tradewire.config.discord;

import io.tradewire.config.discord.DiscordLog.Call;
import io.tradewire.config.discord.DiscordLog.Posted;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionInvalidateEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static io.tradewire.config.discord.FakeDiscord.GENERAL;
import static io.tradewire.config.discord.FakeDiscord.MEMBER;
import static io.tradewire.config.discord.FakeDiscord.OWNER;
import static io.tradewire.config.discord.FakeDiscord.SIGNALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fake Discord proven with the plain JDA client: no Tradewire code. */
class FakeDiscordTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeDiscord discord;
    private JDA jda;
    private final List<GenericEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() throws InterruptedException {
        discord = new FakeDiscord();
        jda = discord.jdaBuilder().addEventListeners((net.dv8tion.jda.api.hooks.EventListener) events::add,
                new Bot()).build().awaitReady();
    }

    @AfterEach
    void close() {
        if (jda != null) {
            jda.shutdownNow();
        }
        discord.close();
    }

    @Test
    void jdaConnectsToTheGuildWithItsChannelsMembersAndPermissions() {
        assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED);
        Guild guild = jda.getGuildById(FakeDiscord.GUILD_ID);
        assertThat(guild).isNotNull();
        assertThat(guild.getTextChannels()).extracting(TextChannel::getName)
                .containsExactly("signals", "vip-signals", "general");
        assertThat(guild.getOwnerIdLong()).isEqualTo(OWNER.id());
        assertThat(guild.getSelfMember().hasPermission(guild.getTextChannelById(SIGNALS), Permission.MESSAGE_SEND,
                Permission.MESSAGE_HISTORY, Permission.MESSAGE_MANAGE)).isTrue();
        assertThat(jda.getSelfUser().getApplicationIdLong()).isEqualTo(FakeDiscord.APPLICATION_ID);
        assertThat(jda.retrieveApplicationInfo().complete().getOwner().getIdLong()).isEqualTo(OWNER.id());
        assertThat(discord.identifies()).hasSize(1);
        assertThat(discord.intents() & GatewayIntent.MESSAGE_CONTENT.getRawValue()).isNotZero();
        assertThat(discord.log().foreignRequests()).isEmpty();
        assertThat(discord.log().unhandled()).isEmpty();
        assertThat(discord.gatewayUrl()).startsWith("ws://127.0.0.1:");
    }

    @Test
    void postsEditsRepliesAndDmsReachJdaWithTheirContent() {
        long first = discord.pushMessage(SIGNALS, OWNER, "BTC/USDT LONG 42000, SL 41000");
        assertThat(await(MessageReceivedEvent.class, e -> e.getMessageIdLong() == first).getMessage()
                .getContentRaw()).isEqualTo("BTC/USDT LONG 42000, SL 41000");

        long reply = discord.pushReply(SIGNALS, OWNER, "close half", first);
        Message m = await(MessageReceivedEvent.class, e -> e.getMessageIdLong() == reply).getMessage();
        assertThat(m.getMessageReference().getMessageIdLong()).isEqualTo(first);
        assertThat(m.getReferencedMessage().getContentRaw()).startsWith("BTC/USDT");

        discord.pushEdit(SIGNALS, first, "BTC/USDT LONG 42500, SL 41000");
        assertThat(await(MessageUpdateEvent.class, e -> e.getMessageIdLong() == first).getMessage().getContentRaw())
                .isEqualTo("BTC/USDT LONG 42500, SL 41000");

        long dm = discord.pushDm(MEMBER, "hello bot");
        MessageReceivedEvent received = await(MessageReceivedEvent.class, e -> e.getMessageIdLong() == dm);
        assertThat(received.isFromType(ChannelType.PRIVATE)).isTrue();
        assertThat(received.getAuthor().getIdLong()).isEqualTo(MEMBER.id());
    }

    @Test
    void withoutMessageContentGuildTextArrivesEmptyUnlessTheBotIsMentioned() throws InterruptedException {
        jda.shutdownNow();
        jda = discord.configure(net.dv8tion.jda.api.JDABuilder.createLight(FakeDiscord.TOKEN,
                GatewayIntent.GUILD_MESSAGES)).addEventListeners((net.dv8tion.jda.api.hooks.EventListener) events::add)
                .build().awaitReady();
        long plain = discord.pushMessage(SIGNALS, OWNER, "secret text");
        long mention = discord.pushMessage(SIGNALS, OWNER, FakeDiscord.BOT.mention() + " hi");
        assertThat(await(MessageReceivedEvent.class, e -> e.getMessageIdLong() == plain).getMessage().getContentRaw())
                .isEmpty();
        assertThat(await(MessageReceivedEvent.class, e -> e.getMessageIdLong() == mention).getMessage()
                .getContentRaw()).endsWith(" hi");
    }

    @Test
    void slashCommandsWithTypedOptionsButtonsModalsAutocompleteAndDeferrals() {
        long follow = discord.interact(DiscordEvents.slash("follow").by(MEMBER).in(SIGNALS)
                .string("provider", "alpha").integer("risk", 2).number("leverage", 2.5)
                .channel("where", FakeDiscord.VIP_SIGNALS).user("for", OWNER));
        InteractionReply reply = discord.log().awaitReply(follow, WAIT);
        assertThat(reply.type()).isEqualTo(4);
        assertThat(reply.content()).isEqualTo("Following alpha risk 2 x2.5 in vip-signals for owner by alice");
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.customIds()).containsExactly("confirm", "cancel");
        assertThat(reply.buttonLabels()).containsExactly("Confirm", "Cancel");
        assertThat(discord.log().awaitReply(follow, r -> r.kind().equals("followup"), WAIT).content())
                .isEqualTo("and a follow-up");

        long press = discord.press(reply, "confirm", MEMBER);
        InteractionReply modal = discord.log().awaitReply(press, WAIT);
        assertThat(modal.modal()).isTrue();
        assertThat(modal.modalId()).isEqualTo("note-modal");
        assertThat(modal.customIds()).containsExactly("note");

        long submit = discord.submit(modal, MEMBER, Map.of("note", "tight stops"));
        assertThat(discord.log().awaitAnswer(submit, "Noted: tight stops", WAIT).ephemeral()).isFalse();

        long status = discord.interact(DiscordEvents.slash("status").by(MEMBER).inDm());
        assertThat(discord.log().awaitReply(status, WAIT).deferred()).isTrue();
        InteractionReply answer = discord.log().awaitAnswer(status, "DM ok for alice", WAIT);
        assertThat(answer.kind()).isEqualTo("edit");
        assertThat(answer.ephemeral()).isTrue();

        long complete = discord.interact(DiscordEvents.autocomplete("follow", "provider", "al"));
        InteractionReply choices = discord.log().awaitReply(complete, WAIT);
        assertThat(choices.type()).isEqualTo(8);
        assertThat(choices.choices()).containsExactly("alpha", "alpine");
    }

    @Test
    void aCallbackAfterTheDeadlineMeetsUnknownInteraction() {
        discord.setInteractionDeadline(Duration.ofMillis(100));
        long slow = discord.interact(DiscordEvents.slash("slow"));
        Call callback = discord.log().awaitCall("POST interactions/*/*/callback", c -> true, WAIT);
        assertThat(callback.status()).isEqualTo(404);
        assertThat(discord.log().replies(slow)).isEmpty();
    }

    @Test
    void registeredCommandsAreRecordedWithTheirOptions() {
        jda.updateCommands().addCommands(
                Commands.slash("follow", "Follow a provider").addOption(OptionType.STRING, "provider", "who", true, true)
                        .addOption(OptionType.INTEGER, "risk", "percent"),
                Commands.slash("status", "Your status")).complete();
        jda.getGuildById(FakeDiscord.GUILD_ID).updateCommands()
                .addCommands(Commands.slash("admin", "Admin tools")).complete();
        assertThat(discord.log().commandNames()).containsExactly("follow", "status", "admin");
        assertThat(discord.log().optionNames("follow")).containsExactly("provider", "risk");
        assertThat(jda.retrieveCommands().complete()).extracting(c -> c.getName()).containsExactly("follow", "status");
    }

    @Test
    void dmsAreDeliveredUnlessTheUserRefusesThem() {
        jda.openPrivateChannelById(MEMBER.id()).flatMap(ch -> ch.sendMessage("Filled BTC long")).complete();
        Posted dm = discord.log().awaitDm(MEMBER.id(), "Filled", WAIT);
        assertThat(discord.channel(dm.channelId()).dm()).isTrue();

        discord.refuseDms(OWNER);
        assertThatThrownBy(() -> jda.openPrivateChannelById(OWNER.id()).flatMap(ch -> ch.sendMessage("x")).complete())
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.CANNOT_SEND_TO_USER));
        assertThat(discord.log().dms(OWNER.id())).isEmpty();
    }

    @Test
    void channelMessagesDeletesAndHistory() {
        TextChannel signals = jda.getTextChannelById(SIGNALS);
        long first = discord.pushMessage(SIGNALS, OWNER, "one");
        long missed = discord.storeMissed(SIGNALS, OWNER, "two, missed");
        signals.sendMessage("warning: no SL").complete();
        assertThat(discord.log().awaitPosted(SIGNALS, "no SL", WAIT).recipientId()).isZero();

        List<Message> after = signals.getHistoryAfter(first, 10).complete().getRetrievedHistory();
        assertThat(after).extracting(Message::getContentRaw).containsExactly("warning: no SL", "two, missed");
        assertThat(events).noneMatch(e -> e instanceof MessageReceivedEvent r && r.getMessageIdLong() == missed);

        signals.deleteMessageById(first).complete();
        assertThat(discord.log().awaitDeleted(first, WAIT).refused()).isFalse();
        discord.refuseDeletes(true);
        assertThatThrownBy(() -> signals.deleteMessageById(missed).complete())
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.MISSING_PERMISSIONS));
        assertThat(discord.history(SIGNALS)).extracting(m -> m.get("content"))
                .containsExactly("two, missed", "warning: no SL");
    }

    @Test
    void aRateLimitedPostIsRetriedOnceAfterRetryAfter() {
        discord.failNext("POST channels/*/messages", 1, 1);
        jda.getTextChannelById(GENERAL).sendMessage("after the 429").complete();
        List<Call> calls = discord.log().calls("POST channels/*/messages");
        assertThat(calls).extracting(Call::status).containsExactly(429, 200);
        assertThat(Duration.ofNanos(calls.get(1).atNanos() - calls.get(0).atNanos())).isGreaterThan(
                Duration.ofMillis(990));
        assertThat(discord.log().posted(GENERAL)).extracting(Posted::content).containsExactly("after the 429");
    }

    @Test
    void dropsResumeOrReidentifyAndMissedPostsStayInHistory() {
        discord.holdConnections();
        discord.dropGateway(4000);
        await(SessionDisconnectEvent.class, e -> true);
        long missed = discord.pushMessage(SIGNALS, OWNER, "posted during the outage");
        discord.releaseConnections();
        await(SessionResumeEvent.class, e -> true);
        assertThat(discord.resumes()).isEqualTo(1);
        assertThat(jda.getTextChannelById(SIGNALS).getHistoryAfter(missed - 1, 5).complete().getRetrievedHistory())
                .extracting(Message::getContentRaw).containsExactly("posted during the outage");
        assertThat(events).noneMatch(e -> e instanceof MessageReceivedEvent r && r.getMessageIdLong() == missed);

        discord.requestReconnect();
        await(SessionResumeEvent.class, e -> events.stream().filter(SessionResumeEvent.class::isInstance).count() == 2);
        // resumed, not identified again (under load JDA may send RESUME once more before the answer)
        assertThat(discord.resumes()).isGreaterThanOrEqualTo(2);
        assertThat(discord.identifies()).hasSize(1);

        discord.setResumable(false);
        discord.dropGateway(4000);
        await(SessionInvalidateEvent.class, e -> true);
        await(SessionRecreateEvent.class, e -> true);
        assertThat(discord.identifies()).hasSize(2);
        assertThat(jda.getGuildById(FakeDiscord.GUILD_ID).getTextChannels()).hasSize(3);
        long live = discord.pushMessage(SIGNALS, OWNER, "live again");
        await(MessageReceivedEvent.class, e -> e.getMessageIdLong() == live);
    }

    private <T extends GenericEvent> T await(Class<T> type, Predicate<T> test) {
        return DiscordLog.await(() -> events.stream().filter(type::isInstance).map(type::cast).toList(), test, WAIT,
                type.getSimpleName());
    }

    /** What a bot would do, in the least code: enough to drive every kind of interaction answer. */
    private static final class Bot extends ListenerAdapter {
        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent e) {
            if (e.getName().equals("follow")) {
                e.reply("Following " + e.getOption("provider", OptionMapping::getAsString)
                        + " risk " + e.getOption("risk", OptionMapping::getAsLong)
                        + " x" + e.getOption("leverage", OptionMapping::getAsDouble)
                        + " in " + e.getOption("where", o -> o.getAsChannel().getName())
                        + " for " + e.getOption("for", o -> o.getAsUser().getName())
                        + " by " + e.getUser().getName())
                        .setEphemeral(true)
                        .addComponents(ActionRow.of(Button.primary("confirm", "Confirm"),
                                Button.danger("cancel", "Cancel")))
                        .queue(hook -> hook.sendMessage("and a follow-up").queue());
            } else if (e.getName().equals("slow")) {
                try {
                    Thread.sleep(300); // slow work done before answering: what the deadline exists to catch
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                e.reply("too late").queue(null, failure -> { });
            } else if (e.getName().equals("status")) {
                e.deferReply(true).queue(hook -> hook.editOriginal((e.isFromGuild() ? "guild" : "DM") + " ok for "
                        + e.getUser().getName()).queue());
            }
        }

        @Override
        public void onButtonInteraction(ButtonInteractionEvent e) {
            e.replyModal(Modal.create("note-modal", "Add a note")
                    .addComponents(Label.of("Note", TextInput.create("note", TextInputStyle.SHORT).build()))
                    .build()).queue();
        }

        @Override
        public void onModalInteraction(ModalInteractionEvent e) {
            e.reply("Noted: " + e.getValue("note").getAsString()).queue();
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent e) {
            String typed = e.getFocusedOption().getValue();
            e.replyChoiceStrings(List.of("alpha", "alpine", "beta").stream().filter(s -> s.startsWith(typed)).toList())
                    .queue();
        }
    }
}
