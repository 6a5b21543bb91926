package io.tradewire.web.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.tradewire.trading.NotFoundException;
import jakarta.inject.Singleton;

@Produces
@Singleton
class NotFoundHandler implements ExceptionHandler<NotFoundException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, NotFoundException e) {
        return HttpResponse.notFound(new ErrorBody(e.getMessage(), e.field(), null));
    }
}
