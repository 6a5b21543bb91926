package io.tradewire.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.tradewire.trading.InvalidInputException;
import jakarta.inject.Singleton;

/** Bad input from a caller: 400 with the message naming the field. */
@Produces
@Singleton
class InvalidInputHandler implements ExceptionHandler<InvalidInputException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, InvalidInputException e) {
        return HttpResponse.badRequest(new ErrorBody(e.getMessage(), e.field(), null));
    }
}
