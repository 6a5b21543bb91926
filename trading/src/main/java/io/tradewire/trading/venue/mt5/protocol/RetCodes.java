package io.tradewire.trading.venue.mt5.protocol;

import java.util.Map;

/**
 * MT5 trade return codes (TRADE_RETCODE_*) as reply statuses, the table of docs/mt5-bridge.md
 * that the EA's MapRetcode() follows line by line. Done is filled (placed for a pending order);
 * requotes, price moves and throttling may pass on a retry; a timeout or a lost connection
 * leaves the outcome unknown, so Tradewire reconciles before it sends again; the rest are final.
 */
public final class RetCodes {
    public static final int DONE = 10009;
    public static final int PLACED = 10008;
    public static final int DONE_PARTIAL = 10010;
    public static final int REQUOTE = 10004;
    public static final int REJECT = 10006;
    public static final int TIMEOUT = 10012;
    public static final int INVALID_VOLUME = 10014;
    public static final int INVALID_STOPS = 10016;
    public static final int MARKET_CLOSED = 10018;
    public static final int NO_MONEY = 10019;
    public static final int PRICE_CHANGED = 10020;
    public static final int PRICE_OFF = 10021;
    public static final int TOO_MANY_REQUESTS = 10024;
    public static final int CLIENT_DISABLES_AT = 10027;
    public static final int INVALID_FILL = 10030;
    public static final int CONNECTION = 10031;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(REQUOTE, "requote"), Map.entry(REJECT, "request rejected"),
            Map.entry(PLACED, "order placed"), Map.entry(DONE, "request completed"),
            Map.entry(DONE_PARTIAL, "only part of the request was completed"), Map.entry(TIMEOUT, "request timed out"),
            Map.entry(10013, "invalid request"), Map.entry(INVALID_VOLUME, "invalid volume"),
            Map.entry(10015, "invalid price"), Map.entry(INVALID_STOPS, "invalid stops"),
            Map.entry(10017, "trading is disabled"), Map.entry(MARKET_CLOSED, "market is closed"),
            Map.entry(NO_MONEY, "not enough money"), Map.entry(PRICE_CHANGED, "prices changed"),
            Map.entry(PRICE_OFF, "no quotes to process the request"),
            Map.entry(TOO_MANY_REQUESTS, "too frequent requests"),
            Map.entry(CLIENT_DISABLES_AT, "autotrading disabled by the client terminal"),
            Map.entry(INVALID_FILL, "invalid order filling type"), Map.entry(CONNECTION, "no connection with the trade server"));

    private RetCodes() {
    }

    /** What a return code means for the reply: its status and whether a retry can help. */
    public record Meaning(Status status, boolean retryable) {
    }

    public static Meaning meaning(int retcode, boolean pending) {
        return switch (retcode) {
            case DONE -> new Meaning(pending ? Status.PLACED : Status.FILLED, false);
            case PLACED -> new Meaning(Status.PLACED, false);
            case DONE_PARTIAL -> new Meaning(Status.PARTIAL, false);
            case REQUOTE, PRICE_CHANGED, PRICE_OFF, TOO_MANY_REQUESTS -> new Meaning(Status.REJECTED, true);
            case TIMEOUT, CONNECTION -> new Meaning(Status.UNKNOWN, true);
            default -> new Meaning(Status.REJECTED, false);
        };
    }

    /** "10019 not enough money", or the bare number for a code this table does not name. */
    public static String describe(int retcode) {
        String name = NAMES.get(retcode);
        return name == null ? String.valueOf(retcode) : retcode + " " + name;
    }
}
