package jp.kizuna.alumni.integration;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Test-only window on the stored HR data, deployed beside the full application by
 * {@link ParallelSendersIT}: one line per employee whose number starts with {@code prefix}
 * ({@code number department manager cases}), then {@code department <code> <rows>} for {@code code}.
 * Read straight from the tables, so a duplicate row the entities would hide shows. With {@code grades}
 * it answers {@code number grade} per employee instead ({@code -} for none), for {@link JobGradeWireIT}.
 */
@WebServlet("/state")
public class HrStateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/AlumniDS")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        try (Connection db = dataSource.getConnection()) {
            if (request.getParameter("grades") != null) {
                try (PreparedStatement grades = db.prepareStatement("select employee_number, coalesce(job_grade, '-')"
                        + " from employee where employee_number like ? order by employee_number")) {
                    grades.setString(1, request.getParameter("prefix") + "%");
                    try (ResultSet rows = grades.executeQuery()) {
                        while (rows.next()) {
                            out.println(rows.getString(1) + " " + rows.getString(2));
                        }
                    }
                }
                return;
            }
            try (PreparedStatement employees = db.prepareStatement("""
                    select e.employee_number, coalesce(d.code, '-'), coalesce(m.employee_number, '-'),
                        (select count(*) from offboarding_case c where c.employee_id = e.id)
                    from employee e left join department d on d.id = e.department_id
                        left join employee m on m.id = e.manager_id
                    where e.employee_number like ? order by e.employee_number""")) {
                employees.setString(1, request.getParameter("prefix") + "%");
                try (ResultSet rows = employees.executeQuery()) {
                    while (rows.next()) {
                        out.println(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                                + rows.getLong(4));
                    }
                }
            }
            try (PreparedStatement departments =
                    db.prepareStatement("select count(*) from department where code = ?")) {
                departments.setString(1, request.getParameter("code"));
                try (ResultSet rows = departments.executeQuery()) {
                    rows.next();
                    out.println("department " + request.getParameter("code") + " " + rows.getLong(1));
                }
            }
        } catch (SQLException failure) {
            throw new IOException(failure);
        }
    }
}
