package io.tradewire.bot.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.bot.command.Platform;
import io.tradewire.trading.provider.Provider;
import io.tradewire.trading.provider.ProviderRepository;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.setup.Setup;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The channels and groups a bot has seen. A channel is known to Tradewire, as a provider, from
 * the first post the bot sees in it; a provider an admin registered beforehand under the
 * channel's {@code @username} (or its id) is that channel's, so its posts route to it.
 */
@Singleton
public class ChannelDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelDirectory.class);

    private final ChatChannelRepository channels;
    private final ProviderRepository providers;
    private final Setup setup;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    ChannelDirectory(ChatChannelRepository channels, ProviderRepository providers, Setup setup,
                     TransactionOperations<Connection> tx, Clock clock) {
        this.channels = channels;
        this.providers = providers;
        this.setup = setup;
        this.tx = tx;
        this.clock = clock;
    }

    /** A chat as the platform describes it. */
    public record ChatRef(Platform platform, String chatId, ChannelKind kind, @Nullable String username,
                          @Nullable String title) {
    }

    /** Records that the bot saw a post in the chat; its provider is created the first time. */
    public ChatChannel seen(ChatRef chat) {
        return tx.executeWrite(s -> {
            Instant now = clock.instant();
            Optional<ChatChannel> known = channels.findByPlatformAndChatId(chat.platform(), chat.chatId());
            if (known.isPresent()) {
                ChatChannel c = known.get();
                if (!Objects.equals(c.username(), chat.username()) || !Objects.equals(c.title(), chat.title())) {
                    return channels.update(new ChatChannel(c.id(), c.platform(), c.chatId(), c.kind(), chat.username(),
                            chat.title(), c.providerId(), c.firstSeenAt(), now));
                }
                return c;
            }
            Provider provider = providerFor(chat);
            LOG.info("chat seen platform={} chat={} kind={} provider={}", chat.platform(), chat.chatId(), chat.kind(),
                    provider.id());
            return channels.save(new ChatChannel(null, chat.platform(), chat.chatId(), chat.kind(), chat.username(),
                    chat.title(), provider.id(), now, now));
        });
    }

    private Provider providerFor(ChatRef chat) {
        Source source = source(chat.platform());
        Optional<Provider> byId = providers.findBySourceAndChannel(source, chat.chatId());
        if (byId.isPresent()) {
            return byId.get();
        }
        if (chat.username() != null) {
            Optional<Provider> byName = providers.findBySourceAndChannel(source, "@" + chat.username());
            if (byName.isPresent()) {
                return byName.get();
            }
        }
        String name = chat.username() != null ? chat.platform().handle(chat.username())
                : chat.title() != null && !chat.title().isBlank() ? chat.title() : chat.chatId();
        return setup.addProvider(chat.platform().name().toLowerCase(java.util.Locale.ROOT), source, chat.chatId(),
                name);
    }

    /** A seen channel by {@code @username} or {@code #name} (the mark optional, any case), or by its chat id. */
    public Optional<ChatChannel> find(Platform platform, String handle) {
        return tx.executeRead(s -> {
            String bare = Platform.bare(handle);
            return channels.findByUsername(platform.name(), bare)
                    .or(() -> channels.findByPlatformAndChatId(platform, handle));
        });
    }

    public Optional<ChatChannel> ofProvider(Long providerId) {
        return tx.executeRead(s -> channels.findByProviderId(providerId).stream().findFirst());
    }

    public List<ChatChannel> all(Platform platform) {
        return tx.executeRead(s -> channels.findByPlatformOrderById(platform));
    }

    /** The provider channel a post of this chat is filed under in the inbox (it routes by it). */
    public String inboxChannel(ChatChannel channel) {
        return tx.executeRead(s -> providers.findById(channel.providerId()).map(Provider::channel)
                .orElseThrow(() -> new IllegalStateException("provider " + channel.providerId() + " vanished")));
    }

    static Source source(Platform platform) {
        return switch (platform) {
            case TELEGRAM -> Source.TELEGRAM;
            case DISCORD -> Source.DISCORD;
        };
    }
}
