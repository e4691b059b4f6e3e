package dev.foresight.monitortrigger.cycle.cache;

/** The Redis keys this function warms: readers find a service's predicted failures without asking predict. */
public final class AtRiskCache {
    public static final String PREFIX = dev.foresight.shared.redis.Channels.AT_RISK_CACHE_PREFIX;

    private AtRiskCache() {}

    public static String key(String service) {
        return PREFIX + service;
    }
}
