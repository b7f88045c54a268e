package jp.kizuna.alumni.integration;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * HR's member file ({@link MemberFiles}) as a CSV file for Excel, like every other export: UTF-8 with
 * a byte-order mark (Excel then shows 𠮷 and kana instead of "?"), CRLF lines, every cell neutralised
 * against formula injection ({@link HrFile#exportCell}). One column per item of {@link AlumnusRecord#ITEMS},
 * in that order, so the file holds exactly what the provision record says left.
 */
public final class MemberFileCsv {

    /** The message keys of the column titles, one per {@link AlumnusRecord#ITEMS}. */
    static final List<String> COLUMNS = List.of(
            "memberFile.column.employeeNumber",
            "memberFile.column.familyName",
            "memberFile.column.givenName",
            "memberFile.column.familyNameKana",
            "memberFile.column.givenNameKana",
            "memberFile.column.personalEmail",
            "memberFile.column.leavingDate",
            "memberFile.column.purposes");

    private MemberFileCsv() {}

    /**
     * {@code label} gives a column title by its key and a purpose's name in the reader's language by
     * {@code consent.short.<PURPOSE>}; several purposes are separated by " / ".
     */
    public static byte[] write(List<AlumnusRecord> members, Function<String, String> label) {
        StringBuilder csv = new StringBuilder();
        row(csv, COLUMNS.stream().map(label).toList());
        for (AlumnusRecord member : members) {
            row(
                    csv,
                    List.of(
                            nz(member.employeeNumber()),
                            nz(member.familyName()),
                            nz(member.givenName()),
                            nz(member.familyNameKana()),
                            nz(member.givenNameKana()),
                            nz(member.personalEmail()),
                            member.leavingDate() == null
                                    ? ""
                                    : member.leavingDate().toString(),
                            String.join(
                                    " / ",
                                    member.consentedPurposes().stream()
                                            .map(p -> label.apply("consent.short." + p))
                                            .toList())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(String.join(",", cells.stream().map(HrFile::exportCell).toList()))
                .append("\r\n");
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
