package io.tradewire.bot.discord;

import io.tradewire.bot.command.CommandCatalog;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue as Discord application commands: every command, typed options, suggestions, privacy. */
class SlashCommandsTest {
    private final Map<String, SlashCommandData> commands = SlashCommands.all().stream()
            .collect(Collectors.toMap(SlashCommandData::getName, Function.identity()));

    @Test
    void everyCatalogueCommandIsRegisteredWithWatchAndUnwatch() {
        assertThat(commands.keySet()).containsAll(CommandCatalog.ALL.stream().map(c -> c.name()).toList())
                .contains("watch", "unwatch").hasSize(CommandCatalog.ALL.size() + 2);
        // whatever Discord accepts: names and descriptions within its limits
        commands.values().forEach(c -> assertThat(c.getDescription()).hasSizeBetween(1, 100));
    }

    @Test
    void followTakesAChannelMentionOrAProviderNameWithSuggestions() {
        Map<String, OptionData> o = options("follow");
        assertThat(o.get("channel").getType()).isEqualTo(OptionType.CHANNEL);
        assertThat(o.get("provider").getType()).isEqualTo(OptionType.STRING);
        assertThat(o.get("provider").isAutoComplete()).isTrue();
        assertThat(o.get("account").isAutoComplete()).isTrue();
        assertThat(o.values()).noneMatch(OptionData::isRequired);
    }

    @Test
    void optionsAreTypedAndFixedChoicesAreOffered() {
        assertThat(options("why").get("signal").getType()).isEqualTo(OptionType.INTEGER);
        assertThat(options("close").get("symbol").isAutoComplete()).isTrue();
        assertThat(options("pnl").get("period").getChoices()).extracting(c -> c.getAsString())
                .containsExactly("today", "week", "month", "all");
        assertThat(options("notify").get("mode").getChoices()).extracting(c -> c.getAsString())
                .containsExactly("on", "silent", "off");
        assertThat(options("notify").get("kind").getChoices()).extracting(c -> c.getAsString()).contains("all");
        assertThat(options("pausesub").get("subscriber").isRequired()).isTrue();
    }

    @Test
    void linkHasOneSubcommandPerKindAndNoOptionForKeys() {
        var subs = commands.get("link").getSubcommands();
        assertThat(subs).extracting(s -> s.getName()).containsExactly("paper", "exchange", "mt5");
        assertThat(subs.get(0).getOptions()).extracting(OptionData::getType)
                .containsExactly(OptionType.STRING, OptionType.NUMBER);
        // keys never travel as an option (options are visible in the channel's command line): only the form takes them
        assertThat(subs.get(1).getOptions()).extracting(OptionData::getName).containsExactly("exchange", "label");
    }

    @Test
    void privateAnswersAreEphemeralAndWatchIsForServerManagers() {
        for (String c : List.of("accounts", "positions", "orders", "pnl", "history", "risk", "why", "notify", "link",
                "following", "close", "panic", "start")) {
            assertThat(SlashCommands.ephemeral(c)).as(c).isTrue();
        }
        assertThat(SlashCommands.ephemeral("help")).isFalse();
        assertThat(SlashCommands.ephemeral("providers")).isFalse();
        assertThat(commands.get("watch").getDefaultPermissions().getPermissionsRaw()).isNotNull();
    }

    private Map<String, OptionData> options(String command) {
        return commands.get(command).getOptions().stream()
                .collect(Collectors.toMap(OptionData::getName, Function.identity()));
    }

    @Test
    void helpShowsDiscordsOptionsAndNeverAsksForKeysInACommand() {
        String help = SlashRouter.help(false);
        assertThat(help).contains("/follow channel:#channel | provider:<name> [account]", "/watch", "(the keys go in a form)")
                .doesNotContain("<key>").doesNotContain("/killswitch");
        assertThat(SlashRouter.help(true)).contains("/killswitch");
    }
}
