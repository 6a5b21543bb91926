package io.tradewire.trading.venue.mt5.standin;

import io.tradewire.trading.venue.mt5.protocol.Fields;
import io.tradewire.trading.venue.mt5.protocol.Frame;
import io.tradewire.trading.venue.mt5.protocol.FrameException;
import io.tradewire.trading.venue.mt5.protocol.RetCodes;
import io.tradewire.trading.venue.mt5.protocol.Status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the EA does with each request, in Java, against a {@link SimAccount}: the same steps in
 * the same order as mt5/TradewireBridge.mq5 (an open first looks for its magic number, so a
 * second open of one client order id answers "duplicate" and trades nothing).
 */
final class StandInOps {
    private final SimAccount account;

    StandInOps(SimAccount account) {
        this.account = account;
    }

    Frame run(Frame req, Instant now) {
        try {
            return switch (req.op()) {
                case PING -> ok(req, now, Map.of("terminal_time", now.toString()));
                case ACCOUNT_INFO -> ok(req, now, accountInfo());
                case SYMBOL_INFO -> account.spec(req.fields().text("symbol"))
                        .map(s -> ok(req, now, s.toBody()))
                        .orElseGet(() -> req.reply(now, Status.NOT_FOUND, 0, false, "no symbol '"
                                + req.fields().text("symbol") + "' on this terminal", Map.of()));
                case OPEN -> open(req, now);
                case CLOSE -> close(req, now);
                case CANCEL -> cancel(req, now);
                case MODIFY -> modify(req, now);
                case RECONCILE -> reconcile(req, now, req.fields().ticket("magic"), false);
                case POSITIONS -> ok(req, now, Map.of("positions", account.positions().stream().map(this::position).toList()));
                case ORDERS -> ok(req, now, Map.of("orders", account.orders().stream()
                        .filter(o -> o.state().equals("placed")).map(StandInOps::order).toList()));
                case HISTORY -> ok(req, now, Map.of("deals", account.deals().stream().map(StandInOps::deal).toList()));
                case HELLO, HEARTBEAT -> req.reply(now, Status.REJECTED, 0, false, req.op().wire()
                        + " is sent by the terminal, not to it", Map.of());
            };
        } catch (FrameException e) {
            return req.reply(now, Status.REJECTED, 0, false, e.getMessage(), Map.of());
        }
    }

    private Frame open(Frame req, Instant now) {
        Fields b = req.fields();
        String magic = b.ticket("magic");
        Optional<Frame> known = found(req, now, magic, true);
        if (known.isPresent()) {
            return known.get();
        }
        String side = b.text("side");
        String type = b.text("type");
        if (!side.equals("buy") && !side.equals("sell")) {
            throw new FrameException("body.side must be buy or sell, got '" + side + "'");
        }
        if (!List.of("market", "limit", "stop").contains(type)) {
            throw new FrameException("body.type must be market, limit or stop, got '" + type + "'");
        }
        BigDecimal price = type.equals("market") ? null : b.decimal("price");
        var r = account.open(b.text("symbol"), side.equals("buy"), type, b.decimal("volume"), price, magic,
                b.text("comment"));
        return result(req, now, r, !type.equals("market"), b.text("symbol"));
    }

    private Frame close(Frame req, Instant now) {
        Fields b = req.fields();
        String magic = b.ticket("magic");
        Optional<Frame> known = found(req, now, magic, true);
        if (known.isPresent()) {
            return known.get();
        }
        String side = b.text("position_side");
        if (!side.equals("buy") && !side.equals("sell")) {
            throw new FrameException("body.position_side must be buy or sell, got '" + side + "'");
        }
        var r = account.close(b.text("symbol"), side.equals("buy"), b.decimal("volume"), magic, b.text("comment"));
        return result(req, now, r, false, b.text("symbol"));
    }

    private Frame cancel(Frame req, Instant now) {
        String magic = req.fields().ticket("magic");
        var pending = account.pendingFor(magic);
        if (pending.isEmpty() || !pending.get().state().equals("placed")) {
            return reconcile(req, now, magic, false);
        }
        var r = account.cancel(pending.get().ticket());
        if (r.retcode() != RetCodes.DONE) {
            return result(req, now, r, true, pending.get().symbol());
        }
        return ok(req, now, Map.of("state", "cancelled", "order", pending.get().ticket()));
    }

