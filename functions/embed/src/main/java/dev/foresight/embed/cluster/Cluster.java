package dev.foresight.embed.cluster;

import java.util.List;

/** Indices into the clustered input: the member that best stands for the group, and all members in input order. */
public record Cluster(int representative, List<Integer> members) {
    public Cluster {
        members = List.copyOf(members);
    }
}
