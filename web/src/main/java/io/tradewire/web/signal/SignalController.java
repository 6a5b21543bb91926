package io.tradewire.web.signal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.NotFoundException;
import io.tradewire.trading.followup.PostEdits;
import io.tradewire.trading.inbox.IncomingMessage;
import io.tradewire.trading.plan.Plans;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.pipeline.Pipeline;
import io.tradewire.trading.pipeline.PipelineResult;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.query.TradingQueries;
import io.tradewire.trading.query.Viewer;
import io.tradewire.web.auth.Viewers;
import io.tradewire.web.error.ErrorBody;
import io.tradewire.web.trading.OrderView;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Controller("/api/signals")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignalController {
    private final Pipeline pipeline;
    private final TradingQueries queries;
    private final PostEdits edits;
    private final Plans plans;

    SignalController(Pipeline pipeline, TradingQueries queries, PostEdits edits, Plans plans) {
        this.pipeline = pipeline;
        this.queries = queries;
        this.edits = edits;
        this.plans = plans;
    }

    /**
     * A post from the REST source (or a replay); 201 when new, 200 when it was already stored. An
     * edit ({@code edited: true}) of a stored post answers 200 with the post's signals, orders and
     * what the edit did to each follower's plan in {@code events}; an edit of a post never seen
     * is taken as a new post.
     */
    @Post
    @Secured(Viewers.ADMIN)
    HttpResponse<?> post(@Body @Nullable PostSignalRequest body, Authentication auth) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON body {\"text\", \"source\", \"channel\"} is required");
        }
        boolean edited = Boolean.TRUE.equals(body.edited());
        if (edited && body.messageId() == null) {
            throw new InvalidInputException("message_id", "an edit needs the message_id of the post it edits");
        }
        var message = new IncomingMessage(Source.parse(body.source() == null ? "rest" : body.source()),
                body.channel(), body.messageId() == null ? UUID.randomUUID().toString() : body.messageId(),
                body.author(), body.text(), body.replyTo(), edited, postedAt(body.postedAt()));
        if (edited) {
            switch (edits.edit(message)) {
                case PostEdits.Edited.Applied a -> {
                    return HttpResponse.ok(view(a.duplicate(), a.signalIds(), Viewers.of(auth)));
                }
                case PostEdits.Edited.Unrouted u -> {
                    return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                            .body(new ErrorBody(u.reason(), "channel", u.inboxId()));
                }
                case PostEdits.Edited.NotSeen n -> {
                    // an edit of a post we never saw is the post as it reads now
                }
            }
        }
        PipelineResult result = pipeline.submit(message);
        return switch (result) {
            case PipelineResult.Unrouted u -> HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ErrorBody(u.reason(), "channel", u.inboxId()));
            case PipelineResult.Processed p -> HttpResponse.status(p.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                    .body(view(p.duplicate(), p.signals().stream().map(s -> s.id()).toList(), Viewers.of(auth)));
        };
    }

    private static java.time.Instant postedAt(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text.strip()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("posted_at", "posted_at must be an ISO-8601 time with its offset, like"
                    + " 2026-11-23T10:15:30Z, got '" + text + "'");
        }
    }

    @Get("/{id}")
    SignalResult get(Long id, Authentication auth) {
        return view(false, List.of(id), Viewers.of(auth));
    }

    /** The post's first signal, the others it held, and the decisions and orders of all of them. */
    private SignalResult view(boolean duplicate, List<Long> ids, Viewer viewer) {
        List<SignalView> signals = ids.stream().map(id -> SignalView.of(queries.signal(id)
                .orElseThrow(() -> new NotFoundException("no signal with id " + id)))).toList();
        List<DecisionView> decisions = new java.util.ArrayList<>();
        List<OrderView> orders = new java.util.ArrayList<>();
        for (Long id : ids) {
            var mine = queries.decisions(viewer, id);
            Set<Long> accounts = mine.stream().map(d -> d.accountId()).collect(Collectors.toSet());
            mine.forEach(d -> decisions.add(DecisionView.of(d, queries.subscriberName(d.subscriberId()))));
            for (Order o : queries.ordersOfSignal(id)) {
                if (accounts.contains(o.accountId())) {
                    orders.add(OrderView.of(o, queries.fills(o.id())));
                }
            }
        }
        Set<Long> own = viewer instanceof Viewer.User u ? queries.accounts(u.subscriberName()).stream()
                .map(a -> a.id()).collect(Collectors.toSet()) : null;
        List<PlanEventView> events = new java.util.ArrayList<>();
        for (Long id : ids) {
            plans.events(id).stream().filter(e -> own == null || own.contains(e.accountId()))
                    .forEach(e -> events.add(PlanEventView.of(e)));
        }
        return new SignalResult(duplicate, signals.get(0), signals.subList(1, signals.size()), decisions, orders,
                TimingView.of(queries.timing(ids.get(0)).orElseThrow()), events);
    }
}
