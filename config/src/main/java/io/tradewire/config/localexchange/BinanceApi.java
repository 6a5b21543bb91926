package io.tradewire.config.localexchange;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Binance's spot REST API v3 as XChange 5.2.1's Binance module calls it: ping, time, exchangeInfo,
 * account, and order place / query / cancel by {@code origClientOrderId}, openOrders. Signed calls
 * check {@code X-MBX-APIKEY} (-2015 when unknown) and the HMAC-SHA256 {@code signature} over the
 * query string and body (-1022 when wrong), as Binance does.
 */
final class BinanceApi {
    private final LocalExchange exchange;

    BinanceApi(LocalExchange exchange) {
        this.exchange = exchange;
    }

    void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().replaceFirst("^/api/v3/", "");
        String method = ex.getRequestMethod();
        String body = "POST".equals(method) ? Http.body(ex) : "";
        switch (method + " " + path) {
            case "GET ping" -> Http.json(ex, 200, Map.of(), Map.of());
            case "GET time" -> Http.json(ex, 200, Map.of("serverTime", exchange.now()), Map.of());
            case "GET exchangeInfo" -> Http.json(ex, 200, exchangeInfo(), Map.of());
            case "GET account" -> signed(ex, body).ifPresent(a -> ok(ex, account(a)));
            case "POST order" -> signed(ex, body).ifPresent(a -> place(ex, a, Http.params(body)));
            case "GET order" -> signed(ex, body).ifPresent(a -> query(ex, a, Http.params(ex.getRequestURI()
                    .getRawQuery())));
            case "DELETE order" -> signed(ex, body).ifPresent(a -> cancel(ex, a, Http.params(ex.getRequestURI()
                    .getRawQuery())));
            case "GET openOrders" -> signed(ex, body).ifPresent(a -> ok(ex, exchange.book().open(a.apiKey()).stream()
                    .map(BinanceApi::order).toList()));
            default -> error(ex, 404, -1000, "Unknown endpoint " + method + " /api/v3/" + path);
        }
    }

    private Optional<LocalAccount> signed(HttpExchange ex, String body) {
        Optional<LocalAccount> account = exchange.account(ex.getRequestHeaders().getFirst("X-MBX-APIKEY"));
        if (account.isEmpty()) {
            error(ex, 401, -2015, "Invalid API-key, IP, or permissions for action.");
            return Optional.empty();
        }
        String raw = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
        String unsigned = Arrays.stream(raw.split("&")).filter(p -> !p.isEmpty() && !p.startsWith("signature="))
                .collect(Collectors.joining("&"));
        String given = Http.params(raw).get("signature");
        if (!Http.sameSignature(Http.hmacHex(account.get().secret(), unsigned + body), given)) {
            error(ex, 400, -1022, "Signature for this request is not valid.");
            return Optional.empty();
        }
        return account;
    }

    private void place(HttpExchange ex, LocalAccount account, Map<String, String> p) {
        if (!account.canTrade()) {
            error(ex, 401, -2015, "Invalid API-key, IP, or permissions for action.");
            return;
        }
        Fault fault = exchange.nextFault();
        if (fault == Fault.RATE_LIMITED) {
            Map<String, Object> b = Map.of("code", -1003, "msg", "Too many requests; current limit is 1200 request"
                    + " weight per 1 MINUTE.");
            send(ex, 429, b, Map.of("Retry-After", String.valueOf(exchange.retryAfter())));
            return;
        }
        if (fault == Fault.SERVER_ERROR) {
            try {
                Http.html(ex, 503, "503 Service Temporarily Unavailable");
            } catch (IOException ignored) {
                // the client went away
            }
            return;
        }
        if (fault == Fault.INSUFFICIENT_BALANCE) {
            error(ex, 400, -2010, "Account has insufficient balance for requested action.");
            return;
        }
        Optional<LocalInstrument> inst = exchange.instrument(p.get("symbol"));
        if (inst.isEmpty()) {
            error(ex, 400, -1121, "Invalid symbol.");
            return;
        }
        LocalBook.Result r = exchange.book().place(account, inst.get(), p.get("side"), p.get("type"),
                decimal(p.get("quantity")), decimal(p.getOrDefault("price", p.get("stopPrice"))),
                p.get("newClientOrderId"), exchange.now());
        if (fault == Fault.TIMEOUT_AFTER_BOOK) {
            LocalExchange.pause(exchange.hangFor()); // booked; the caller stops waiting before this answer
        }
        switch (r) {
            case LocalBook.Accepted a -> ok(ex, newOrder(a.order()));
            case LocalBook.Refused f -> error(ex, 400, switch (f.why()) {
                case UNKNOWN_SYMBOL -> -1121;
                case LOT_SIZE, NOTIONAL -> -1013;
                case BALANCE, DUPLICATE -> -2010;
                case BAD_PARAMETER -> -1102;
            }, f.message());
        }
    }

    private void query(HttpExchange ex, LocalAccount account, Map<String, String> p) {
        exchange.book().find(account.apiKey(), p.get("origClientOrderId"))
                .filter(o -> o.instrument().symbol().equals(p.get("symbol")))
                .ifPresentOrElse(o -> ok(ex, order(o)), () -> error(ex, 400, -2013, "Order does not exist."));
    }

    private void cancel(HttpExchange ex, LocalAccount account, Map<String, String> p) {
        exchange.book().cancel(account.apiKey(), p.get("origClientOrderId")).ifPresentOrElse(o -> {
            Map<String, Object> m = order(o);
            m.put("origClientOrderId", o.clientOrderId());
            ok(ex, m);
        }, () -> error(ex, 400, -2011, "Unknown order sent."));
    }

    private Map<String, Object> exchangeInfo() {
        List<Map<String, Object>> symbols = exchange.instruments().stream().map(i -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("symbol", i.symbol());
            s.put("status", "TRADING");
            s.put("baseAsset", i.base());
            s.put("baseAssetPrecision", 8);
            s.put("quoteAsset", i.quote());
            s.put("quotePrecision", 8);
            s.put("quoteAssetPrecision", 8);
            s.put("orderTypes", List.of("LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT",
                    "TAKE_PROFIT", "TAKE_PROFIT_LIMIT"));
            s.put("icebergAllowed", true);
            s.put("ocoAllowed", true);
            s.put("isSpotTradingAllowed", true);
            s.put("isMarginTradingAllowed", false);
            s.put("filters", List.of(
                    Map.of("filterType", "PRICE_FILTER", "minPrice", plain(i.tickSize()), "maxPrice", "1000000.00",
                            "tickSize", plain(i.tickSize())),
                    Map.of("filterType", "LOT_SIZE", "minQty", plain(i.minQuantity()), "maxQty", "9000.00",
                            "stepSize", plain(i.lotStep())),
                    Map.of("filterType", "NOTIONAL", "minNotional", plain(i.minNotional()),
                            "applyMinToMarket", true, "maxNotional", "9000000.00", "avgPriceMins", 5)));
            s.put("permissions", List.of("SPOT"));
            return s;
        }).toList();
        return Map.of("timezone", "UTC", "serverTime", exchange.now(), "rateLimits", List.of(),
                "exchangeFilters", List.of(), "symbols", symbols);
    }

    private Map<String, Object> account(LocalAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("makerCommission", 10);
        m.put("takerCommission", 10);
        m.put("buyerCommission", 0);
        m.put("sellerCommission", 0);
        m.put("canTrade", a.canTrade());
        m.put("canWithdraw", false);
        m.put("canDeposit", false);
        m.put("updateTime", exchange.now());
        m.put("accountType", "SPOT");
        m.put("balances", a.balances().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Map.of("asset", e.getKey(), "free", plain(e.getValue()), "locked", "0.00000000")).toList());
        m.put("permissions", List.of("SPOT"));
        return m;
    }

    private static Map<String, Object> newOrder(LocalOrder o) {
        Map<String, Object> m = order(o);
        m.remove("time");
        m.put("transactTime", o.time());
        BigDecimal fillPrice = o.executedQty().signum() == 0 ? BigDecimal.ZERO
                : o.quoteQty().divide(o.executedQty(), java.math.MathContext.DECIMAL64);
        m.put("fills", o.executedQty().signum() == 0 ? List.of() : List.of(Map.of("price", plain(fillPrice),
                "qty", plain(o.executedQty()), "commission", plain(o.fee()), "commissionAsset", o.feeAsset(),
                "tradeId", o.orderId())));
        return m;
    }

    private static Map<String, Object> order(LocalOrder o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbol", o.instrument().symbol());
        m.put("orderId", o.orderId());
        m.put("orderListId", -1);
        m.put("clientOrderId", o.clientOrderId());
        m.put("price", plain(o.price()));
        m.put("origQty", plain(o.quantity()));
        m.put("executedQty", plain(o.executedQty()));
        m.put("cummulativeQuoteQty", plain(o.quoteQty()));
        m.put("status", o.status());
        m.put("timeInForce", "GTC");
        m.put("type", o.type());
        m.put("side", o.side());
        m.put("time", o.time());
        return m;
    }

    private void ok(HttpExchange ex, Object body) {
        send(ex, 200, body, Map.of());
    }

    private static void error(HttpExchange ex, int status, int code, String msg) {
        send(ex, status, Map.of("code", code, "msg", msg), Map.of());
    }

    private static void send(HttpExchange ex, int status, Object body, Map<String, String> headers) {
        try {
            Http.json(ex, status, body, headers);
        } catch (IOException ignored) {
            // the client stopped waiting (a timeout test): the order stays booked all the same
        }
    }

    private static BigDecimal decimal(String raw) {
        try {
            return raw == null ? null : new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
