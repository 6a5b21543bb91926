package io.tradewire.bot.command;

import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.audit.AuditLog;
import io.tradewire.trading.venue.paper.PaperConfig;
import io.tradewire.trading.venue.xchange.ExchangeModule;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** /start, /link and /accounts. */
@Singleton
public class AccountCommands {
    static final BigDecimal MAX_PAPER_BALANCE = new BigDecimal("1000000000");
    static final List<String> GUIDE = List.of(
            "1. /providers lists the channels I know, with their record.",
            "2. /follow @channel copies one onto your paper account.",
            "3. /risk sets how much each trade risks; /positions and /pnl show how it goes.");

    private final Identities identities;
    private final VenueAccountRepository accounts;
    private final AccountLinking linking;
    private final PaperConfig paper;
    private final AuditLog audit;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    AccountCommands(Identities identities, VenueAccountRepository accounts, AccountLinking linking, PaperConfig paper,
                    AuditLog audit, TransactionOperations<Connection> tx, Clock clock) {
        this.identities = identities;
        this.accounts = accounts;
        this.linking = linking;
        this.paper = paper;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The exchange of a /link that is about to ask for keys: one Tradewire bundles, checked before
     * the user types a key. Returns its short name.
     */
    public String exchange(String name) {
        checkName(name);
        String n = name.toLowerCase(Locale.ROOT);
        if (!ExchangeModule.known().contains(n)) {
            throw new CommandException("exchange", "unknown exchange '" + name + "': use one of "
                    + String.join(", ", ExchangeModule.known()));
        }
        return n;
    }

    private static void checkName(String exchange) {
        if (exchange == null || !exchange.matches("[A-Za-z0-9]{2,32}")) {
            throw new CommandException("exchange", "exchange must be a name like binance or kraken, got '"
                    + exchange + "'");
        }
    }

    /** Registers the user with a paper account at once; {@code dmChatId} is where their notices go. */
    public Views.Started start(ChatUser user, String dmChatId) {
        Identities.Registration r = Guard.run(() -> identities.register(user, dmChatId));
        return new Views.Started(r.subscriber().name(), r.created(), r.accounts().stream().map(AccountCommands::line)
                .toList(), GUIDE);
    }

    public List<Views.AccountLine> accounts(ChatUser user) {
        Subscriber sub = identities.require(user);
        return tx.executeRead(s -> accounts.findBySubscriberIdOrderById(sub.id())).stream()
                .map(a -> line(a, tx.executeRead(s -> accounts.disabledReason(a.id())).orElse(null))).toList();
    }

    /**
     * Adds an account. Paper accounts are made here; exchange keys and MT5 terminals go to the
     * {@link AccountLinking} port. Whether keys may be taken in this chat is the front end's
     * business (only in a private chat); this never sees keys from anywhere else.
     */
    public LinkResult link(ChatUser user, LinkRequest request) {
        Subscriber sub = identities.require(user);
        return switch (request) {
            case LinkRequest.Paper p -> linkPaper(user, sub, p);
            case LinkRequest.Exchange e -> {
                checkName(e.exchange());
                if (e.apiKey() == null || e.apiKey().isBlank() || e.apiSecret() == null || e.apiSecret().isBlank()) {
                    throw new CommandException("keys", "both the API key and the API secret are needed");
                }
                yield linking.linkExchange(sub.id(), user.actor(), e);
            }
            case LinkRequest.Mt5 m -> linking.linkMt5(sub.id(), user.actor(),
                    new LinkRequest.Mt5(m.label() == null ? null : Args.label(m.label())));
        };
    }

    private LinkResult linkPaper(ChatUser user, Subscriber sub, LinkRequest.Paper p) {
        BigDecimal balance = p.balance() == null ? paper.getStartingBalance() : p.balance();
        if (balance.signum() <= 0 || balance.compareTo(MAX_PAPER_BALANCE) > 0) {
            throw new CommandException("balance", "balance must be above 0 and at most "
                    + MAX_PAPER_BALANCE.toPlainString() + ", got " + balance.toPlainString());
        }
        String wanted = p.label() == null ? null : Args.label(p.label());
        VenueAccount saved = tx.executeWrite(s -> {
            List<VenueAccount> mine = accounts.findBySubscriberIdOrderById(sub.id());
            String label = wanted != null ? wanted : nextPaperLabel(mine);
            if (mine.stream().anyMatch(a -> a.label().equals(label))) {
                throw new CommandException("account", "you already have an account labelled '" + label + "'");
            }
            VenueAccount a = accounts.save(new VenueAccount(null, sub.id(), VenueKind.PAPER, label,
                    paper.getCurrency(), balance, false, clock.instant(), balance));
            audit.record(user.actor(), "account.link", "subscriber:" + sub.id(), "paper '" + label + "' balance "
                    + balance.toPlainString());
            return a;
        });
        return new LinkResult.Linked(line(saved));
    }

    private static String nextPaperLabel(List<VenueAccount> mine) {
        for (int n = 2; ; n++) {
            String candidate = "paper" + n;
            if (mine.stream().noneMatch(a -> a.label().equals(candidate))) {
                return candidate;
            }
        }
    }

    static Views.AccountLine line(VenueAccount a) {
        return line(a, null);
    }

    static Views.AccountLine line(VenueAccount a, String disabledReason) {
        return new Views.AccountLine(a.id(), a.label(), a.venue().name().toLowerCase(Locale.ROOT), a.currency(),
                a.cash(), a.disabled(), disabledReason);
    }
}
