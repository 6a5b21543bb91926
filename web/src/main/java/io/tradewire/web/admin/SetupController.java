package io.tradewire.web.admin;

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
import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.SizingMode;
import io.tradewire.trading.price.PriceBook;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.setup.Setup;
import io.tradewire.web.auth.Viewers;

/**
 * Admin setup over REST: providers, subscribers (with a paper account) and their default plan
 * settings, follows, ticker prices.
 */
@Controller("/api")
@Secured(Viewers.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class SetupController {
    private final Setup setup;
    private final PriceBook prices;

    SetupController(Setup setup, PriceBook prices) {
        this.setup = setup;
        this.prices = prices;
    }

    @Post("/providers")
    HttpResponse<SetupRequests.Created> provider(@Body @Nullable SetupRequests.NewProvider body, Authentication auth) {
        var b = required(body);
        return HttpResponse.created(new SetupRequests.Created(
                setup.addProvider(auth.getName(), Source.parse(b.source()), b.channel(), b.name()).id()));
    }

    @Post("/subscribers")
    HttpResponse<SetupRequests.Created> subscriber(@Body @Nullable SetupRequests.NewSubscriber body,
                                                   Authentication auth) {
        var b = required(body);
        return HttpResponse.created(new SetupRequests.Created(
                setup.addSubscriber(auth.getName(), b.name(), b.startingBalance(), b.timeZone()).subscriber().id()));
    }

    @Post("/follows")
    HttpResponse<SetupRequests.Created> follow(@Body @Nullable SetupRequests.NewFollow body, Authentication auth) {
        var b = required(body);
        if (b.providerId() == null) {
            throw new InvalidInputException("provider_id", "provider_id is required");
        }
        // what the follow leaves unset (null) the subscriber's defaults fill when a signal is decided
        var settings = new CopySettings(b.sizingMode() == null ? null : SizingMode.parse(b.sizingMode()),
                b.sizingValue(), b.maxLeverage(), b.requireStopLoss(), b.maxOpenPositions(),
                SetupRequests.RiskFields.limits(b.maxSignalAgeSeconds(), b.allowedSymbols(), b.deniedSymbols(),
                        b.maxTradesPerDay(), b.minPositionPct(), b.maxPositionPct(), b.tradingHours(),
                        b.dailyLossLimit(), b.maxDrawdownPct()), b.plan());
        return HttpResponse.created(new SetupRequests.Created(
                setup.follow(auth.getName(), b.subscriber(), b.providerId(), b.account(), settings).id()));
    }

    /** Replaces a subscriber's defaults; a follow's unset plan, sizing and risk settings take these. */
    @Put("/subscribers/{name}/defaults")
    SetupRequests.PlanDefaults setDefaults(String name, @Body @Nullable SetupRequests.PlanDefaults body,
                                           Authentication auth) {
        var b = required(body);
        return SetupRequests.PlanDefaults.of(setup.setDefaults(auth.getName(), name, b.settings(), b.risk()));
    }

    @Get("/subscribers/{name}/defaults")
    SetupRequests.PlanDefaults defaults(String name) {
        return SetupRequests.PlanDefaults.of(setup.allDefaults(name));
    }

    /** Replaces a provider's own aliases ({@code {"YEN": "USDJPY"}}) and ignore words for the parser. */
    @Put("/providers/{id}/vocabulary")
    SetupRequests.Vocabulary vocabulary(Long id, @Body @Nullable SetupRequests.Vocabulary body, Authentication auth) {
        var b = required(body);
        var v = setup.setVocabulary(auth.getName(), id, b.aliases(), b.ignoreWords());
        return new SetupRequests.Vocabulary(v.aliases(), v.ignoreWords());
    }

    /**
     * Sets the latest market price of a symbol, as a ticker feed would; resting paper orders and
     * watched exits the price crosses are filled before this returns.
     */
    @Put("/prices/{symbol}")
    HttpResponse<?> price(String symbol, @Body @Nullable SetupRequests.NewPrice body) {
        prices.update(symbol.toUpperCase(java.util.Locale.ROOT), required(body).price());
        return HttpResponse.noContent();
    }

    /** The same as PUT: a ticker feed may post its prices. */
    @Post("/prices/{symbol}")
    HttpResponse<?> postPrice(String symbol, @Body @Nullable SetupRequests.NewPrice body) {
        return price(symbol, body);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        return body;
    }
}
