package jp.kizuna.alumni.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SequenceBlocksTest {

    @Test
    void handsOutWholeBlocksEndingAtTheFetchedValuesAsEclipseLinkDoes() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:blocks;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
                Statement sql = db.createStatement()) {
            sql.execute("CREATE SEQUENCE alumni_id_seq START WITH 1000 INCREMENT BY 50");
            LongSupplier ids = SequenceBlocks.reserve(db, 120);
            List<Long> handedOut = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                handedOut.add(ids.getAsLong());
            }
            // Values 1000, 1050, 1100: blocks 951-1000, 1001-1050, 1051-1100.
            assertEquals(LongStream.rangeClosed(951, 1070).boxed().toList(), handedOut);
            assertEquals(1071, ids.getAsLong(), "the rest of the last block is reserved too");
            try (ResultSet next = sql.executeQuery("select nextval('alumni_id_seq')")) {
                next.next();
                assertEquals(1150, next.getLong(1), "the next block starts after the reserved ones");
            }
            LongSupplier one = SequenceBlocks.reserve(db, 1);
            for (int i = 0; i < SequenceBlocks.BLOCK; i++) {
                one.getAsLong();
            }
            assertThrows(IllegalStateException.class, one::getAsLong);
        }
    }
}
