package io.tradewire.trading.venue.mt5;

import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.mt5.protocol.Fields;
import io.tradewire.trading.venue.mt5.protocol.Frame;
import io.tradewire.trading.venue.mt5.protocol.RetCodes;
import io.tradewire.trading.venue.mt5.protocol.Status;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * A terminal's reply as the engine's {@link Placement}. Volumes come back in lots and leave in
 * the engine's units (lots x contract size); the fee is the deal's commission, as a positive cost.
 * A partial fill of a market order is a fill of what was done: MT5 cancels the rest (IOC/FOK).
 */
final class Replies {
    private Replies() {
    }

    /**
     * {@code contractSize} finds a symbol's contract size by its broker name (the reply of a
     * reconcile names the symbol; an open's is the one we sent).
     */
    static Placement placement(Frame reply, Function<String, BigDecimal> contractSize, String symbol) {
        Fields b = reply.fields();
        Status status = reply.status();
        int retcode = b.has("retcode") ? b.integer("retcode") : 0;
        String message = b.optText("message").orElse("");
        return switch (status) {
            case FILLED, PARTIAL -> filled(b, contractSize, symbol);
            case PLACED -> new Placement.Working(b.ticket("order"));
            case DUPLICATE, OK -> byState(b, contractSize, symbol, status);
            case REJECTED -> new Placement.Rejected("MT5 " + RetCodes.describe(retcode)
                    + (message.isEmpty() ? "" : ": " + message), b.bool("retryable"));
            case EXPIRED -> new Placement.Rejected("the terminal received the request after it expired and did not"
                    + " run it; nothing was traded", true);
            case NOT_FOUND -> new Placement.Rejected("the terminal knows no such order: " + message, false);
            case UNKNOWN -> new Placement.Unknown("MT5 " + RetCodes.describe(retcode) + ": the outcome is unknown"
                    + (message.isEmpty() ? "" : " (" + message + ")"));
        };
    }

    private static Placement byState(Fields b, Function<String, BigDecimal> contractSize, String symbol, Status status) {
        String state = b.text("state");
        return switch (state) {
            case "filled" -> filled(b, contractSize, symbol);
            case "placed" -> new Placement.Working(b.ticket("order"));
            case "cancelled" -> new Placement.Cancelled(b.ticket("order"), "cancelled on the terminal");
            default -> throw new io.tradewire.trading.venue.mt5.protocol.FrameException("body.state of a "
                    + status.wire() + " reply must be filled, placed or cancelled, got '" + state + "'");
        };
    }

    private static Placement filled(Fields b, Function<String, BigDecimal> contractSize, String symbol) {
        String sym = b.optText("symbol").orElse(symbol);
        BigDecimal lots = b.decimal("volume");
        BigDecimal commission = b.optDecimal("commission").orElse(BigDecimal.ZERO);
        return new Placement.Filled(b.ticket("order"), Mt5LotSizer.toQuantity(lots, contractSize.apply(sym)),
                b.decimal("price"), commission.abs());
    }
}
