package io.tradewire.bot.command;

import io.tradewire.trading.NotFoundException;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.SubscriberRepository;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.venue.mt5.Mt5Config;
import io.tradewire.trading.venue.mt5.link.Mt5Links;
import io.tradewire.trading.venue.xchange.ExchangeAccounts;
import jakarta.inject.Singleton;

/**
 * /link onto the venues' own services: exchange keys go to {@link ExchangeAccounts} (checked once
 * with the exchange, stored sealed; the exchange's refusal comes back as the answer and nothing is
 * stored), an MT5 terminal to {@link Mt5Links} (an account and its link token, shown this once).
 * Chat users never choose an exchange's API address: new accounts use the operator's
 * {@code tradewire.xchange.base-urls.<exchange>} or the exchange's public one.
 */
@Singleton
class VenueAccountLinking implements AccountLinking {
    private final ExchangeAccounts exchanges;
    private final Mt5Links mt5;
    private final Mt5Config mt5Config;
    private final SubscriberRepository subscribers;
    private final VenueAccountRepository accounts;

    VenueAccountLinking(ExchangeAccounts exchanges, Mt5Links mt5, Mt5Config mt5Config,
                        SubscriberRepository subscribers, VenueAccountRepository accounts) {
        this.exchanges = exchanges;
        this.mt5 = mt5;
        this.mt5Config = mt5Config;
        this.subscribers = subscribers;
        this.accounts = accounts;
    }

    @Override
    public LinkResult linkExchange(Long subscriberId, String actor, LinkRequest.Exchange request) {
        String label = request.label() == null ? request.exchange().toLowerCase(java.util.Locale.ROOT)
                : Args.label(request.label());
        ExchangeAccounts.View view = Guard.run(() -> exchanges.add(actor, new ExchangeAccounts.NewAccount(
                name(subscriberId), label, request.exchange(), null, null, request.apiKey(), request.apiSecret(),
                request.passphrase())));
        VenueAccount account = accounts.findById(view.accountId())
                .orElseThrow(() -> new IllegalStateException("account " + view.accountId() + " vanished"));
        return new LinkResult.Linked(AccountCommands.line(account));
    }

    @Override
    public LinkResult linkMt5(Long subscriberId, String actor, LinkRequest.Mt5 request) {
        if (!mt5Config.isEnabled()) {
            return new LinkResult.Unavailable("MT5 terminals cannot be linked: the MT5 bridge is off on this server"
                    + " (its operator sets TRADEWIRE_MT5_ENABLED=true). Nothing was stored.");
        }
        Mt5Links.Created created = Guard.run(() -> mt5.create(actor, new Mt5Links.NewAccount(name(subscriberId),
                request.label(), null, null, null, null)));
        String endpoint = mt5Config.getPublicEndpoint() != null ? mt5Config.getPublicEndpoint() : mt5Config.getBind();
        String curve = mt5Config.getCurvePublicKey() == null || mt5Config.getCurvePublicKey().isBlank() ? ""
                : ", ServerPublicKey = " + mt5Config.getCurvePublicKey();
        return new LinkResult.Mt5Token(created.account().label(), created.linkToken(),
                "Attach the Tradewire EA to a chart in MetaTrader 5 with LinkToken = this token, Endpoint = "
                        + endpoint + curve + ". The token is shown this once; the account trades once the terminal"
                        + " says hello.");
    }

    private String name(Long subscriberId) {
        return subscribers.findById(subscriberId).map(Subscriber::name)
                .orElseThrow(() -> new NotFoundException("subscriber", "no subscriber " + subscriberId));
    }
}
