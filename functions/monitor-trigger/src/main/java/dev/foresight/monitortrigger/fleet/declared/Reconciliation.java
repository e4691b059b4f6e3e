package dev.foresight.monitortrigger.fleet.declared;

import java.util.List;

/** What reconciling the registrations to a fleet document changed, services and edges by name. */
public record Reconciliation(List<String> servicesAdded, List<String> servicesUpdated, List<String> servicesRemoved,
        List<String> dependenciesAdded, List<String> dependenciesUpdated, List<String> dependenciesRemoved) {

    public boolean changedNothing() {
        return servicesAdded.isEmpty() && servicesUpdated.isEmpty() && servicesRemoved.isEmpty() && dependenciesAdded.isEmpty()
                && dependenciesUpdated.isEmpty() && dependenciesRemoved.isEmpty();
    }

    /** "2 services added, 1 removed; 1 dependency added" for the log. */
    public String summary() {
        return servicesAdded.size() + " service(s) added, " + servicesUpdated.size() + " updated, " + servicesRemoved.size()
                + " removed; " + dependenciesAdded.size() + " dependency(ies) added, " + dependenciesUpdated.size() + " updated, "
                + dependenciesRemoved.size() + " removed";
    }
}
