package io.tradewire.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A caller asking for what is not theirs: 403 with our error body, not Micronaut's default one. */
@Produces
@Singleton
class ForbiddenHandler implements ExceptionHandler<ForbiddenException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, ForbiddenException e) {
        return HttpResponse.<ErrorBody>status(HttpStatus.FORBIDDEN).body(new ErrorBody(e.getMessage(), e.field(), null));
    }
}
