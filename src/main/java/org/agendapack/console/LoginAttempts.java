package org.agendapack.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in attempts, limited per user name and per client address: after {@code limit} failures within
 * {@code window}, further attempts for that name or from that address are refused, unchecked, until the window
 * has passed since the last failure. Guessing passwords online is then a few attempts per quarter hour.
 */
public final class LoginAttempts {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginAttempts(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    public boolean blocked(String user, String address) {
        return count("user:" + normal(user)) >= limit || count("address:" + address) >= limit;
    }

    public void failed(String user, String address) {
        add("user:" + normal(user));
        add("address:" + address);
    }

    public void succeeded(String user) {
        failures.remove("user:" + normal(user));
    }

    public Duration window() {
        return window;
    }

    private static String normal(String user) {
        return user == null ? "" : user.strip().toLowerCase();
    }

    private void add(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(Instant.now(clock));
            while (times.size() > limit * 4) {
                times.removeFirst();
            }
        }
        if (failures.size() > 100_000) {
            prune();
        }
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant since = Instant.now(clock).minus(window);
            if (!times.isEmpty() && times.peekLast().isBefore(since)) {
                times.clear(); // the window has passed since the last failure
            }
            return times.size();
        }
    }

    private void prune() {
        Instant since = Instant.now(clock).minus(window);
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(since);
            }
        });
    }
}
