package dev.foresight.predict.api;

import dev.foresight.predict.service.ForecastService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** Where each metric of a service is heading, computed on request and never stored. Any valid token may read. */
@Path("/forecasts")
@Produces(MediaType.APPLICATION_JSON)
public class ForecastResource {
    private final ForecastService forecasts;

    public ForecastResource(ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    @GET
    @Path("{service}")
    public Uni<ServiceForecast> forecast(@RestPath String service) {
        return forecasts.forService(service);
    }
}
