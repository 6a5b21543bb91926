package io.tradewire.bot.command;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.nlp.Side;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The facade's answers, one record per kind of line or report. Amounts are BigDecimal as the
 * engine keeps them; each front end rounds for display.
 */
public final class Views {
    private Views() {
    }

    /** A venue account; {@code disabledReason} says why the engine turned it off. */
    public record AccountLine(Long id, String label, String venue, String currency, BigDecimal cash, boolean disabled,
                              @Nullable String disabledReason) {
    }

    /** /start: who the user is now, their accounts, and how to begin. */
    public record Started(String subscriber, boolean created, List<AccountLine> accounts, List<String> guide) {
    }

    /** A known channel and its record over every follower's closed trades. */
    public record ProviderLine(Long providerId, String handle, String name, long followers, long trades,
                               @Nullable BigDecimal winRate, BigDecimal netPnl, @Nullable BigDecimal maxDrawdownPct) {
    }

    /** One follow: which channel onto which account, and its risk settings as /risk shows them. */
    public record FollowLine(Long followId, Long providerId, String handle, String account, boolean active,
                             Map<String, String> settings) {
    }

    /** /risk: the settings new follows get, each follow's, and which keys this call changed. */
    public record RiskView(Map<String, String> defaults, List<FollowLine> follows, List<String> changed) {
    }

    /** Whether the subscriber (or, for admins, the named one) copies new entries, and whether this call changed it. */
    public record PauseState(String subscriber, boolean paused, boolean changed) {
    }

    /** An open position; quantity is signed (long +, short -). */
    public record PositionLine(String account, String symbol, BigDecimal quantity, BigDecimal averagePrice,
                               @Nullable BigDecimal markPrice, @Nullable BigDecimal unrealizedPnl,
                               BigDecimal realizedPnl, @Nullable BigDecimal stopLoss, String currency) {
    }

    /** An order and its average fill price when filled. */
    public record OrderLine(Long id, String account, String symbol, Side side, String type, String intent,
                            BigDecimal quantity, String status, @Nullable BigDecimal price, @Nullable String reason,
                            Instant at) {
    }

    /** A closed trade: a fill that reduced a position, its P&L after the fee. */
    public record TradeLine(String account, String symbol, Side side, BigDecimal quantity, BigDecimal price,
                            BigDecimal pnl, Instant at) {
    }

    /** /pnl: the realised record over a period, and what open positions stand at now. */
    public record PnlReport(PnlPeriod period, @Nullable LocalDate from, LocalDate to, long trades, long wins,
                            long losses, @Nullable BigDecimal winRate, BigDecimal netPnl, BigDecimal maxDrawdown,
                            BigDecimal unrealizedPnl, String currency) {
    }

    /** One follower's decision on a signal and the orders it made. */
    public record DecisionLine(String account, String outcome, @Nullable String rule, String reason,
                               List<OrderLine> orders) {
    }

    /**
     * /why: what the parser read from a post (the fields, or why it is no signal or was flagged)
     * and why this subscriber's copy was placed or refused.
     */
    public record WhyReport(Long signalId, String provider, String postText, String kind, Map<String, String> read,
                            @Nullable String parserNote, List<DecisionLine> decisions) {
    }

    /** A position a close or the panic closed, at what price. */
    public record ClosedLine(String account, String symbol, Side side, BigDecimal quantity, BigDecimal price) {
    }

    /** A close that did not go through, with why. */
    public record FailedLine(String account, String symbol, String reason) {
    }

    /** What /close or /panic did once confirmed. */
    public record CloseReport(List<ClosedLine> closed, List<FailedLine> failed, int cancelledOrders,
                              boolean copyingPaused) {
    }

    /** The global kill switch as it stands. */
    public record KillSwitchState(boolean engaged, @Nullable String reason, @Nullable String changedBy) {
    }

    /** One command of the catalogue: its name, arguments, what it does, and whether only admins may use it. */
    public record CommandInfo(String name, String arguments, String description, boolean adminOnly) {
    }
}
