package io.tradewire.trading.venue.sim;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The book in its own table, written on its own connection before the venue answers: it
 * outlives a killed engine, as an exchange would, so a crash test can count what arrived.
 */
class DatabaseBook implements SimBook {
    private final DataSource dataSource;
    private final Clock clock;

    DatabaseBook(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void add(SimOrder o) {
        update("insert into sim_venue_orders (account_id, client_order_id, symbol, side, quantity, price, placed_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)", o.accountId(), o.clientOrderId(), o.symbol(), o.side(), o.quantity(),
                o.price(), Timestamp.from(clock.instant()));
    }

    @Override
    public List<SimOrder> find(String clientOrderId) {
        return select("where client_order_id = ?", clientOrderId);
    }

    @Override
    public List<SimOrder> forAccount(Long accountId) {
        return select("where account_id = ?", accountId);
    }

    @Override
    public long size() {
        return select("", new Object[0]).size();
    }

    @Override
    public long duplicates() {
        return size() - select("where id in (select min(id) from sim_venue_orders group by client_order_id)").size();
    }

    private List<SimOrder> select(String where, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select account_id, client_order_id, symbol, side, quantity, price from sim_venue_orders " + where)) {
            bind(s, args);
            List<SimOrder> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new SimOrder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("simulated venue book: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("simulated venue book: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }
}
