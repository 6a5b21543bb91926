package io.tradewire.config.localexchange;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Bybit's v5 API for a unified account's spot trading, as XChange 5.2.1's Bybit module calls it:
 * instruments-info, wallet-balance, order create / realtime (by {@code orderLinkId}) / cancel.
 * Signed calls check {@code X-BAPI-API-KEY} (retCode 10003) and {@code X-BAPI-SIGN}, the
 * HMAC-SHA256 of timestamp + key + recv window + (sorted query | body) (retCode 10004).
 */
final class BybitApi {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final LocalExchange exchange;

    BybitApi(LocalExchange exchange) {
        this.exchange = exchange;
    }

    void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().replaceFirst("^/v5/", "");
        String method = ex.getRequestMethod();
        String body = "POST".equals(method) ? Http.body(ex) : "";
        Map<String, String> query = Http.params(ex.getRequestURI().getRawQuery());
        switch (method + " " + path) {
            case "GET market/instruments-info" -> ok(ex, Map.of("category", "spot", "list", instruments()));
            case "GET account/wallet-balance" -> signed(ex, body).ifPresent(a -> ok(ex, wallet(a)));
            case "POST order/create" -> signed(ex, body).ifPresent(a -> create(ex, a, read(body)));
            case "GET order/realtime" -> signed(ex, body).ifPresent(a -> ok(ex, Map.of("category", "spot",
                    "nextPageCursor", "", "list", exchange.book().find(a.apiKey(), query.get("orderLinkId"))
                            .map(o -> List.of(order(o))).orElse(List.of()))));
            case "POST order/cancel" -> signed(ex, body).ifPresent(a -> cancel(ex, a, read(body)));
            default -> result(ex, 404, 10001, "unknown endpoint " + method + " /v5/" + path, null);
        }
    }

    private Optional<LocalAccount> signed(HttpExchange ex, String body) {
        var h = ex.getRequestHeaders();
        Optional<LocalAccount> account = exchange.account(h.getFirst("X-BAPI-API-KEY"));
        if (account.isEmpty()) {
            result(ex, 401, 10003, "API key is invalid.", null);
            return Optional.empty();
        }
        String raw = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
        String sortedQuery = Arrays.stream(raw.split("&")).filter(p -> !p.isEmpty()).sorted()
                .collect(Collectors.joining("&"));
        String window = h.getFirst("X-BAPI-RECV-WINDOW") == null ? "" : h.getFirst("X-BAPI-RECV-WINDOW");
        String signed = h.getFirst("X-BAPI-TIMESTAMP") + account.get().apiKey() + window
                + ("POST".equals(ex.getRequestMethod()) ? body : sortedQuery);
        if (!Http.sameSignature(Http.hmacHex(account.get().secret(), signed), h.getFirst("X-BAPI-SIGN"))) {
            result(ex, 401, 10004, "error sign! Please check your signature generation algorithm.", null);
            return Optional.empty();
        }
        return account;
    }

    private void create(HttpExchange ex, LocalAccount account, Map<String, Object> p) {
        Fault fault = exchange.nextFault();
        switch (fault == null ? "" : fault.name()) {
            case "RATE_LIMITED" -> {
                result(ex, 200, 10006, "Too many visits. Exceeded the API Rate Limit.", null);
                return;
            }
            case "SERVER_ERROR" -> {
                try {
                    Http.html(ex, 502, "502 Bad Gateway");
                } catch (IOException ignored) {
                    // the client went away
                }
                return;
            }
            case "INSUFFICIENT_BALANCE" -> {
                result(ex, 200, 170131, "Insufficient balance.", null);
                return;
            }
            default -> { }
        }
        Optional<LocalInstrument> inst = exchange.instrument(String.valueOf(p.get("symbol")));
        if (inst.isEmpty()) {
            result(ex, 200, 10001, "params error: symbol invalid", null);
            return;
        }
        String side = "Buy".equals(p.get("side")) ? "BUY" : "Sell".equals(p.get("side")) ? "SELL" : "?";
        String type = "Market".equals(p.get("orderType")) ? "MARKET" : "LIMIT";
        BigDecimal qty = decimal(p.get("qty"));
        if (qty != null && "MARKET".equals(type) && "BUY".equals(side) && !"baseCoin".equals(p.get("marketUnit"))) {
            // Bybit reads a spot market buy's qty in the quote coin unless marketUnit says baseCoin
            qty = qty.divide(inst.get().lotStep().multiply(inst.get().price()), 0, RoundingMode.DOWN)
                    .multiply(inst.get().lotStep());
        }
        LocalBook.Result r = exchange.book().place(account, inst.get(), side, type, qty, decimal(p.get("price")),
                String.valueOf(p.get("orderLinkId")), exchange.now());
        if (fault == Fault.TIMEOUT_AFTER_BOOK) {
            LocalExchange.pause(exchange.hangFor());
        }
        switch (r) {
            case LocalBook.Accepted a -> ok(ex, Map.of("orderId", String.valueOf(a.order().orderId()),
                    "orderLinkId", a.order().clientOrderId()));
            case LocalBook.Refused f -> result(ex, 200, switch (f.why()) {
                case UNKNOWN_SYMBOL, BAD_PARAMETER -> 10001;
                case LOT_SIZE -> 170137;
                case NOTIONAL -> 170140;
                case BALANCE -> 170131;
                case DUPLICATE -> 170141;
            }, switch (f.why()) {
                case LOT_SIZE -> "Order quantity has too many decimals.";
                case NOTIONAL -> "Order value exceeded lower limit.";
                case BALANCE -> "Insufficient balance.";
                case DUPLICATE -> "Duplicate clientOrderId.";
                default -> "params error: " + f.message();
            }, null);
        }
    }

    private void cancel(HttpExchange ex, LocalAccount account, Map<String, Object> p) {
        exchange.book().cancel(account.apiKey(), String.valueOf(p.get("orderLinkId"))).ifPresentOrElse(
                o -> ok(ex, Map.of("orderId", String.valueOf(o.orderId()), "orderLinkId", o.clientOrderId())),
                () -> result(ex, 200, 170213, "Order does not exist.", null));
    }

    private List<Map<String, Object>> instruments() {
        return exchange.instruments().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("symbol", i.symbol());
            m.put("baseCoin", i.base());
            m.put("quoteCoin", i.quote());
            m.put("innovation", "0");
            m.put("status", "Trading");
            m.put("marginTrading", "none");
            m.put("lotSizeFilter", Map.of("basePrecision", plain(i.lotStep()), "quotePrecision", "0.00000001",
                    "minOrderQty", plain(i.minQuantity()), "maxOrderQty", "9000", "minOrderAmt",
                    plain(i.minNotional()), "maxOrderAmt", "9000000"));
            m.put("priceFilter", Map.of("tickSize", plain(i.tickSize())));
            return m;
        }).toList();
    }

    private Map<String, Object> wallet(LocalAccount a) {
        List<Map<String, Object>> coins = a.balances().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Map.<String, Object>of("coin", e.getKey(), "walletBalance", plain(e.getValue()),
                        "equity", plain(e.getValue()), "free", "", "locked", "0")).toList();
        return Map.of("list", List.of(Map.of("accountType", "UNIFIED", "coin", coins)));
    }

    private static Map<String, Object> order(LocalOrder o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orderId", String.valueOf(o.orderId()));
        m.put("orderLinkId", o.clientOrderId());
        m.put("symbol", o.instrument().symbol());
        m.put("side", "BUY".equals(o.side()) ? "Buy" : "Sell");
        m.put("orderType", "MARKET".equals(o.type()) ? "Market" : "Limit");
        m.put("qty", plain(o.quantity()));
        m.put("price", plain(o.price()));
        BigDecimal avg = o.executedQty().signum() == 0 ? BigDecimal.ZERO
                : o.quoteQty().divide(o.executedQty(), java.math.MathContext.DECIMAL64);
        m.put("avgPrice", plain(avg));
        m.put("cumExecQty", plain(o.executedQty()));
        m.put("cumExecValue", plain(o.quoteQty()));
        m.put("cumExecFee", plain(o.fee()));
        m.put("leavesQty", plain(o.quantity().subtract(o.executedQty())));
        m.put("orderStatus", switch (o.status()) {
            case "FILLED" -> "Filled";
            case "CANCELED" -> "Cancelled";
            default -> "New";
        });
        m.put("timeInForce", "MARKET".equals(o.type()) ? "IOC" : "GTC");
        m.put("createdTime", String.valueOf(o.time()));
        m.put("updatedTime", String.valueOf(o.time()));
        return m;
    }

    private void ok(HttpExchange ex, Object result) {
        result(ex, 200, 0, "OK", result);
    }

    private void result(HttpExchange ex, int status, int code, String msg, Object result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("retCode", code);
        m.put("retMsg", msg);
        m.put("result", result == null ? Map.of() : result);
        m.put("retExtInfo", Map.of());
        m.put("time", exchange.now());
        try {
            Http.json(ex, status, m, Map.of());
        } catch (IOException ignored) {
            // the client stopped waiting (a timeout test): the order stays booked all the same
        }
    }

    private static Map<String, Object> read(String body) {
        try {
            return Http.JSON.readValue(body, MAP);
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static BigDecimal decimal(Object raw) {
        try {
            return raw == null ? null : new BigDecimal(String.valueOf(raw));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
