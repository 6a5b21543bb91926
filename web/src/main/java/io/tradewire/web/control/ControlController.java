package io.tradewire.web.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.control.AccountSwitches;
import io.tradewire.trading.control.EmergencyStop;
import io.tradewire.trading.control.KillSwitch;
import io.tradewire.trading.control.KillSwitches;
import io.tradewire.web.auth.Viewers;

import java.time.Instant;

/** The emergency controls: a subscriber's emergency stop, the admins' global kill switch. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ControlController {
    private final EmergencyStop emergencyStop;
    private final KillSwitches killSwitches;
    private final AccountSwitches accountSwitches;

    ControlController(EmergencyStop emergencyStop, KillSwitches killSwitches, AccountSwitches accountSwitches) {
        this.accountSwitches = accountSwitches;
        this.emergencyStop = emergencyStop;
        this.killSwitches = killSwitches;
    }

    /** A user stops themself; an admin names the subscriber. */
    @Post("/emergency-stop")
    ReportView emergencyStop(@Body @Nullable StopRequest body, Authentication auth) {
        boolean admin = auth.getRoles().contains(Viewers.ADMIN);
        String named = body == null ? null : body.subscriber();
        if (admin && named == null) {
            throw new InvalidInputException("subscriber", "an admin must name the subscriber to stop");
        }
        if (!admin && named != null && !named.equals(auth.getName())) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "a user can only stop their own copying");
        }
        return ReportView.of(emergencyStop.stop(auth.getName(), admin ? named : auth.getName()));
    }

    @Get("/kill-switch")
    @Secured(Viewers.ADMIN)
    SwitchView killSwitch() {
        return killSwitches.globalEngaged().map(SwitchView::of)
                .orElse(new SwitchView(false, null, null, null));
    }

    @Post("/kill-switch")
    @Secured(Viewers.ADMIN)
    SwitchView setKillSwitch(@Body @Nullable SwitchRequest body, Authentication auth) {
        if (body == null || body.engaged() == null) {
            throw new InvalidInputException("engaged", "engaged (true or false) is required");
        }
        return SwitchView.of(killSwitches.setGlobal(auth.getName(), body.engaged(), body.reason()));
    }

    /** Whether an account is disabled (by the engine after repeated venue errors), and why. */
    @Get("/accounts/{id}/state")
    @Secured(Viewers.ADMIN)
    AccountView accountState(Long id) {
        return AccountView.of(accountSwitches.state(id));
    }

    @Post("/accounts/{id}/enable")
    @Secured(Viewers.ADMIN)
    AccountView enableAccount(Long id, Authentication auth) {
        return AccountView.of(accountSwitches.enable(auth.getName(), id));
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AccountView(Long accountId, String label, boolean disabled, @Nullable String reason,
                       int consecutiveErrors) {
        static AccountView of(AccountSwitches.AccountState s) {
            return new AccountView(s.accountId(), s.label(), s.disabled(), s.reason(), s.consecutiveErrors());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReportView(String subscriber, java.util.List<ClosedView> closed, java.util.List<FailedView> failed,
                      int cancelledOrders) {
        static ReportView of(EmergencyStop.Report r) {
            return new ReportView(r.subscriber(),
                    r.closed().stream().map(c -> new ClosedView(c.accountId(), c.symbol(), c.side().wire(),
                            io.tradewire.web.json.Decimals.shown(c.quantity()),
                            io.tradewire.web.json.Decimals.shown(c.price()))).toList(),
                    r.failed().stream().map(f -> new FailedView(f.accountId(), f.symbol(), f.reason())).toList(),
                    r.cancelledOrders());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record ClosedView(Long accountId, String symbol, String side, java.math.BigDecimal quantity,
                      java.math.BigDecimal price) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record FailedView(Long accountId, String symbol, String reason) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record StopRequest(@Nullable String subscriber) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record SwitchRequest(@Nullable Boolean engaged, @Nullable String reason) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SwitchView(boolean engaged, @Nullable String reason, @Nullable String changedBy,
                      @Nullable Instant changedAt) {
        static SwitchView of(KillSwitch k) {
            return new SwitchView(k.engaged(), k.reason(), k.changedBy(), k.changedAt());
        }
    }
}
