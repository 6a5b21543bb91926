package io.tradewire.web.trading;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.query.TradingQueries;
import io.tradewire.trading.stats.PositionMarks;
import io.tradewire.web.auth.Viewers;

import java.util.List;

/** Orders and positions: an admin sees all, a user token only its own subscriber's. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrderController {
    private final TradingQueries queries;
    private final PositionMarks marks;

    OrderController(TradingQueries queries, PositionMarks marks) {
        this.queries = queries;
        this.marks = marks;
    }

    @Get("/orders{?limit}")
    List<OrderView> orders(@QueryValue(defaultValue = "100") int limit, Authentication auth) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "limit must be between 1 and 1000, got " + limit);
        }
        return queries.orders(Viewers.of(auth), limit).stream()
                .map(o -> OrderView.of(o, queries.fills(o.id()))).toList();
    }

    @Get("/positions")
    List<PositionView> positions(Authentication auth) {
        return marks.mark(queries.positions(Viewers.of(auth))).stream().map(PositionView::of).toList();
    }
}
