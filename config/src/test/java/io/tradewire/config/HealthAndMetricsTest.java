package io.tradewire.config;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class HealthAndMetricsTest extends IntegrationTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void healthIsUpWithoutATokenOnceTheSchemaIsMigrated() {
        String body = http.toBlocking().retrieve(HttpRequest.GET("/health"));

        assertThat(body).isEqualTo("{\"status\":\"UP\"}");
        assertThat(sql("select count(*) from flyway_schema_history where success")).isPositive();
    }

    @Test
    void prometheusServesThePipelineCountersAndTimers() {
        String admin = bearer("admin", "ops");
        http.toBlocking().exchange(HttpRequest.POST("/api/providers",
                Map.of("source", "discord", "channel", "123", "name", "D")).header("Authorization", admin));
        http.toBlocking().exchange(HttpRequest.POST("/api/signals",
                Map.of("source", "discord", "channel", "123", "text", "hello there")).header("Authorization", admin));

        String metrics = http.toBlocking().retrieve(HttpRequest.GET("/prometheus"));

        assertThat(metrics).contains("tradewire_signals_received_total 1.0");
        assertThat(metrics).contains("tradewire_signals_parsed_total{kind=\"none\"} 1.0");
        assertThat(metrics).contains("tradewire_pipeline_latency_seconds_count{step=\"fan_out\"}");
    }
}
