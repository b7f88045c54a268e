package jp.kizuna.alumni.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongSupplier;

/**
 * Ids for rows written by plain JDBC, from the shared sequence {@code alumni_id_seq} and
 * in the same blocks EclipseLink takes for the entities ({@code allocationSize = 50}, the
 * sequence's increment, a fetched value being the last id of its block), so neither can hand out
 * an id the other uses. All the blocks a batch needs come in one query instead of one per block.
 */
public final class SequenceBlocks {

    /** The sequence's INCREMENT BY and every generator's allocationSize (BaseEntity, AuditEntry). */
    public static final int BLOCK = 50;

    private SequenceBlocks() {}

    /** Hands out {@code count} ids (more may be reserved and left unused, as EclipseLink does). */
    public static LongSupplier reserve(Connection connection, int count) throws SQLException {
        int blocks = (count + BLOCK - 1) / BLOCK;
        long[] ends = new long[blocks];
        try (PreparedStatement next =
                connection.prepareStatement("select nextval('alumni_id_seq') from generate_series(1, ?)")) {
            next.setInt(1, blocks);
            try (ResultSet values = next.executeQuery()) {
                for (int i = 0; i < blocks; i++) {
                    if (!values.next()) {
                        throw new SQLException("alumni_id_seq gave " + i + " values, " + blocks + " asked");
                    }
                    ends[i] = values.getLong(1);
                }
            }
        }
        return new LongSupplier() {
            private int handedOut;

            @Override
            public long getAsLong() {
                if (handedOut >= blocks * BLOCK) {
                    throw new IllegalStateException("Only " + count + " ids were reserved");
                }
                long id = ends[handedOut / BLOCK] - BLOCK + 1 + handedOut % BLOCK;
                handedOut++;
                return id;
            }
        };
    }
}
