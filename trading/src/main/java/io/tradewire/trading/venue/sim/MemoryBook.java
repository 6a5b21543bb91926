package io.tradewire.trading.venue.sim;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The book in memory: fast, for the bench and tests where the venue lives as long as the engine. */
class MemoryBook implements SimBook {
    private final Map<String, List<SimOrder>> byClientId = new ConcurrentHashMap<>();

    @Override
    public void add(SimOrder order) {
        byClientId.computeIfAbsent(order.clientOrderId(), k -> new CopyOnWriteArrayList<>()).add(order);
    }

    @Override
    public List<SimOrder> find(String clientOrderId) {
        return List.copyOf(byClientId.getOrDefault(clientOrderId, List.of()));
    }

    @Override
    public List<SimOrder> forAccount(Long accountId) {
        return byClientId.values().stream().flatMap(List::stream).filter(o -> o.accountId().equals(accountId)).toList();
    }

    @Override
    public long size() {
        return byClientId.values().stream().mapToLong(List::size).sum();
    }

    @Override
    public long duplicates() {
        return byClientId.values().stream().mapToLong(l -> l.size() - 1L).sum();
    }
}
