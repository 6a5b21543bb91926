package io.tradewire.nlp.corenlp;

import edu.stanford.nlp.util.CoreMap;
import io.tradewire.nlp.Evidence;
import io.tradewire.nlp.Field;
import io.tradewire.nlp.Side;
import io.tradewire.nlp.Signal;
import io.tradewire.nlp.SignalParser;
import io.tradewire.nlp.UpdateAction;
import io.tradewire.nlp.corenlp.PriceReader.Price;
import io.tradewire.nlp.corenlp.Tagger.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production signal reader: CoreNLP's PTB tokenizer, TokensRegex rules ({@code markers.rules},
 * {@code orders.rules}, {@code updates.rules}) over vocabulary read from data files, and a small
 * assembler that turns the tagged post into signals, each field with the {@link Evidence} of
 * where it was read. Build once and share: construction compiles the rules; parsing is
 * thread-safe and never throws.
 *
 * <p>A post becomes {@link Signal.Open} (one per trade it holds), {@link Signal.Update} for a
 * follow-up, or a single {@link Signal.None}: {@code empty}, {@code no_symbol} (a trade with no
 * instrument), {@code not_a_signal}, {@code parse_error} (a bug; never expected).
 */
public final class CoreNlpSignalParser implements SignalParser {

    public static final String DEFAULT_QUOTE = "USDT";
    /** Longest text read; the rest of a longer post is ignored. */
    static final int MAX_LENGTH = 20_000;

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S*");
    private static final Pattern COLON_EMOJI = Pattern.compile(":[a-z][a-z0-9_+\\-]*:");
    private static final Pattern UNDERSCORE_EMOJI = Pattern.compile("\\b[a-z]+(?:_[a-z]+)+\\b");
    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\uFE0F\\u20E3]");
    private static final Pattern CR = Pattern.compile("\\r\\n?");
    private static final Pattern KEYCAP = Pattern.compile("\\d[\\uFE0F]?\\u20E3");
    private static final Pattern LEVERAGE_RANGE = Pattern.compile(
            "(?i)(?<![A-Za-z0-9.])\\d{1,3}(?:\\.\\d+)?\\s*x?\\s*[-_/]\\s*\\d{1,3}(?:\\.\\d+)?\\s*x(?![A-Za-z])");
    private static final Pattern LEVERAGE = Pattern.compile(
            "(?i)(?<![A-Za-z0-9.])(?:\\d{1,3}(?:\\.\\d+)?\\s?x|x\\s?\\d{1,3})(?![A-Za-z0-9])");
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d.])(?:\\d{4}([./-])\\d{1,2}\\1\\d{1,2}|\\d{1,2}([./])\\d{1,2}\\2\\d{2,4})(?![\\d.])");
    private static final Pattern TIME = Pattern.compile("(?<![\\d.])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d.])");
    private static final Pattern ORDINAL = Pattern.compile("(?i)(?<![A-Za-z0-9.])\\d{1,2}(?:st|nd|rd|th)(?![A-Za-z])");
    private static final Pattern PIPS = Pattern.compile(
            "(?i)(?:(?<![\\d.])\\d+(?:\\s*-\\s*\\d+)*|\\d+\\.\\d+)\\s*(?:pips?|points?|пунктов|пипсов|puntos|pontos)(?![\\p{L}])");
    private static final Pattern PERCENT_RANGE = Pattern.compile("(?<![\\d.])\\d{1,2}\\s*-\\s*\\d{1,3}\\s*%");
    private static final Pattern PERCENT = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?\\s*%");
    private static final Pattern SIGNED = Pattern.compile("\\+\\s?\\d+(?:[.,]\\d+)?");
    private static final Pattern ENUMERATOR = Pattern.compile("(?<![\\d.,])\\d{1,2}\\)");
    private static final List<Pattern> NOT_PRICES = List.of(LEVERAGE_RANGE, LEVERAGE, DATE, TIME, ORDINAL, PIPS,
            PERCENT_RANGE, PERCENT, SIGNED, ENUMERATOR, SymbolReader.BROKER_SUFFIX);

    /** "TP 1", "Target1#", "T.p.1", "Tp1.1.96600": an index right after a target label, not a price. */
    private static final Pattern INDEX = Pattern.compile(
            "^\\s?[.#]?\\s?\\d{1,2}(?=[\\s:\\-#=)@\\]]|,(?!\\d)|\\.(?!\\d)|\\.\\d+\\.\\d)");
    private static final Pattern NEXT_WORD = Pattern.compile("^[\\s\\]:]*([a-z]+)");
    private static final Pattern PERCENT_FRACTION = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*%");
    private static final Pattern TP_NUMBER = Pattern.compile("\\d{1,2}");
    private static final List<UpdateAction> ACTION_ORDER = List.of(UpdateAction.TP_HIT, UpdateAction.SL_HIT,
            UpdateAction.ENTRY_HIT, UpdateAction.CLOSE_PARTIAL, UpdateAction.CLOSE, UpdateAction.CANCEL,
            UpdateAction.MOVE_SL);

    private enum Role { ENTRY, STOP, TARGET, IGNORE, SIDE, SYMBOL }

    /** A marker at [start, end) governing the section [start of text after it, sectionEnd). */
    private record Marker(Role role, Side side, SymbolReader.Found symbol, int start, int end, int sectionEnd,
                          boolean glued) { }

    private static volatile Lexicon baseLexicon;

    private final String defaultQuote;
    private final Map<String, String> extraAliases;
    private final Set<String> extraIgnored;
    private final Lexicon lexicon;
    private final Tagger tagger = new Tagger();
    private final SymbolReader symbols;

    public CoreNlpSignalParser() {
        this(DEFAULT_QUOTE);
    }

    /** @param defaultQuote the quote given to a bare base such as {@code #EGLD} or {@code $BTC} */
    public CoreNlpSignalParser(String defaultQuote) {
        this(defaultQuote, Map.of(), Set.of());
    }

    private CoreNlpSignalParser(String defaultQuote, Map<String, String> aliases, Set<String> ignored) {
        String q = Objects.requireNonNull(defaultQuote, "defaultQuote").strip().toUpperCase(Locale.ROOT);
        if (!q.matches("[A-Z0-9]{2,10}")) {
            throw new IllegalArgumentException("not a quote currency: " + defaultQuote);
        }
        this.defaultQuote = q;
        this.extraAliases = Map.copyOf(aliases);
        this.extraIgnored = Set.copyOf(ignored);
        this.lexicon = aliases.isEmpty() && ignored.isEmpty() ? base() : new Lexicon(aliases, ignored);
        this.symbols = new SymbolReader(lexicon, q);
    }

    private static Lexicon base() {
        Lexicon l = baseLexicon;
        if (l == null) {
            synchronized (CoreNlpSignalParser.class) {
                l = baseLexicon;
                if (l == null) {
                    l = new Lexicon(Map.of(), Set.of());
                    baseLexicon = l;
                }
            }
        }
        return l;
    }

    /**
     * A parser for one provider: the base vocabulary plus its own symbol aliases (word as the
     * provider writes it -> symbol, e.g. {@code "YEN" -> "USDJPY"}) and words that are never a
     * symbol (e.g. its channel name). This parser is unchanged.
     */
    public CoreNlpSignalParser withExtraVocabulary(Map<String, String> aliases, Set<String> ignoreWords) {
        Map<String, String> a = new HashMap<>(extraAliases);
        if (aliases != null) {
            aliases.forEach((k, v) -> {
                if (k != null && v != null) {
                    a.put(k, v);
                }
            });
        }
        Set<String> i = new HashSet<>(extraIgnored);
        if (ignoreWords != null) {
            ignoreWords.stream().filter(Objects::nonNull).forEach(i::add);
        }
        return new CoreNlpSignalParser(defaultQuote, a, i);
    }

    @Override
    public List<Signal> parseAll(String text) {
        if (text == null || text.isBlank()) {
            return List.of(new Signal.None("empty"));
        }
        try {
            return read(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(new Signal.None("parse_error"));
        }
    }

    /** The post with spaces, dashes, emoji codes, URLs and glued labels normalised; offsets kept. */
    private CleanText basic(String raw) {
        CleanText t = CleanText.of(raw)
                .replace(CR, "\n")
                .replace(KEYCAP, " ")
                .blank(SPACES)
                .replace(INVISIBLE, "")
                .mapChars(c -> switch (c) {
                    case '\u2013', '\u2014', '\u2012', '\u2010', '\u2212' -> '-';
                    case '\u0445' -> 'x';
                    case '\u0425' -> 'X';
                    case '*', '\u00BD' -> ' ';
                    case '\uFF1A' -> ':';
                    default -> c;
                })
                .replace(URL, " ")
                .replace(COLON_EMOJI, " ")
                .replace(UNDERSCORE_EMOJI, " ");
        return t.newlineBefore(lexicon.glue);
    }

    private List<Signal> read(String raw) {
        CleanText basic = basic(raw);
        CleanText priced = basic;
        for (Pattern p : NOT_PRICES) {
            priced = priced.blank(p);
        }
        String text = priced.text;
        CoreMap tokens = tagger.tokenize(basic.text);

        List<Tag> tags = Tagger.tag(lexicon.markers, tokens);
        List<int[]> masked = new ArrayList<>();
        List<SymbolReader.Found> aliases = new ArrayList<>();
        List<Marker> raw0 = new ArrayList<>();
        List<Draft.SideWord> hints = new ArrayList<>();
        for (Tag t : tags) {
            switch (t.value()) {
                case "ALIAS" -> {
                    String symbol = lexicon.aliases.get(Lexicon.key(text.substring(t.start(), t.end())));
                    if (symbol != null) {
                        aliases.add(new SymbolReader.Found(symbol, t.start(), t.end()));
                    }
                }
                case "BUY_HINT" -> hints.add(new Draft.SideWord(Side.BUY, t.start(), t.end()));
                case "SELL_HINT" -> hints.add(new Draft.SideWord(Side.SELL, t.start(), t.end()));
                default -> marker(t, text, masked, raw0);
            }
        }
        List<SymbolReader.Found> found = symbols.findAll(text, aliases);
        for (SymbolReader.Found f : found) {
            if (!overlaps(masked, f.start(), f.end())) {
                raw0.add(new Marker(Role.SYMBOL, null, f, f.start(), f.end(), 0, false));
            }
        }
        raw0.sort(Comparator.comparingInt(Marker::start));
        List<Draft> drafts = drafts(text, raw0, hints);
        SymbolReader.Found firstSymbol = found.isEmpty() ? null : found.get(0);
        Draft first = drafts.get(0);

        if (!first.isComplete()) {
            Signal.Update update = update(basic, tokens, firstSymbol);
            if (update != null) {
                return List.of(update);
            }
        }

        List<Tag> orderTags = Tagger.tag(lexicon.orders, tokens);
        Tag orderType = orderTags.isEmpty() ? null : orderTags.get(0);
        LeverageReader.Found leverage = LeverageReader.read(basic.text);
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
            boolean tradeLike = d.hasPrices() && (d.declaredSide() != null || d.isComplete());
            if (d.symbol == null) {
                missingSymbol |= tradeLike;
                continue;
            }
            if (d.declaredSide() == null && !d.isComplete()) {
                continue; // "BTCUSDT looking interesting at 45000"
            }
            Signal.Open open = d.toOpen(priced, orderType, leverage);
            if (open != null) {
                out.add(open);
            }
        }
        if (out.isEmpty()) {
            return List.of(new Signal.None(missingSymbol ? "no_symbol" : "not_a_signal"));
        }
        return out;
    }

    /** Turns one tag of markers.rules into a marker (or only a masked span). */
    private void marker(Tag t, String text, List<int[]> masked, List<Marker> out) {
        int end = t.end();
        Role role;
        Side side = null;
        switch (t.value()) {
            case "ENTRY" -> role = Role.ENTRY;
            case "LINE_ENTRY" -> role = atLineStart(text, t.start()) ? Role.ENTRY : null;
            case "STOP" -> role = Role.STOP;
            case "TARGET" -> role = Role.TARGET;
            case "IGNORE" -> role = Role.IGNORE;
            case "BUY" -> {
                role = Role.SIDE;
                side = Side.BUY;
            }
            case "SELL" -> {
                role = Role.SIDE;
                side = Side.SELL;
            }
            default -> role = null; // NEUTRAL: masks the words inside it, governs nothing
        }
        if (role == Role.TARGET || role == Role.ENTRY) {
            Matcher idx = INDEX.matcher(text.substring(end, Math.min(text.length(), end + 12)));
            if (idx.find()) {
                end += idx.end();
            }
        }
        masked.add(new int[] {t.start(), end});
        if (role == null) {
            return;
        }
        if ((role == Role.ENTRY || role == Role.STOP || role == Role.TARGET) && isProse(text, end)) {
            return;
        }
        boolean glued = end < text.length() && Character.isDigit(text.charAt(end)) && end == t.end();
        out.add(new Marker(role, side, null, t.start(), end, 0, glued));
    }

    /** Walks the marked sections and fills one draft per trade. */
    private List<Draft> drafts(String text, List<Marker> markers, List<Draft.SideWord> hints) {
        List<Draft> drafts = new ArrayList<>();
        Draft d = new Draft();
        drafts.add(d);
        int h = 0;
        for (int i = 0; i < markers.size(); i++) {
            Marker m = markers.get(i);
            while (h < hints.size() && hints.get(h).start() < m.start()) {
                d.sideHints.add(hints.get(h++));
            }
            int next = i + 1 < markers.size() ? markers.get(i + 1).start() : text.length();
            int sectionEnd = next > m.end() ? continuation(text, m.end(), next) : m.end();
            List<Price> prices = PriceReader.read(text, m.end(), sectionEnd);
            if (m.role() == Role.SYMBOL) {
                if (d.hasExits() && (d.symbol == null || !d.symbol.symbol().equals(m.symbol().symbol()))) {
                    d = new Draft();
                    drafts.add(d);
                }
                if (d.symbol == null) {
                    d.symbol = m.symbol();
                }
                d.plainEntries.addAll(prices);
                continue;
            }
            switch (m.role()) {
                case SIDE -> {
                    if (d.hasExits()) {
                        d = new Draft();
                        drafts.add(d);
                    }
                    Side established = d.wordSide();
                    if (d.hasEntries() && !prices.isEmpty() && m.side() != established) {
                        // "Buy 145-141 / Sell 148-151-160": after the entry, the other side's prices are targets.
                        d.targets.addAll(prices);
                    } else {
                        d.sideWords.add(new Draft.SideWord(m.side(), m.start(), m.end()));
                        d.plainEntries.addAll(prices);
                    }
                }
                case ENTRY -> d.labelledEntries.addAll(prices);
                case STOP -> {
                    if (d.stopLoss == null && !prices.isEmpty()) {
                        d.stopLoss = prices.get(0);
                    }
                }
                case TARGET -> {
                    if (m.glued() && !prices.isEmpty() && d.gluedTarget < 0) {
                        Price alternative = withoutFirstDigit(text, m.end(), sectionEnd);
                        if (alternative != null) {
                            d.gluedTarget = d.targets.size();
                            d.gluedAlternative = alternative;
                        }
                    }
                    d.targets.addAll(prices);
                }
                default -> {
                    // IGNORE: numbers that are not prices
                }
            }
        }
        while (h < hints.size()) {
            d.sideHints.add(hints.get(h++));
        }
        return drafts;
    }

    /** "41.3100" -> 1.3100 (the 4 was the index of "TP4"), when at least one integer digit remains. */
    private static Price withoutFirstDigit(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i - from < 2) {
            return null;
        }
        List<Price> p = PriceReader.read(text, from + 1, to);
        return p.isEmpty() ? null : p.get(0);
    }

    /** End of the marker's own line, then of following lines only while they are price lists ("- 0.3665"). */
    static int continuation(String text, int from, int to) {
        int nl = text.indexOf('\n', from);
        if (nl < 0 || nl >= to) {
            return to;
        }
        int end = nl;
        int lineStart = nl + 1;
        while (lineStart <= to) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > to) {
                lineEnd = to;
            }
            CharSequence line = text.subSequence(lineStart, lineEnd);
            if (SymbolReader.hasLetter(line) && !startsWithNumber(line)) {
                break;
            }
            end = lineEnd;
            if (lineEnd >= to) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return end;
    }

    /** True when the first letter or digit of the line is a digit ("☑️ 1.155 | 40% of profit"). */
    private static boolean startsWithNumber(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
            if (Character.isLetter(c)) {
                return false;
            }
        }
        return false;
    }

    /** A label followed by an ordinary lower-case word is prose: "our last entry and it ...". */
    private boolean isProse(String text, int end) {
        Matcher w = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + 30)));
        if (!w.find()) {
            return false;
        }
        String word = w.group(1);
        return word.length() >= 2 && !lexicon.connectors.contains(word);
    }

    private static boolean atLineStart(String text, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** The follow-up the post asks for (updates.rules), or null when it asks for none. */
    private Signal.Update update(CleanText basic, CoreMap tokens, SymbolReader.Found symbol) {
        List<Tag> tags = Tagger.tag(lexicon.updates, tokens);
        if (tags.isEmpty()) {
            return null;
        }
        UpdateAction action = null;
        for (UpdateAction a : ACTION_ORDER) {
            if (tags.stream().anyMatch(t -> actionOf(t) == a)) {
                action = a;
                break;
            }
        }
        if (action == null) {
            return null;
        }
        String text = basic.text;
        List<Evidence> evidence = new ArrayList<>();
        if (symbol != null) {
            evidence.add(Evidence.read(Field.SYMBOL, basic.span(symbol.start(), symbol.end())));
        }
        Integer tp = null;
        boolean allTargets = false;
        BigDecimal fraction = null;
        Tag first = null;
        Evidence tpEvidence = null;
        for (Tag t : tags) {
            if (actionOf(t) != action) {
                continue;
            }
            if (first == null) {
                first = t;
                evidence.add(Evidence.read(Field.ACTION, basic.span(t.start(), t.end())));
            }
            if (action == UpdateAction.TP_HIT) {
                int colon = t.value().indexOf(':');
                if (colon < 0) {
                    allTargets = true;
                } else {
                    int n = Integer.parseInt(t.value().substring(colon + 1).trim());
                    if (tp == null || n > tp) {
                        tp = n;
                        Matcher m = TP_NUMBER.matcher(text).region(t.start(), t.end());
                        while (m.find()) {
                            if (Integer.parseInt(m.group()) == n) {
                                tpEvidence = Evidence.read(Field.TP, basic.span(m.start(), m.end()));
                                break;
                            }
                        }
                    }
                }
            }
        }
        if (allTargets) {
            tp = null;
            tpEvidence = null;
        }
        if (tpEvidence != null) {
            evidence.add(tpEvidence);
        }
        if (action == UpdateAction.CLOSE_PARTIAL) {
            if (first.value().equals("CLOSE_PARTIAL_HALF")) {
                fraction = new BigDecimal("0.5");
                evidence.add(Evidence.read(Field.FRACTION, basic.span(first.start(), first.end())));
            } else {
                Matcher m = PERCENT_FRACTION.matcher(text).region(first.start(), Math.min(text.length(), first.start() + 40));
                if (m.find()) {
                    BigDecimal pct = new BigDecimal(m.group(1).replace(',', '.'));
                    if (pct.signum() > 0 && pct.compareTo(BigDecimal.valueOf(100)) <= 0) {
                        fraction = pct.movePointLeft(2);
                        evidence.add(Evidence.read(Field.FRACTION, basic.span(m.start(), m.end())));
                    }
                }
            }
        }
        Signal.NewStop newStop = null;
        for (Tag t : tags) {
            if (actionOf(t) != UpdateAction.MOVE_SL) {
                continue;
            }
            if (t.value().equals("MOVE_SL_BE")) {
                newStop = Signal.NewStop.toBreakeven();
                evidence.add(Evidence.read(Field.NEW_SL, basic.span(t.start(), t.end())));
            } else if (t.value().equals("MOVE_SL_PRICE")) {
                List<Price> p = PriceReader.read(text, t.start(), t.end());
                if (!p.isEmpty()) {
                    Price last = p.get(p.size() - 1);
                    newStop = Signal.NewStop.at(last.value());
                    evidence.add(Evidence.read(Field.NEW_SL, basic.span(last.start(), last.end())));
                }
            }
            break;
        }
        return new Signal.Update(action, symbol == null ? null : symbol.symbol(), fraction, newStop, tp, evidence);
    }

    private static UpdateAction actionOf(Tag t) {
        String v = t.value();
        int colon = v.indexOf(':');
        String name = colon < 0 ? v : v.substring(0, colon);
        return switch (name) {
            case "TP_HIT" -> UpdateAction.TP_HIT;
            case "SL_HIT" -> UpdateAction.SL_HIT;
            case "ENTRY_HIT" -> UpdateAction.ENTRY_HIT;
            case "CLOSE_PARTIAL", "CLOSE_PARTIAL_HALF" -> UpdateAction.CLOSE_PARTIAL;
            case "CLOSE" -> UpdateAction.CLOSE;
            case "CANCEL" -> UpdateAction.CANCEL;
            case "MOVE_SL", "MOVE_SL_BE", "MOVE_SL_PRICE" -> UpdateAction.MOVE_SL;
            default -> null;
        };
    }
}
