package jp.kizuna.alumni.web.subjectaccess;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import jp.kizuna.alumni.subjectaccess.PersonalDataReport;

/**
 * GET /portal/my-data (alumni) and /me/my-data (employees): the signed-in person's data as a JSON
 * file. The areas' security constraints decide who reaches it; the service decides whose data.
 */
@WebServlet({"/portal/my-data", "/me/my-data"})
public class MyDataDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonalDataReport report;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject data = report.mine();
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"my-data-" + LocalDate.now() + ".json\"");
        response.setHeader("Cache-Control", "no-store");
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8))) {
            writer.writeObject(data);
        }
    }
}
