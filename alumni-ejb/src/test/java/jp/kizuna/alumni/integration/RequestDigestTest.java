package jp.kizuna.alumni.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestDigestTest {

    private static EmployeeRecord record(String number, String family, String given, String manager) {
        return new EmployeeRecord(number, family, given, "ヤマダ", "タロウ", null, null, "D1", "営業部", "Sales", manager,
                LocalDate.of(2015, 4, 1));
    }

    @Test
    void theSameRequestHasTheSameDigestAndAnyDifferenceAnother() {
        List<EmployeeRecord> batch = List.of(record("E1", "山田", "太郎", null), record("E2", "佐藤", "花子", "E1"));
        String digest = RequestDigest.of("upsertEmployees", batch);
        assertEquals(64, digest.length());
        assertEquals(digest, RequestDigest.of("upsertEmployees", List.of(record("E1", "山田", "太郎", null),
                record("E2", "佐藤", "花子", "E1"))));
        assertNotEquals(digest, RequestDigest.of("reportResignation", batch));
        assertNotEquals(digest, RequestDigest.of("upsertEmployees", List.of(record("E1", "山田", "太郎", null),
                record("E2", "佐藤", "花子", null))));
        assertNotEquals(digest, RequestDigest.of("upsertEmployees", List.of(record("E1", "山田", "太郎", null),
                record("E2", "佐藤", "花子", ""))));
        assertNotEquals(digest, RequestDigest.of("upsertEmployees", List.of(batch.get(1), batch.get(0))));
        assertNotEquals(RequestDigest.of("op", Arrays.asList("ab", "c")), RequestDigest.of("op", Arrays.asList("a", "bc")));
        assertNotEquals(RequestDigest.of("op", new ResignationReport("E1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 28), "x")),
                RequestDigest.of("op", new ResignationReport("E1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 1), "x")));
    }

    @Test
    void theFirstFormIsTheHashOfOperationLineFeedAndJson() throws Exception {
        byte[] json = "[{\"employeeNumber\":\"E1\"}]".getBytes(StandardCharsets.UTF_8);
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update("upsertEmployees\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(java.util.HexFormat.of().formatHex(sha.digest(json)), RequestDigest.legacy("upsertEmployees", json));
    }
}
