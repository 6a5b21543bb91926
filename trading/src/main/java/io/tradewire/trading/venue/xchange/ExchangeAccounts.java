package io.tradewire.trading.venue.xchange;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.NotFoundException;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.SubscriberRepository;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.audit.AuditLog;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.keys.ApiCredentials;
import io.tradewire.trading.venue.keys.KeyStore;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Adds a subscriber's exchange account: checks the input, makes one read-only balance call with
 * the keys (a wrong key or one without trade permission is refused with the exchange's words),
 * then stores the account, its settings and its sealed keys in one transaction, audited. The
 * keys are never returned: what comes back shows the key's last four characters at most.
 */
@Singleton
public class ExchangeAccounts {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

    private final SubscriberRepository subscribers;
    private final VenueAccountRepository accounts;
    private final ExchangeAccountRepository settings;
    private final KeyStore keys;
    private final ExchangeSessions sessions;
    private final AuditLog audit;
    private final XChangeConfig config;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    ExchangeAccounts(SubscriberRepository subscribers, VenueAccountRepository accounts,
                     ExchangeAccountRepository settings, KeyStore keys, ExchangeSessions sessions, AuditLog audit,
                     XChangeConfig config, TransactionOperations<Connection> tx, Clock clock) {
        this.subscribers = subscribers;
        this.accounts = accounts;
        this.settings = settings;
        this.keys = keys;
        this.sessions = sessions;
        this.audit = audit;
        this.config = config;
        this.tx = tx;
        this.clock = clock;
    }

    /** What a caller may see of an exchange account: never a key, only its last four characters. */
    public record View(Long accountId, String label, String exchange, String market, @Nullable String baseUrl,
                       String keyHint, boolean disabled) {
    }

    /** A request to add an exchange account; {@link #toString()} hides the keys. */
    public record NewAccount(String subscriber, String label, String exchange, @Nullable String market,
                             @Nullable String baseUrl, @Nullable String apiKey, @Nullable String secret,
                             @Nullable String passphrase) {
        @Override
        public String toString() {
            return "NewAccount[subscriber=" + subscriber + ", label=" + label + ", exchange=" + exchange + "]";
        }
    }

    public View add(String actor, NewAccount request) {
        if (!config.isEnabled()) {
            throw new InvalidInputException("exchange", "the exchange venue is off (tradewire.xchange.enabled=false)");
        }
        String label = request.label() == null ? "" : request.label().strip();
        if (!LABEL.matcher(label).matches()) {
            throw new InvalidInputException("label", "label must be 1 to 32 letters, digits or _ . -, got '"
                    + request.label() + "'");
        }
        ExchangeModule module = ExchangeModule.resolve(request.exchange());
        Market market = Market.parse(request.market());
        if (market == Market.FUTURES) {
            throw new InvalidInputException("market", "futures are not available yet: XChange 5.2.1's "
                    + "modules give no leverage call for Binance and Bybit, and Binance's futures mode ignores the"
                    + " account's base URL; use market spot");
        }
        String baseUrl = DefaultBaseUrls.resolve(config, module, request.baseUrl());
        ApiCredentials credentials = credentials(request);
        Subscriber sub = subscribers.findByName(request.subscriber())
                .orElseThrow(() -> new NotFoundException("subscriber", "no subscriber named '" + request.subscriber()
                        + "'"));
        if (accounts.findBySubscriberIdAndLabel(sub.id(), label).isPresent()) {
            throw new InvalidInputException("label", request.subscriber() + " already has an account labelled '"
                    + label + "'");
        }
        // the engine sizes from the account's cash: start it at the exchange's free quote balance
        BigDecimal cash = check(module, baseUrl, credentials);
        View view = tx.executeWrite(s -> {
            VenueAccount account = accounts.save(new VenueAccount(null, sub.id(), VenueKind.XCHANGE, label,
                    config.getDefaultQuote(), cash, false, clock.instant(), cash));
            settings.save(new ExchangeAccountRow(account.id(), module.name(), market.name(), baseUrl,
                    clock.instant()));
            keys.store(account.id(), credentials);
            audit.record(actor, "exchange_account.add", "subscriber:" + sub.id(), module.name() + " "
                    + market.name().toLowerCase() + " account " + account.id() + " key " + credentials.hint());
            return new View(account.id(), label, module.name(), market.name().toLowerCase(), baseUrl,
                    credentials.hint(), false);
        });
        sessions.forget(view.accountId());
        return view;
    }

    /** The subscriber's exchange accounts as a caller may see them. */
    public List<View> list(String subscriber) {
        Subscriber sub = subscribers.findByName(subscriber)
                .orElseThrow(() -> new NotFoundException("subscriber", "no subscriber named '" + subscriber + "'"));
        return accounts.findBySubscriberIdOrderById(sub.id()).stream()
                .filter(a -> a.venue() == VenueKind.XCHANGE)
                .flatMap(a -> settings.findById(a.id()).stream().map(row -> new View(a.id(), a.label(), row.exchange(),
                        row.market().toLowerCase(), row.baseUrl(), keys.hint(a.id()).orElse("none"), a.disabled())))
                .toList();
    }

    private static ApiCredentials credentials(NewAccount r) {
        if (r.apiKey() == null || r.apiKey().isBlank()) {
            throw new InvalidInputException("api_key", "api_key is required");
        }
        if (r.secret() == null || r.secret().isBlank()) {
            throw new InvalidInputException("secret", "secret is required");
        }
        return new ApiCredentials(r.apiKey(), r.secret(), r.passphrase());
    }

    /**
     * Read-only calls with the new keys (the access check, then the balances); refuses with the
     * exchange's own words. Returns the free balance in the default quote currency.
     */
    private BigDecimal check(ExchangeModule module, String baseUrl, ApiCredentials credentials) {
        ExchangeClient client;
        try {
            client = sessions.transientClient(module, baseUrl, credentials);
        } catch (IllegalArgumentException e) {
            // a module that decodes the secret at creation (Kraken, Coinbase: base64) refuses a malformed one
            throw new InvalidInputException("secret", module.name() + " cannot use this secret: " + e.getMessage());
        }
        AccessCheck result;
        BigDecimal quote;
        try {
            result = client.checkAccess();
            quote = !result.accepted() ? BigDecimal.ZERO : client.balances().stream()
                    .filter(b -> b.currency().equalsIgnoreCase(config.getDefaultQuote()))
                    .map(io.tradewire.trading.venue.VenueBalance::available).findFirst().orElse(BigDecimal.ZERO);
        } catch (Exception e) {
            Placement p = client.failure("balance check", e);
            throw new InvalidInputException("api_key", "could not check the key with " + module.name() + ": "
                    + reason(p));
        }
        if (!result.accepted()) {
            throw new InvalidInputException("api_key", result.detail());
        }
        if (Boolean.FALSE.equals(result.canTrade())) {
            throw new InvalidInputException("api_key", result.detail());
        }
        return quote;
    }

    private static String reason(Placement p) {
        return switch (p) {
            case Placement.Rejected r -> r.reason();
            case Placement.RateLimited r -> r.reason();
            case Placement.Unknown u -> u.reason();
            case Placement.Held h -> h.reason();
            default -> p.toString();
        };
    }
}
