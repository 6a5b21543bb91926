package io.tradewire.nlp.corenlp;

import io.tradewire.nlp.Evidence;
import io.tradewire.nlp.Field;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.nlp.Signal;
import io.tradewire.nlp.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** What the CoreNLP parser reads beyond the simple parser's examples: spans, languages, provider words. */
class CoreNlpFeaturesTest {

    private static final CoreNlpSignalParser parser = new CoreNlpSignalParser();

    private static Signal.Open open(String text) {
        Signal s = parser.parse(text);
        assertThat(s).as(text).isInstanceOf(Signal.Open.class);
        return (Signal.Open) s;
    }

    private static Signal.Update update(String text) {
        Signal s = parser.parse(text);
        assertThat(s).as(text).isInstanceOf(Signal.Update.class);
        return (Signal.Update) s;
    }

    private static List<Evidence> of(Signal.Open o, Field f) {
        return o.evidence().stream().filter(e -> e.field() == f).toList();
    }

    private static List<Evidence> of(Signal.Update u, Field f) {
        return u.evidence().stream().filter(e -> e.field() == f).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "US30.cash sell 34000 sl 34200 tp 33800     | US30",
        "GBPUSD-ECN buy 1.27 sl 1.26 tp 1.28        | GBPUSD",
        "XAUUSD.m buy 1950 sl 1940 tp 1970          | XAUUSD",
        "GBP/JPY sell 190.5 sl 191.5 tp 188         | GBPJPY",
        "NAS100 buy 15000 sl 14900 tp 15200         | NAS100",
        "#SOL/USDT long 100 sl 95 tp 110            | SOLUSDT",
        "$DOGE long 0.08 sl 0.07 tp 0.1             | DOGEUSDT",
        "Золото покупка 1950 стоп 1940 тейк 1970    | XAUUSD",
    })
    void readsMoreSymbols(String text, String symbol) {
        assertThat(open(text).symbol()).isEqualTo(symbol);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Russian
        "BTCUSDT покупка 42000 стоп 41000 цель 44000           | BUY  | 41000 | 44000",
        "BTCUSDT лонг вход 42000 стоп-лосс 41000 тейк 44000    | BUY  | 41000 | 44000",
        "ETHUSDT шорт вход 2000 стоп 2100 цели 1900 1800       | SELL | 2100  | 1900",
        // Spanish
        "EURUSD comprar entrada 1.0850 stop loss 1.0800 objetivo 1.0950 | BUY | 1.0800 | 1.0950",
        "EURUSD vender entrada 1.0850 stop 1.0900 objetivos 1.0800      | SELL | 1.0900 | 1.0800",
        // Portuguese
        "EURUSD compra entrada 1.0850 stop 1.0800 alvo 1.0950   | BUY  | 1.0800 | 1.0950",
        "EURUSD venda entrada 1.0850 stop 1.0900 alvos 1.0800   | SELL | 1.0900 | 1.0800",
        // Turkish
        "EURUSD AL giriş 1.0850 zarar durdur 1.0800 hedef 1.0950  | BUY  | 1.0800 | 1.0950",
        "EURUSD SAT giriş 1.0850 zarar durdur 1.0900 hedef 1.0800 | SELL | 1.0900 | 1.0800",
    })
    void readsOtherLanguages(String text, Side side, BigDecimal stop, BigDecimal firstTarget) {
        Signal.Open o = open(text);
        assertThat(o.side()).isEqualTo(side);
        assertThat(o.stopLoss()).isEqualByComparingTo(stop);
        assertThat(o.takeProfits().get(0)).isEqualByComparingTo(firstTarget);
        assertThat(of(o, Field.SIDE)).allMatch(e -> !e.inferred());
    }

    @Test
    void readsEmojiSideHints() {
        assertThat(open("🟢 ETHUSDT 2000").side()).isEqualTo(Side.BUY);
        assertThat(open("📉 BTCUSDT\nEntry 42000\nSL 43000\nTP 40000").side()).isEqualTo(Side.SELL);
        // the prices overrule a hint that contradicts them
        Signal.Open o = open("🔴 BTCUSDT\nEntry 42000\nSL 41000\nTP 44000");
        assertThat(o.side()).isEqualTo(Side.BUY);
        assertThat(of(o, Field.SIDE)).singleElement().matches(Evidence::inferred);
    }

    @Test
    void readsZonesAndNumberFormats() {
        Signal.Open abbreviated = open("GBPJPY buy 134.30/35 sl 133.80 tp 135.00");
        assertThat(abbreviated.entryLow()).isEqualByComparingTo("134.30");
        assertThat(abbreviated.entryHigh()).isEqualByComparingTo("134.35");
        Signal.Open thousands = open("BTCUSDT long entry 1,234.5 - 1,250 sl 1,200 tp 1,300");
        assertThat(thousands.entryLow()).isEqualByComparingTo("1234.5");
        assertThat(thousands.entryHigh()).isEqualByComparingTo("1250");
        Signal.Open zone = open("BTCUSDT\nBuy zone: 42000 - 42500\nSL: 41000\nTP: 44000");
        assertThat(zone.entryLow()).isEqualByComparingTo("42000");
        assertThat(zone.entryHigh()).isEqualByComparingTo("42500");
        Signal.Open k = open("BTCUSDT long 42k sl 41k tp 44k");
        assertThat(k.entry()).isEqualByComparingTo("42000");
        assertThat(k.stopLoss()).isEqualByComparingTo("41000");
    }

    @Test
    void readsOrderTypesAndLeverage() {
        assertThat(open("BTCUSDT enter above 42000 sl 41000 tp 44000").orderType()).isEqualTo(OrderType.STOP);
        assertThat(open("BTCUSDT buy limit 42000 sl 41000 tp 44000").orderType()).isEqualTo(OrderType.LIMIT);
        assertThat(open("BTCUSDT buy 42000 sl 41000 tp 44000 leverage 10x-20x").leverage()).isEqualTo(20);
        assertThat(open("BTCUSDT buy 42000 sl 41000 tp 44000 isolated 15x").leverage()).isEqualTo(15);
        assertThat(open("BTCUSDT buy 42000 invalidation 41000 tp 44000").stopLoss()).isEqualByComparingTo("41000");
        Signal.Open percent = open("BTCUSDT buy 42000 sl 5% tp 44000");
        assertThat(percent.stopLoss()).isNull();
    }

    @Test
    void everyFieldCarriesTheSpanItWasReadFrom() {
        String text = "BTC/USDT buy limit 42000-42500 SL: 41000 TP1 44000 TP2 45000 10x";
        Signal.Open o = open(text);
        Evidence stop = of(o, Field.STOP_LOSS).get(0);
        assertThat(stop.span().text()).isEqualTo("41000");
        assertThat(stop.span().start()).isEqualTo(text.indexOf("41000"));
        assertThat(stop.span().end()).isEqualTo(text.indexOf("41000") + 5);
        assertThat(of(o, Field.SYMBOL)).singleElement().matches(e -> e.span().text().equals("BTC/USDT"));
        assertThat(of(o, Field.SIDE)).singleElement().matches(e -> e.span().text().equals("buy") && !e.inferred());
        assertThat(of(o, Field.ORDER_TYPE)).singleElement().matches(e -> e.span().text().equals("limit"));
        assertThat(of(o, Field.ENTRY)).extracting(e -> e.span().text()).containsExactly("42000", "42500");
        assertThat(of(o, Field.TAKE_PROFIT)).extracting(e -> e.span().text()).containsExactly("44000", "45000");
        assertThat(of(o, Field.LEVERAGE)).singleElement().matches(e -> e.span().text().equals("10"));
        for (Evidence e : o.evidence()) {
            assertThat(text.substring(e.span().start(), e.span().end())).isEqualTo(e.span().text());
        }
    }

    @Test
    void spansPointIntoTheOriginalTextEvenAfterCleaning() {
        // invisible characters, a URL and a glued label are changed before reading; offsets still match.
        String text = "\u200BETH/USDT\u200B LONGLEVERAGE: 10xENTRY: 2000 https://x.y/z SL: 1900 TARGETS: 2100 - 2200";
        Signal.Open o = open(text);
        assertThat(o.stopLoss()).isEqualByComparingTo("1900");
        for (Evidence e : o.evidence()) {
            assertThat(text.substring(e.span().start(), e.span().end())).as(e.toString()).isEqualTo(e.span().text());
        }
        Evidence stop = of(o, Field.STOP_LOSS).get(0);
        assertThat(stop.span().start()).isEqualTo(text.indexOf("1900"));
    }

    @Test
    void anInferredSideHasTheSpanOfThePrices() {
        String text = "GBPUSD entry 1.27 sl 1.26 tp 1.28";
        Signal.Open o = open(text);
        assertThat(o.side()).isEqualTo(Side.BUY);
        Evidence side = of(o, Field.SIDE).get(0);
        assertThat(side.inferred()).isTrue();
        assertThat(side.span().text()).isEqualTo("1.27 sl 1.26 tp 1.28");
    }

    @Test
    void updatesCarryTheirEvidence() {
        Signal.Update half = update("Close half of BTCUSDT");
        assertThat(of(half, Field.ACTION)).isNotEmpty();
        assertThat(of(half, Field.FRACTION)).isNotEmpty();
        Signal.Update pct = update("close 30% of ETHUSDT");
        assertThat(pct.fraction()).isEqualByComparingTo("0.3");
        assertThat(of(pct, Field.FRACTION).get(0).span().text()).isEqualTo("30%");
        String text = "Move SL to 1.0850 on EURUSD";
        Signal.Update move = update(text);
        assertThat(of(move, Field.NEW_SL).get(0).span().text()).isEqualTo("1.0850");
        Signal.Update tp = update("TP2 hit on GOLD");
        assertThat(of(tp, Field.TP).get(0).span().text()).isEqualTo("2");
        assertThat(update("Entry filled on BTCUSDT").action()).isEqualTo(UpdateAction.ENTRY_HIT);
        assertThat(update("Cancel the pending BTCUSDT order").action()).isEqualTo(UpdateAction.CANCEL);
        assertThat(update("Закрыть половину BTCUSDT").fraction()).isEqualByComparingTo("0.5");
        assertThat(update("Cancelar la orden de EURUSD").action()).isEqualTo(UpdateAction.CANCEL);
        assertThat(update("стоп в безубыток").newStop()).isEqualTo(Signal.NewStop.toBreakeven());
    }

    @Test
    void aProviderAddsAliasesAndIgnoreWords() {
        String text = "Yen sell 150.20 sl 150.80 tp 149.50";
        assertThat(parser.parse(text)).isInstanceOf(Signal.None.class);
        CoreNlpSignalParser provider = parser.withExtraVocabulary(Map.of("YEN", "USDJPY"), Set.of("ALPHA"));
        assertThat(((Signal.Open) provider.parse(text)).symbol()).isEqualTo("USDJPY");
        // "#ALPHA" is the channel's name, not a coin: the base parser reads it as a symbol, the provider's does not.
        String post = "#ALPHA signals\nBuy #INJ 5.0 sl 4.5 tp 6";
        assertThat(((Signal.Open) parser.parse(post)).symbol()).isEqualTo("ALPHAUSDT");
        assertThat(((Signal.Open) provider.parse(post)).symbol()).isEqualTo("INJUSDT");
        // the base parser is unchanged
        assertThat(parser.parse(text)).isInstanceOf(Signal.None.class);
    }

    @Test
    void severalSignalsComeBackInOrder() {
        List<Signal> all = parser.parseAll("BUY EURUSD 1.0850 SL 1.0800 TP 1.0950\n\nSELL GBPUSD 1.2700 SL 1.2750 TP 1.2600");
        assertThat(all).hasSize(2);
        assertThat(((Signal.Open) all.get(0)).symbol()).isEqualTo("EURUSD");
        assertThat(((Signal.Open) all.get(1)).side()).isEqualTo(Side.SELL);
    }

    @Test
    void adversarialTextNeverThrows() {
        List<String> texts = new ArrayList<>();
        texts.add("9".repeat(4000));
        texts.add("TP ".repeat(1300));
        texts.add("SL SL SL SL 1 2 3 TP TP TP 99999999999999999999999999999999999999999.999999999");
        texts.add("🚀".repeat(2000));
        texts.add("BTCUSDT buy " + "1.".repeat(1999));
        texts.add("\u0000\uFFFF\uD800 buy sell 1e309 NaN -0 +∞ 𝟙𝟚𝟛");
        char[] noise = new char[4000];
        Arrays.fill(noise, '/');
        texts.add(new String(noise));
        for (String t : texts) {
            assertThat(parser.parseAll(t)).isNotEmpty().doesNotContainNull();
        }
    }

    @Test
    void isThreadSafe() throws Exception {
        String a = "BTC/USDT buy 42000 sl 41000 tp 44000";
        String b = "EURUSD sell 1.0850 sl 1.0900 tp 1.0800";
        Signal expectA = parser.parse(a);
        Signal expectB = parser.parse(b);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean even = i % 2 == 0;
                results.add(pool.submit(() -> even ? parser.parse(a).equals(expectA) : parser.parse(b).equals(expectB)));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void printsRoughTiming() throws Exception {
        long t0 = System.nanoTime();
        CoreNlpSignalParser fresh = new CoreNlpSignalParser().withExtraVocabulary(Map.of("ZZTOP", "ZZUSDT"), Set.of());
        long construct = System.nanoTime() - t0;
        List<String> texts = new ArrayList<>();
        for (var row : CoreNlpCorpusAccuracyTest.load()) {
            texts.add(row.get("text").asText());
        }
        for (int i = 0; i < 20; i++) {
            texts.forEach(fresh::parseAll);
        }
        long[] times = new long[texts.size() * 5];
        int k = 0;
        for (int r = 0; r < 5; r++) {
            for (String t : texts) {
                long s = System.nanoTime();
                fresh.parseAll(t);
                times[k++] = System.nanoTime() - s;
            }
        }
        Arrays.sort(times);
        System.out.printf("construction (with extra vocabulary) %.0f ms; per message p50 %.0f us, p99 %.0f us, max %.0f us%n",
                construct / 1e6, times[times.length / 2] / 1e3, times[(int) (times.length * 0.99)] / 1e3,
                times[times.length - 1] / 1e3);
    }
}
