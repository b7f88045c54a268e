package jp.kizuna.alumni.ws.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import jp.kizuna.alumni.integration.UpsertResult;

/**
 * Per-record results in the order sent. Valid records were applied, rejected ones were not; the
 * applied ones and this answer were committed together.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "UpsertEmployeesResponse",
        propOrder = {"created", "updated", "unchanged", "rejected", "result"})
public class UpsertEmployeesResponse {

    public int created;
    public int updated;
    public int unchanged;
    public int rejected;
    public List<RecordResultData> result = new ArrayList<>();

    static UpsertEmployeesResponse of(UpsertResult answer) {
        UpsertEmployeesResponse response = new UpsertEmployeesResponse();
        response.created = answer.created();
        response.updated = answer.updated();
        response.unchanged = answer.unchanged();
        response.rejected = answer.rejected();
        answer.results().forEach(result -> response.result.add(RecordResultData.of(result)));
        return response;
    }
}
