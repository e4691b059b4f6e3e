package dev.foresight.tokenrefresh.api;

import dev.foresight.shared.problem.ProblemException;
import dev.foresight.tokenrefresh.key.SigningKeys;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /keys/rotate} (needs {@code clients:admin}): creates a new signing key now. It is
 * published at once and signs after the publish lead; the old key stays published for the overlap.
 * Runs on a worker thread: generating a key and writing its file block.
 */
@Path("/keys/rotate")
public class KeyResource {
    private final SigningKeys keys;

    public KeyResource(SigningKeys keys) {
        this.keys = keys;
    }

    @POST
    public Response rotate() {
        if (!keys.rotate()) {
            throw ProblemException.conflict("keys rotate only with foresight.token-refresh.signing-key-dir set");
        }
        return Response.noContent().build();
    }
}
