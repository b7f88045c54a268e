package jp.kizuna.alumni.offboarding.analytics;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.kizuna.alumni.integration.HrFile;

/**
 * The turnover report as a CSV file for Excel: UTF-8 with a byte-order mark (so Excel shows Japanese
 * correctly), CRLF lines, and every cell neutralised against formula injection like the employee
 * export ({@link HrFile#exportCell}): a department named "=HYPERLINK(...)" stays text. Only what the
 * report shows is written, so hidden groups stay hidden.
 */
public final class TurnoverCsv {

    private TurnoverCsv() {}

    /** {@code label} gives the column and section titles in the reader's language, by message key. */
    public static byte[] write(TurnoverReport report, Locale locale, Function<String, String> label) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                label.apply("turnover.csv.section"),
                label.apply("turnover.csv.group"),
                label.apply("turnover.headcountStart"),
                label.apply("turnover.headcountEnd"),
                label.apply("turnover.hires"),
                label.apply("turnover.leavers"),
                label.apply("turnover.voluntary"),
                label.apply("turnover.other"),
                label.apply("turnover.regretted"),
                label.apply("turnover.rate")));
        if (report.overall() != null) {
            rows.add(row(label.apply("turnover.overall"), report.overall(), locale));
        }
        section(rows, label.apply("turnover.byPeriod"), report.byPeriod(), locale);
        section(rows, label.apply("turnover.byDepartment"), report.byDepartment(), locale);
        section(rows, label.apply("turnover.byTenure"), report.byTenure(), locale);
        section(rows, label.apply("turnover.byJobTitle"), report.byJobTitle(), locale);
        section(rows, label.apply("turnover.byJobGrade"), report.byJobGrade(), locale);
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows) {
            csv.append(String.join(",", row.stream().map(HrFile::exportCell).toList()))
                    .append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void section(List<List<String>> rows, String title, List<TurnoverFigure> figures, Locale locale) {
        figures.forEach(figure -> rows.add(row(title, figure, locale)));
    }

    private static List<String> row(String section, TurnoverFigure f, Locale locale) {
        return List.of(
                section,
                f.name(locale),
                String.valueOf(f.headcountStart()),
                String.valueOf(f.headcountEnd()),
                String.valueOf(f.hires()),
                String.valueOf(f.leavers()),
                String.valueOf(f.voluntary()),
                String.valueOf(f.otherLeavers()),
                String.valueOf(f.regretted()),
                f.rate() == null ? "" : String.valueOf(f.rate()));
    }
}
