package jp.kizuna.alumni.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestDigestTest {

    private static EmployeeRecord record(String number, String family, String given, String manager) {
        return new EmployeeRecord(
                number,
                family,
                given,
                "ヤマダ",
                "タロウ",
                null,
                null,
                "D1",
                "営業部",
                "Sales",
                manager,
                LocalDate.of(2015, 4, 1));
    }

    @Test
    void theSameRequestHasTheSameDigestAndAnyDifferenceAnother() {
        List<EmployeeRecord> batch = List.of(record("E1", "山田", "太郎", null), record("E2", "佐藤", "花子", "E1"));
        String digest = RequestDigest.of("upsertEmployees", batch);
        assertEquals(64, digest.length());
        assertEquals(
                digest,
                RequestDigest.of(
                        "upsertEmployees", List.of(record("E1", "山田", "太郎", null), record("E2", "佐藤", "花子", "E1"))));
        assertNotEquals(digest, RequestDigest.of("reportResignation", batch));
        assertNotEquals(
                digest,
                RequestDigest.of(
                        "upsertEmployees", List.of(record("E1", "山田", "太郎", null), record("E2", "佐藤", "花子", null))));
        assertNotEquals(
                digest,
                RequestDigest.of(
                        "upsertEmployees", List.of(record("E1", "山田", "太郎", null), record("E2", "佐藤", "花子", ""))));
        assertNotEquals(digest, RequestDigest.of("upsertEmployees", List.of(batch.get(1), batch.get(0))));
        assertNotEquals(
                RequestDigest.of("op", Arrays.asList("ab", "c")), RequestDigest.of("op", Arrays.asList("a", "bc")));
        assertNotEquals(
                RequestDigest.of(
                        "op", new ResignationReport("E1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 28), "x")),
                RequestDigest.of(
                        "op", new ResignationReport("E1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 1), "x")));
    }

    /** Digests are stored with each message: a re-delivery years later must hash to the same value. */
    @Test
    void digestsStayWhatTheyWereWhenStored() {
        assertEquals(EXPECTED_SMALL, RequestDigest.of("upsertEmployees", List.of(record("E1", "山田", "太郎", null))));
        List<EmployeeRecord> large = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            large.add(record("E" + i, "山田" + i, "太郎", i == 0 ? null : "E" + (i - 1)));
        }
        large.add(record("E-long", "山".repeat(5000), "太郎", null)); // one text longer than the chunk
        assertEquals(EXPECTED_LARGE, RequestDigest.of("upsertEmployees", large));
    }

    /** The job grade came later (contract revision 1.1): without one a record digests as it did before it existed. */
    @Test
    void aFieldAddedToTheContractCountsOnlyWhenSent() {
        EmployeeRecord withoutGrade = record("E1", "山田", "太郎", null);
        EmployeeRecord withGrade = new EmployeeRecord(
                "E1", "山田", "太郎", "ヤマダ", "タロウ", null, null, "D1", "営業部", "Sales", null, LocalDate.of(2015, 4, 1), "G3");
        assertEquals(EXPECTED_SMALL, RequestDigest.of("upsertEmployees", List.of(withoutGrade)));
        assertNotEquals(EXPECTED_SMALL, RequestDigest.of("upsertEmployees", List.of(withGrade)));
        assertNotEquals(
                RequestDigest.of("upsertEmployees", List.of(withGrade)),
                RequestDigest.of(
                        "upsertEmployees",
                        List.of(new EmployeeRecord(
                                "E1",
                                "山田",
                                "太郎",
                                "ヤマダ",
                                "タロウ",
                                null,
                                null,
                                "D1",
                                "営業部",
                                "Sales",
                                null,
                                LocalDate.of(2015, 4, 1),
                                "G4"))));
    }

    // Computed by the digest of this form as first written (commit 07442bf).
    private static final String EXPECTED_SMALL = "52bd2be9ede788dde92af14435de9f931b633047836ef18454bb39a0a523d8d4";
    private static final String EXPECTED_LARGE = "99deae9c461dac80e935357a070145f346a471ec484e08ab5f1069f2944c2c7d";
}
