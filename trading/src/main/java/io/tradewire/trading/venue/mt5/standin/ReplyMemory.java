package io.tradewire.trading.venue.mt5.standin;

import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The final replies to recent requests, by request id, so a repeated request is answered from
 * memory instead of being run again. Keeps the last {@code capacity}; with a file it survives a
 * restart of the terminal (one "id TAB reply" line each, appended, compacted when loaded), as
 * the EA's file in MQL5/Files does.
 */
public final class ReplyMemory {
    private final int capacity;
    private final Path file;
    private final Map<String, String> replies;

    public ReplyMemory(int capacity, @Nullable Path file) {
        this.capacity = capacity;
        this.file = file;
        this.replies = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > ReplyMemory.this.capacity;
            }
        };
        if (file != null && Files.exists(file)) {
            load();
        }
    }

    public synchronized Optional<String> get(String id) {
        return Optional.ofNullable(replies.get(id));
    }

    public synchronized void put(String id, String reply) {
        replies.put(id, reply);
        if (file != null) {
            try {
                Files.writeString(file, id + "\t" + reply + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the reply memory " + file, e);
            }
        }
    }

    public synchronized int size() {
        return replies.size();
    }

    private void load() {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    replies.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            if (lines.size() > 2 * capacity) {
                StringBuilder kept = new StringBuilder();
                replies.forEach((id, reply) -> kept.append(id).append('\t').append(reply).append('\n'));
                Files.writeString(file, kept, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reply memory " + file, e);
        }
    }
}
