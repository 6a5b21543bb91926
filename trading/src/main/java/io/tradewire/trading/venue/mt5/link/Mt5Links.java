package io.tradewire.trading.venue.mt5.link;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.NotFoundException;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.SubscriberRepository;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.audit.AuditLog;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MT5 accounts and their links: creates an account with its link token (shown once), rotates
 * the token (the terminal linked with the old one is dropped), keeps the symbol names of the
 * account's broker, and finds the account a token belongs to. Checks input before it writes.
 */
@Singleton
public class Mt5Links {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern SUFFIX = Pattern.compile("[A-Za-z0-9_.#-]{0,12}");
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9_.#-]{1,32}");

    private final Mt5LinkRepository links;
    private final Mt5SymbolRepository symbols;
    private final VenueAccountRepository accounts;
    private final SubscriberRepository subscribers;
    private final AuditLog audit;
    private final AccountEvents events;
    private final ApplicationEventPublisher<Mt5LinkRotated> rotated;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    Mt5Links(Mt5LinkRepository links, Mt5SymbolRepository symbols, VenueAccountRepository accounts,
             SubscriberRepository subscribers, AuditLog audit, AccountEvents events,
             ApplicationEventPublisher<Mt5LinkRotated> rotated,
             TransactionOperations<Connection> tx, Clock clock) {
        this.links = links;
        this.symbols = symbols;
        this.accounts = accounts;
        this.subscribers = subscribers;
        this.audit = audit;
        this.events = events;
        this.rotated = rotated;
        this.tx = tx;
        this.clock = clock;
    }

    /** A new account and the one time its token is shown. */
    public record Created(VenueAccount account, String linkToken, SymbolMap symbols) {
    }

    /** What a new MT5 account needs; nulls take the defaults (label "mt5", USD, balance 0, no suffix). */
    public record NewAccount(String subscriber, String label, String currency, BigDecimal balance, String suffix,
                             Map<String, String> symbols) {
    }

    public Created create(String actor, NewAccount in) {
        String label = in.label() == null ? "mt5" : in.label();
        String currency = in.currency() == null ? "USD" : in.currency();
        BigDecimal balance = in.balance() == null ? BigDecimal.ZERO : in.balance();
        if (!LABEL.matcher(label).matches()) {
            throw new InvalidInputException("label", "label must be 1 to 32 letters, digits or _ . -, got '" + label + "'");
        }
        if (!CURRENCY.matcher(currency).matches()) {
            throw new InvalidInputException("currency", "currency must be three capital letters such as USD, got '"
                    + currency + "'");
        }
        if (balance.signum() < 0) {
            throw new InvalidInputException("balance", "balance must not be negative, got " + balance.toPlainString());
        }
        SymbolMap map = checked(in.suffix(), in.symbols());
        String token = LinkTokens.newToken();
        return tx.executeWrite(s -> {
            Subscriber sub = subscribers.findByName(in.subscriber())
                    .orElseThrow(() -> new NotFoundException("subscriber", "no subscriber named '" + in.subscriber() + "'"));
            if (accounts.findBySubscriberIdAndLabel(sub.id(), label).isPresent()) {
                throw new InvalidInputException("label", in.subscriber() + " already has an account labelled '" + label
                        + "'");
            }
            VenueAccount a = accounts.save(new VenueAccount(null, sub.id(), VenueKind.MT5, label, currency, balance,
                    false, clock.instant(), balance));
            links.save(new Mt5Link(a.id(), LinkTokens.hash(token), map.suffix(), clock.instant(), null, null, null,
                    null, clock.instant()));
            saveSymbols(a.id(), map);
            audit.record(actor, "mt5.account.create", "account:" + a.id(), "label " + label + ", " + currency);
            return new Created(a, token, map);
        });
    }

