package jp.kizuna.alumni.web.shared;

/**
 * A text as a JSON string literal that is also safe inside an HTML {@code <script>} element, where
 * PrimeFaces writes chart configurations verbatim: besides quotes, backslashes and control
 * characters, {@code < > &} are written as Unicode escapes so a department name such as
 * {@code </script><script>...} can neither end the script nor open a comment.
 */
public final class JsonText {

    private JsonText() {}

    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                // Line and paragraph separators end a line in older JavaScript engines.
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
