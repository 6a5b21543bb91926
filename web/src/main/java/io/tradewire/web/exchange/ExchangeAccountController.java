package io.tradewire.web.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.venue.xchange.ExchangeAccounts;
import io.tradewire.web.auth.Viewers;
import io.tradewire.web.error.ForbiddenException;

import java.util.List;

/**
 * A subscriber's exchange accounts: add one with its API key (checked once with a read-only
 * balance call, then stored sealed), list them. The key is accepted in a request body and never
 * written into any response: only its last four characters come back. An admin acts for any
 * subscriber, a user token only for its own subject.
 */
@Controller("/api/subscribers/{name}/exchange-accounts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ExchangeAccountController {
    private final ExchangeAccounts accounts;

    ExchangeAccountController(ExchangeAccounts accounts) {
        this.accounts = accounts;
    }

    @Post
    HttpResponse<AccountView> add(String name, @Body @Nullable NewExchangeAccount body, Authentication auth) {
        mayAct(name, auth);
        if (body == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        var view = accounts.add(auth.getName(), new ExchangeAccounts.NewAccount(name, body.label(), body.exchange(),
                body.market(), body.baseUrl(), body.apiKey(), body.secret(), body.passphrase()));
        return HttpResponse.created(AccountView.of(view));
    }

    @Get
    List<AccountView> list(String name, Authentication auth) {
        mayAct(name, auth);
        return accounts.list(name).stream().map(AccountView::of).toList();
    }

    private static void mayAct(String name, Authentication auth) {
        if (!auth.getRoles().contains(Viewers.ADMIN) && !name.equals(auth.getName())) {
            throw new ForbiddenException("name", "a user can only manage their own exchange accounts");
        }
    }

    /** The request body; {@link #toString()} hides the key, the secret and the passphrase. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NewExchangeAccount(@Nullable String label, @Nullable String exchange, @Nullable String market,
                              @Nullable String baseUrl, @Nullable String apiKey, @Nullable String secret,
                              @Nullable String passphrase) {
        @Override
        public String toString() {
            return "NewExchangeAccount[label=" + label + ", exchange=" + exchange + ", market=" + market + "]";
        }
    }

    /** What a caller sees of an exchange account: no key, no secret, the key's last four characters. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AccountView(Long accountId, String label, String exchange, String market, @Nullable String baseUrl,
                       String keyHint, boolean disabled) {
        static AccountView of(ExchangeAccounts.View v) {
            return new AccountView(v.accountId(), v.label(), v.exchange(), v.market(), v.baseUrl(), v.keyHint(),
                    v.disabled());
        }
    }
}
