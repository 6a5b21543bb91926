package io.tradewire.web.error;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

/**
 * A body that is not the JSON we expect, or a parameter of the wrong type: 400 with the
 * parser's own words, in our error shape (it replaces Micronaut's default handler).
 */
@Produces
@Singleton
@Replaces(ConversionErrorHandler.class)
class MalformedBodyHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, ConversionErrorException e) {
        Throwable cause = e.getConversionError().getCause();
        String detail = cause == null ? e.getMessage() : cause.getMessage();
        int cut = detail == null ? -1 : detail.indexOf('\n');
        String name = e.getArgument().getName();
        String what = "body".equals(name) ? "malformed JSON in the request body: " : "invalid value for " + name + ": ";
        return HttpResponse.badRequest(new ErrorBody(what + (cut > 0 ? detail.substring(0, cut) : detail), name, null));
    }
}
