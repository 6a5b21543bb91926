package io.tradewire.nlp.simple;

import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Signal;
import io.tradewire.nlp.SignalParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * A first, rule-based reader of trading signals: labels, side words, symbols and prices, with
 * the vocabulary in plain text files next to this class. No NLP model; thread-safe; never throws.
 *
 * <p>A post becomes {@link Signal.Open} (one per trade it holds), {@link Signal.Update} for a
 * follow-up ("TP1 hit, move SL to 1248"), or a single {@link Signal.None}:
 * {@code empty} (null or blank text), {@code no_symbol} (a trade with no instrument),
 * {@code not_a_signal} (anything else), {@code parse_error} (a bug; never expected).
 */
public final class SimpleSignalParser implements SignalParser {

    public static final String DEFAULT_QUOTE = "USDT";

    private final SymbolReader symbols;
    private final OpenReader opens;
    private final UpdateReader updates = new UpdateReader();

    public SimpleSignalParser() {
        this(DEFAULT_QUOTE);
    }

    /** @param defaultQuote the quote given to a bare base such as {@code #EGLD} or {@code $BTC} */
    public SimpleSignalParser(String defaultQuote) {
        String q = Objects.requireNonNull(defaultQuote, "defaultQuote").strip().toUpperCase(Locale.ROOT);
        if (!q.matches("[A-Z0-9]{2,10}")) {
            throw new IllegalArgumentException("not a quote currency: " + defaultQuote);
        }
        Vocabulary.get(); // fail fast on a broken vocabulary
        this.symbols = new SymbolReader(q);
        this.opens = new OpenReader(new MarkerScanner(symbols));
    }

    @Override
    public List<Signal> parseAll(String text) {
        if (text == null || text.isBlank()) {
            return List.of(new Signal.None("empty"));
        }
        try {
            return read(text);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(new Signal.None("parse_error"));
        }
    }

    private List<Signal> read(String text) {
        String basic = TextCleaner.basic(text);
        String priced = TextCleaner.forPrices(basic);
        List<Draft> drafts = opens.read(priced);
        String firstSymbol = symbols.first(priced);
        Draft first = drafts.get(0);

        if (!first.isComplete()) {
            Signal.Update update = updates.read(basic, firstSymbol);
            if (update != null) {
                return List.of(update);
            }
        }

        OrderType orderType = orderType(basic);
        Integer leverage = LeverageReader.read(basic);
        List<Signal> out = new ArrayList<>();
        boolean missingSymbol = false;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (i > 0 && !d.hasPrices()) {
                continue; // a side word or symbol in trailing chatter
            }
            if (d.symbol == null) {
                d.symbol = firstSymbol;
            }
            boolean tradeLike = d.hasPrices() && (d.wordSide() != null || d.isComplete());
            if (d.symbol == null) {
                missingSymbol |= tradeLike;
                continue;
            }
            if (d.wordSide() == null && !d.isComplete()) {
                continue; // "BTCUSDT looking interesting at 45000"
            }
            Signal.Open open = d.toOpen(orderType, leverage);
            if (open != null) {
                out.add(open);
            }
        }
        if (out.isEmpty()) {
            return List.of(new Signal.None(missingSymbol ? "no_symbol" : "not_a_signal"));
        }
        return out;
    }

    private static OrderType orderType(String basic) {
        Vocabulary v = Vocabulary.get();
        Matcher m = v.orderTypes.matcher(basic);
        if (!m.find()) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) >= 0) {
                return v.orderTypeOfGroup.get(g - 1);
            }
        }
        return null;
    }
}