    private Frame modify(Frame req, Instant now) {
        String magic = req.fields().ticket("magic");
        var pending = account.pendingFor(magic).filter(p -> p.state().equals("placed"));
        if (pending.isEmpty()) {
            return req.reply(now, Status.NOT_FOUND, 0, false, "no pending order with magic " + magic, Map.of());
        }
        BigDecimal price = req.fields().optDecimal("price").orElse(pending.get().price());
        return result(req, now, account.modify(pending.get().ticket(), price), true, pending.get().symbol());
    }

    /** The state of whatever carries this magic number, or not_found. */
    private Frame reconcile(Frame req, Instant now, String magic, boolean asDuplicate) {
        return found(req, now, magic, asDuplicate).orElseGet(() -> req.reply(now, Status.NOT_FOUND, 0, false,
                "nothing on this account carries magic " + magic, Map.of()));
    }

    private Optional<Frame> found(Frame req, Instant now, String magic, boolean asDuplicate) {
        Status status = asDuplicate ? Status.DUPLICATE : Status.OK;
        var deals = account.dealsFor(magic);
        if (!deals.isEmpty()) {
            BigDecimal volume = deals.stream().map(SimAccount.Deal::volume).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal notional = deals.stream().map(d -> d.volume().multiply(d.price()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            SimAccount.Deal first = deals.get(0);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("state", "filled");
            f.put("symbol", first.symbol());
            f.put("order", first.order());
            f.put("deal", first.ticket());
            f.put("position", first.position());
            f.put("volume", volume.toPlainString());
            f.put("price", notional.divide(volume, java.math.MathContext.DECIMAL64).stripTrailingZeros().toPlainString());
            f.put("commission", "0");
            return Optional.of(req.reply(now, status, 0, false, "already on the account", f));
        }
        return account.pendingFor(magic).map(p -> req.reply(now, status, 0, false, "already on the account",
                Map.of("state", p.state(), "symbol", p.symbol(), "order", p.ticket(), "volume",
                        p.volume().toPlainString(), "price", p.price().toPlainString())));
    }

    private Frame result(Frame req, Instant now, SimAccount.Result r, boolean pending, String symbol) {
        RetCodes.Meaning m = RetCodes.meaning(r.retcode(), pending);
        Map<String, Object> f = new LinkedHashMap<>();
        if (r.order() != null) {
            f.put("symbol", symbol);
            f.put("order", r.order());
            if (r.deal() != null) {
                f.put("deal", r.deal());
                f.put("position", r.position());
            }
            f.put("volume", r.volume().toPlainString());
            f.put("price", r.price().toPlainString());
            f.put("commission", "0");
        }
        return req.reply(now, m.status(), r.retcode(), m.retryable(), r.message(), f);
    }

    private Map<String, Object> accountInfo() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("login", account.login());
        m.put("server", account.server());
        m.put("currency", account.currency());
        m.put("margin_mode", account.mode() == SimAccount.Mode.HEDGING ? "hedging" : "netting");
        m.put("balance", account.balance().toPlainString());
        m.put("equity", account.equity().toPlainString());
        m.put("margin", account.usedMargin().toPlainString());
        m.put("margin_free", account.freeMargin().toPlainString());
        m.put("leverage", String.valueOf(account.leverage()));
        return m;
    }

    private Map<String, Object> position(SimAccount.Position p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ticket", p.ticket());
        m.put("symbol", p.symbol());
        m.put("type", p.buy() ? "buy" : "sell");
        m.put("volume", p.volume().toPlainString());
        m.put("price_open", p.priceOpen().toPlainString());
        m.put("contract_size", account.spec(p.symbol()).orElseThrow().contractSize().toPlainString());
        m.put("magic", p.magic());
        m.put("comment", p.comment());
        return m;
    }

    private static Map<String, Object> order(SimAccount.Pending p) {
        return Map.of("ticket", p.ticket(), "symbol", p.symbol(), "type", (p.buy() ? "buy_" : "sell_") + p.type(),
                "volume", p.volume().toPlainString(), "price", p.price().toPlainString(), "magic", p.magic(),
                "comment", p.comment());
    }

    private static Map<String, Object> deal(SimAccount.Deal d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deal", d.ticket());
        m.put("order", d.order());
        m.put("position", d.position());
        m.put("symbol", d.symbol());
        m.put("type", d.buy() ? "buy" : "sell");
        m.put("entry", d.entry());
        m.put("volume", d.volume().toPlainString());
        m.put("price", d.price().toPlainString());
        m.put("profit", d.profit().toPlainString());
        m.put("magic", d.magic());
        m.put("comment", d.comment());
        m.put("time", d.time().toString());
        return m;
    }

    private static Frame ok(Frame req, Instant now, Map<String, Object> fields) {
        return req.reply(now, Status.OK, 0, false, "", fields);
    }
}
