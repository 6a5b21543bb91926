package io.tradewire.bot.command;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.decision.Decision;
import io.tradewire.trading.inbox.InboxRepository;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.provider.ProviderRepository;
import io.tradewire.trading.query.TradingQueries;
import io.tradewire.trading.query.Viewer;
import io.tradewire.trading.signal.StoredSignal;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** /why: what the parser read from a post and why this subscriber's copy was placed or refused. */
@Singleton
public class WhyCommands {
    private final Identities identities;
    private final TradingQueries queries;
    private final InboxRepository inbox;
    private final ProviderRepository providers;
    private final ProviderCommands providerCommands;
    private final TradeCommands tradeCommands;
    private final TradeStore trades;
    private final TransactionOperations<Connection> tx;

    WhyCommands(Identities identities, TradingQueries queries, InboxRepository inbox, ProviderRepository providers,
                ProviderCommands providerCommands, TradeCommands tradeCommands, TradeStore trades,
                TransactionOperations<Connection> tx) {
        this.identities = identities;
        this.queries = queries;
        this.inbox = inbox;
        this.providers = providers;
        this.providerCommands = providerCommands;
        this.tradeCommands = tradeCommands;
        this.trades = trades;
        this.tx = tx;
    }

    /** The signal by id, or the latest one a decision was made on for this user when null. */
    public Views.WhyReport why(ChatUser user, @Nullable Long signalId) {
        Subscriber sub = identities.require(user);
        Long id = signalId != null ? signalId : tx.executeRead(s -> trades.latestDecidedSignal(sub.id()))
                .orElseThrow(() -> new CommandException("signal", "no signal has been copied for you yet;"
                        + " give a signal number, e.g. /why 42"));
        StoredSignal signal = queries.signal(id)
                .orElseThrow(() -> new CommandException("signal", "no signal " + id));
        String text = tx.executeRead(s -> inbox.findById(signal.inboxMessageId())).map(m -> m.text()).orElse("");
        String provider = tx.executeRead(s -> providers.findById(signal.providerId()))
                .map(providerCommands::handle).orElse("provider " + signal.providerId());
        Map<Long, VenueAccount> accounts = tradeCommands.accounts(sub);
        List<Order> orders = queries.ordersOfSignal(id);
        List<Views.DecisionLine> decisions = queries.decisions(new Viewer.User(sub.name()), id).stream()
                .map(d -> decision(d, accounts, orders)).toList();
        return new Views.WhyReport(id, provider, text, signal.kind().name().toLowerCase(Locale.ROOT), read(signal),
                signal.reason(), decisions);
    }

    private Views.DecisionLine decision(Decision d, Map<Long, VenueAccount> accounts, List<Order> orders) {
        String label = accounts.containsKey(d.accountId()) ? accounts.get(d.accountId()).label() : "#" + d.accountId();
        List<Views.OrderLine> mine = orders.stream().filter(o -> d.id().equals(o.decisionId()))
                .map(o -> TradeCommands.orderLine(o, label, queries.fills(o.id()))).toList();
        return new Views.DecisionLine(label, d.outcome().name().toLowerCase(Locale.ROOT), d.rule(), d.reason(), mine);
    }

    /** The fields the parser filled, in reading order. */
    static Map<String, String> read(StoredSignal s) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "symbol", s.symbol());
        put(out, "side", s.side() == null ? null : s.side().wire());
        put(out, "order", s.orderType() == null ? null : s.orderType().name().toLowerCase(Locale.ROOT));
        put(out, "entry", plain(s.entry()));
        if (s.entryLow() != null || s.entryHigh() != null) {
            put(out, "entry zone", plain(s.entryLow()) + "-" + plain(s.entryHigh()));
        }
        put(out, "stop loss", plain(s.stopLoss()));
        if (!s.takeProfits().isEmpty()) {
            out.put("targets", s.takeProfits().stream().map(WhyCommands::plain).collect(Collectors.joining(", ")));
        }
        put(out, "leverage", s.leverage() == null ? null : s.leverage() + "x");
        put(out, "action", s.action() == null ? null : s.action().wire());
        put(out, "fraction", plain(s.fraction()));
        put(out, "new stop", s.newSlBreakeven() ? "breakeven" : plain(s.newSl()));
        put(out, "target hit", s.tpIndex() == null ? null : "TP" + s.tpIndex());
        return out;
    }

    private static void put(Map<String, String> out, String key, @Nullable String value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    @Nullable
    private static String plain(@Nullable BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }
}
