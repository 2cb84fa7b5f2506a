package de.kreisunna.ikz.benchmarks;

import de.kreisunna.ikz.stack.LocalCredentials;
import de.kreisunna.ikz.stack.LocalStack;
import de.kreisunna.ikz.stack.Service;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/** Adds synthetic member towns (AGS 0599xxxx, no real town has it) to costing-service's membership projection. */
final class SyntheticTowns {

    private static final LocalDate JOINED = LocalDate.of(2023, 3, 1);

    private SyntheticTowns() {
    }

    /** Grows the membership from {@code present} towns to {@code total} (the first 8 are the real members). */
    static void add(LocalStack stack, int present, int total) {
        if (total <= present) {
            return;
        }
        String db = Service.COSTING.database();
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(db), db, LocalCredentials.databasePassword(db))) {
            c.setAutoCommit(false);
            try (PreparedStatement town = c.prepareStatement(
                    "INSERT INTO member_town (ags, name, revision, updated_at) VALUES (?, ?, 1, now())");
                 PreparedStatement period = c.prepareStatement(
                         "INSERT INTO member_period (ags, valid_from, valid_until) VALUES (?, ?, NULL)")) {
                for (int i = present - 8; i < total - 8; i++) {
                    String ags = "0599%04d".formatted(i);
                    town.setString(1, ags);
                    town.setString(2, "Synthetic town " + i);
                    town.addBatch();
                    period.setString(1, ags);
                    period.setObject(2, JOINED);
                    period.addBatch();
                }
                town.executeBatch();
                period.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add synthetic towns to costing's projection", e);
        }
    }
}
