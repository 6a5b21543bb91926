package io.tradewire.nlp.corenlp;

import edu.stanford.nlp.util.CoreMap;
import io.tradewire.nlp.ProviderVocabulary;
import io.tradewire.nlp.Signal;
import io.tradewire.nlp.SignalParser;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The production signal reader: CoreNLP's PTB tokenizer, TokensRegex rules ({@code markers.rules},
 * {@code orders.rules}, {@code updates.rules}) over vocabulary read from data files, and a small
 * assembler that turns the tagged post into signals, each field with the {@link io.tradewire.nlp.Evidence} of
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

    private static volatile Lexicon baseLexicon;

    private final String defaultQuote;
    private final Map<String, String> extraAliases;
    private final Set<String> extraIgnored;
    private final Lexicon lexicon;
    private final Tagger tagger = new Tagger();
    private final SectionReader sections;
    private final OpenAssembler opens;
    private final UpdateReader updates;

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
        this.sections = new SectionReader(lexicon, new SymbolReader(lexicon, q));
        this.opens = new OpenAssembler(lexicon);
        this.updates = new UpdateReader(lexicon);
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
    public SignalParser withVocabulary(ProviderVocabulary vocabulary) {
        return vocabulary.isEmpty() ? this : withExtraVocabulary(vocabulary.aliases(), vocabulary.ignoreWords());
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

    /**
     * Reads the sections of the post; when they hold no whole trade, a follow-up the post asks for
     * wins over a partial open ("EURUSD buy limit triggered" names a symbol and a side but no price).
     */
    private List<Signal> read(String raw) {
        CleanText basic = PostNormalizer.basic(raw, lexicon);
        CleanText priced = PostNormalizer.priced(basic);
        CoreMap tokens = tagger.tokenize(basic.text);
        SectionReader.Sections s = sections.read(priced.text, tokens);
        if (!s.first().isComplete()) {
            Signal.Update update = updates.read(basic, tokens, s.firstSymbol());
            if (update != null) {
                return List.of(update);
            }
        }
        return opens.assemble(s, basic, priced, tokens);
    }
}
