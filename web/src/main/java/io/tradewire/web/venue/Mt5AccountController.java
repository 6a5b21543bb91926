package io.tradewire.web.venue;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.venue.mt5.bridge.Mt5Bridge;
import io.tradewire.trading.venue.mt5.link.Mt5Links;
import io.tradewire.trading.venue.mt5.link.SymbolMap;
import io.tradewire.web.auth.Viewers;
import io.tradewire.web.error.ForbiddenException;

import java.util.List;

/**
 * MT5 accounts and their links to terminals. A user creates and manages their own; an admin
 * names the subscriber. The link token is in the answer to create and to rotate only: it is
 * stored hashed and cannot be shown again.
 */
@Controller("/api/mt5/accounts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class Mt5AccountController {
    private final Mt5Links links;
    private final BeanProvider<Mt5Bridge> bridge;

    Mt5AccountController(Mt5Links links, BeanProvider<Mt5Bridge> bridge) {
        this.links = links;
        this.bridge = bridge;
    }

    @Post
    HttpResponse<Mt5Views.Created> create(@Body @Nullable Mt5Views.NewAccount body, Authentication auth) {
        Mt5Views.NewAccount in = body == null ? Mt5Views.NewAccount.EMPTY : body;
        boolean admin = auth.getRoles().contains(Viewers.ADMIN);
        if (admin && in.subscriber() == null) {
            throw new InvalidInputException("subscriber", "an admin must name the subscriber the account is for");
        }
        if (!admin && in.subscriber() != null && !in.subscriber().equals(auth.getName())) {
            throw new ForbiddenException("subscriber", "a user can only create MT5 accounts for themself");
        }
        var created = links.create(auth.getName(), new Mt5Links.NewAccount(admin ? in.subscriber() : auth.getName(),
                in.label(), in.currency(), in.balance(), in.symbolSuffix(), in.symbols()));
        return HttpResponse.created(new Mt5Views.Created(created.account().id(), created.account().label(),
                created.linkToken(), created.symbols().suffix(), created.symbols().explicit(),
                "paste link_token into the EA's LinkToken input; it is shown only now"));
    }

    @Get("/{id}")
    Mt5Views.Status status(Long id, Authentication auth) {
        var owned = owned(id, auth);
        var link = owned.link();
        SymbolMap map = links.symbolMap(id);
        String state = bridge.isPresent() ? bridge.get().liveness(id).wire() : "bridge_disabled";
        return new Mt5Views.Status(id, owned.account().label(), owned.owner(), state, link.terminalLogin(),
                link.terminalServer(), link.marginMode(), link.linkedAt(), link.tokenRotatedAt(), map.suffix(),
                map.explicit());
    }

    @Post("/{id}/rotate-token")
    Mt5Views.Rotated rotate(Long id, Authentication auth) {
        owned(id, auth);
        return new Mt5Views.Rotated(id, links.rotate(auth.getName(), id),
                "the old token no longer works: paste this one into the EA's LinkToken input");
    }

    @Put("/{id}/symbols")
    Mt5Views.Symbols symbols(Long id, @Body @Nullable Mt5Views.Symbols body, Authentication auth) {
        owned(id, auth);
        Mt5Views.Symbols in = body == null ? new Mt5Views.Symbols(null, null) : body;
        SymbolMap map = links.setSymbols(auth.getName(), id, in.symbolSuffix(), in.symbols());
        return new Mt5Views.Symbols(map.suffix(), map.explicit());
    }

    /** Things the account's owner should know (terminal down, back, not allowed to trade), newest first. */
    @Get("/{id}/events")
    List<Mt5Views.Event> events(Long id, Authentication auth) {
        owned(id, auth);
        return links.events(id, 100).stream()
                .map(e -> new Mt5Views.Event(e.kind(), e.detail(), e.createdAt())).toList();
    }

    private Mt5Links.Owned owned(Long id, Authentication auth) {
        Mt5Links.Owned owned = links.owned(id);
        if (!auth.getRoles().contains(Viewers.ADMIN) && !owned.owner().equals(auth.getName())) {
            throw new ForbiddenException("account_id", "MT5 account " + id + " is not yours");
        }
        return owned;
    }
}
