package dev.foresight.monitortrigger.fleet;

import dev.foresight.shared.problem.Problem;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The 409 of {@code DELETE /services/{name}}: a problem with the dependents as an extension member. */
@Schema(name = "ServiceInUseProblem")
public record ServiceInUseProblem(String type, String title, int status, String detail,
                                  List<ServiceInUse.Dependent> dependents) {

    static ServiceInUseProblem of(ServiceInUse conflict) {
        Problem p = conflict.problem();
        return new ServiceInUseProblem(p.type(), p.title(), p.status(), p.detail(), conflict.dependents());
    }
}
