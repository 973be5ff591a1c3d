package workbook.tool;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little of TOML the catalog uses: {@code [[name]]} tables of {@code key = "string"} and
 * {@code key = """multi-line string"""}. Twenty lines of parsing beat a dependency here.
 */
final class Toml {

    private Toml() {
    }

    static List<Map<String, String>> tables(String text, String name) {
        List<Map<String, String>> tables = new ArrayList<>();
        Map<String, String> current = null;
        Iterator<String> lines = text.lines().iterator();
        int number = 0;
        while (lines.hasNext()) {
            String line = lines.next().strip();
            number++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("[[" + name + "]]")) {
                current = new LinkedHashMap<>();
                tables.add(current);
                continue;
            }
            int equals = line.indexOf('=');
            if (current == null || equals < 0) {
                throw new IllegalArgumentException("line " + number + ": expected [[" + name + "]] or key = \"value\": " + line);
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (value.startsWith("\"\"\"")) {
                StringBuilder text2 = new StringBuilder(value.substring(3));
                while (!text2.toString().endsWith("\"\"\"")) {
                    if (!lines.hasNext()) {
                        throw new IllegalArgumentException("line " + number + ": unclosed \"\"\" for " + key);
                    }
                    text2.append('\n').append(lines.next());
                    number++;
                }
                // a backslash at the end of a line joins it to the next, as in TOML
                current.put(key, text2.substring(0, text2.length() - 3).replaceAll("\\\\\n\\s*", "").strip());
            } else if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                current.put(key, value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\"));
            } else {
                throw new IllegalArgumentException("line " + number + ": " + key + " needs a quoted value");
            }
        }
        return tables;
    }
}
