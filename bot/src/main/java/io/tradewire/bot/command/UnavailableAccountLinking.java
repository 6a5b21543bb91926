package io.tradewire.bot.command;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/**
 * The linking in place until the exchange and MT5 venues provide theirs (any other
 * {@link AccountLinking} bean replaces it): says so plainly and stores nothing.
 */
@Singleton
@Secondary
class UnavailableAccountLinking implements AccountLinking {
    @Override
    public LinkResult linkExchange(Long subscriberId, String actor, LinkRequest.Exchange request) {
        return new LinkResult.Unavailable("exchange accounts are not available yet; your keys were not stored."
                + " Use /link paper for now.");
    }

    @Override
    public LinkResult linkMt5(Long subscriberId, String actor, LinkRequest.Mt5 request) {
        return new LinkResult.Unavailable("MT5 accounts are not available yet; nothing was stored."
                + " Use /link paper for now.");
    }
}
