package io.tradewire.web.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.tradewire.trading.NotFoundException;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.stats.PerformanceStats;
import io.tradewire.trading.stats.StatsWindow;
import io.tradewire.web.auth.Viewers;
import io.tradewire.web.error.ForbiddenException;

import java.util.Optional;

/**
 * Realised records. A provider's is open to every token (it is how a subscriber chooses whom to
 * follow); a follower's only to that subscriber's own token (subject = subscriber name) and to
 * admins. {@code from} and {@code to} (UTC dates, inclusive) narrow the trades counted.
 */
@Controller("/api/stats")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class StatsController {
    private final PerformanceStats stats;

    StatsController(PerformanceStats stats) {
        this.stats = stats;
    }

    @Get("/providers/{id}{?from,to}")
    StatsViews.ProviderView provider(Long id, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        return StatsViews.ProviderView.of(stats.provider(id, StatsWindow.parse(from, to)));
    }

    /** {@code subscriber} is a name or an id; all of a subscriber's trades, and each follow's. */
    @Get("/followers/{subscriber}{?from,to}")
    StatsViews.FollowerView follower(String subscriber, @Nullable @QueryValue String from,
                                     @Nullable @QueryValue String to, Authentication auth) {
        StatsWindow window = StatsWindow.parse(from, to);
        Optional<Subscriber> found = stats.subscriber(subscriber);
        if (!auth.getRoles().contains(Viewers.ADMIN)
                && found.map(s -> !s.name().equals(auth.getName())).orElse(true)) {
            // the same answer whether or not the other subscriber exists: a user learns nothing of others
            throw new ForbiddenException("subscriber", "a user can only see their own results");
        }
        return StatsViews.FollowerView.of(stats.follower(found.orElseThrow(() -> new NotFoundException("subscriber",
                "no subscriber named or numbered " + subscriber)), window));
    }
}
