package io.tradewire.nlp.simple;

import io.tradewire.nlp.Side;
import io.tradewire.nlp.simple.MarkerScanner.Marker;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Walks the marked sections of a post and fills one {@link Draft} per trade. A new trade starts
 * when a side word or another symbol follows a trade that already has a stop or targets
 * ("BUY GBPUSD ... SL ...\n\nBUY NZDUSD ...").
 */
final class OpenReader {

    private final MarkerScanner scanner;

    OpenReader(MarkerScanner scanner) {
        this.scanner = scanner;
    }

    /** The trades of the text, in order; never empty (the first may hold nothing). */
    List<Draft> read(String text) {
        List<Draft> drafts = new ArrayList<>();
        Draft d = new Draft();
        drafts.add(d);
        for (Marker m : scanner.scan(text)) {
            List<BigDecimal> prices = PriceReader.read(m.section());
            if (m.symbol() != null) {
                if (d.hasExits() && !Objects.equals(d.symbol, m.symbol())) {
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
                        d.sideWords.add(m.side());
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
                        BigDecimal alternative = withoutFirstDigit(m.section());
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
        return drafts;
    }

    /** "41.3100" -> 1.3100 (the 4 was the index of "TP4"), when at least one integer digit remains. */
    private static BigDecimal withoutFirstDigit(String section) {
        int i = 0;
        while (i < section.length() && Character.isDigit(section.charAt(i))) {
            i++;
        }
        if (i < 2) {
            return null;
        }
        List<BigDecimal> p = PriceReader.read(section.substring(1));
        return p.isEmpty() ? null : p.get(0);
    }
}