    /** A new token for the account; the old one stops working at once. */
    public String rotate(String actor, long accountId) {
        String token = LinkTokens.newToken();
        tx.executeWrite(s -> {
            if (links.rotate(accountId, LinkTokens.hash(token), clock.instant()) == 0) {
                throw new NotFoundException("account_id", "no MT5 account with id " + accountId);
            }
            audit.record(actor, "mt5.token.rotate", "account:" + accountId, "link token rotated");
            return null;
        });
        rotated.publishEvent(new Mt5LinkRotated(accountId));
        return token;
    }

    /** The account a link token belongs to. */
    public Optional<Long> accountForToken(String token) {
        if (token == null || !token.startsWith(LinkTokens.PREFIX)) {
            return Optional.empty();
        }
        return tx.executeRead(s -> links.findByTokenHash(LinkTokens.hash(token)).map(Mt5Link::accountId));
    }

    public Optional<Mt5Link> link(long accountId) {
        return tx.executeRead(s -> links.findById(accountId));
    }

    /** The MT5 account with its owner's name, or not found. */
    public Owned owned(long accountId) {
        return tx.executeRead(s -> {
            Mt5Link link = links.findById(accountId)
                    .orElseThrow(() -> new NotFoundException("account_id", "no MT5 account with id " + accountId));
            VenueAccount a = accounts.findById(accountId).orElseThrow();
            String owner = subscribers.findById(a.subscriberId()).map(Subscriber::name).orElseThrow();
            return new Owned(a, owner, link);
        });
    }

    /** An MT5 account, its owner's name and its link. */
    public record Owned(VenueAccount account, String owner, Mt5Link link) {
    }

    public SymbolMap symbolMap(long accountId) {
        return tx.executeRead(s -> {
            String suffix = links.findById(accountId).map(Mt5Link::symbolSuffix).orElse("");
            Map<String, String> explicit = new LinkedHashMap<>();
            symbols.findByAccountIdOrderBySymbol(accountId).forEach(m -> explicit.put(m.symbol(), m.brokerSymbol()));
            return new SymbolMap(suffix, explicit);
        });
    }

    /** Replaces the account's suffix and broker names. */
    public SymbolMap setSymbols(String actor, long accountId, String suffix, Map<String, String> names) {
        SymbolMap map = checked(suffix, names);
        tx.executeWrite(s -> {
            if (links.setSuffix(accountId, map.suffix()) == 0) {
                throw new NotFoundException("account_id", "no MT5 account with id " + accountId);
            }
            symbols.deleteByAccountId(accountId);
            saveSymbols(accountId, map);
            audit.record(actor, "mt5.symbols", "account:" + accountId, map.explicit().size() + " names, suffix '"
                    + map.suffix() + "'");
            return null;
        });
        return map;
    }

    /** The account's events, newest first. */
    public java.util.List<AccountEvent> events(long accountId, int limit) {
        return events.recent(accountId, limit);
    }

    /** What the terminal said in its hello. */
    public void recordTerminal(long accountId, String login, String server, boolean hedging) {
        tx.executeWrite(s -> links.recordTerminal(accountId, login, server, hedging ? "hedging" : "netting",
                clock.instant()));
    }

    private void saveSymbols(long accountId, SymbolMap map) {
        map.explicit().forEach((symbol, broker) -> symbols.save(new Mt5Symbol(null, accountId, symbol, broker)));
    }

    private static SymbolMap checked(String suffix, Map<String, String> names) {
        String sfx = suffix == null ? "" : suffix;
        if (!SUFFIX.matcher(sfx).matches()) {
            throw new InvalidInputException("symbol_suffix", "symbol_suffix must be up to 12 letters, digits or"
                    + " _ . # -, got '" + sfx + "'");
        }
        Map<String, String> map = names == null ? Map.of() : names;
        for (var e : map.entrySet()) {
            if (!SYMBOL.matcher(e.getKey()).matches() || e.getValue() == null || !SYMBOL.matcher(e.getValue()).matches()) {
                throw new InvalidInputException("symbols", "symbols maps a signal symbol to the broker's name, each 1"
                        + " to 32 letters, digits or _ . # -; got '" + e.getKey() + "' -> '" + e.getValue() + "'");
            }
        }
        return new SymbolMap(sfx, map);
    }
}
