package workbook.tool;

import com.electronwill.nightconfig.core.Config;
import com.electronwill.nightconfig.core.io.ParsingException;
import com.electronwill.nightconfig.toml.TomlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code exercises.toml}, read with a TOML library and bound to one record per {@code [[exercise]]} entry.
 *
 * @param exercises the entries, in the order to do them
 */
record CatalogFile(List<Entry> exercises) {

    private static final Set<String> KEYS = Set.of("name", "lesson", "class", "tests", "hint1", "hint2", "hint3");

    /**
     * One exercise as written in the file.
     *
     * @param name      what attendees type
     * @param lesson    the lesson's folder
     * @param className the {@code class} key: the class in the lesson's src/exercise/java
     * @param tests     the {@code tests} key, split at commas: the test classes, when one class holds several
     *                  exercises; empty otherwise
     * @param hints     {@code hint1}, {@code hint2}, {@code hint3}: a nudge, the API, a sketch
     */
    record Entry(String name, String lesson, String className, List<String> tests, List<String> hints) {
    }

    static CatalogFile parse(String text) {
        Config file;
        try {
            file = new TomlParser().parse(text);
        } catch (ParsingException e) {
            throw new IllegalArgumentException(Catalog.FILE + ": " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        List<Config> tables = file.getOrElse("exercise", List.of());
        for (Config table : tables) {
            int number = entries.size() + 1;
            for (String key : table.valueMap().keySet()) {
                if (!KEYS.contains(key)) {
                    throw new IllegalArgumentException(Catalog.FILE + ": exercise " + number + " has an unknown key '" + key
                            + "'" + Main.Names.closest(key, KEYS.stream().sorted().toList()));
                }
            }
            String tests = string(table, "tests", number, false);
            entries.add(new Entry(string(table, "name", number, true), string(table, "lesson", number, true),
                    string(table, "class", number, true),
                    tests == null ? List.of() : List.of(tests.strip().split("\\s*,\\s*")),
                    Stream.of("hint1", "hint2", "hint3").map(key -> string(table, key, number, false))
                            .filter(hint -> hint != null).map(String::strip).toList()));
        }
        return new CatalogFile(List.copyOf(entries));
    }

    private static String string(Config table, String key, int number, boolean required) {
        Object value = table.get(key);
        if (value == null && !required) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException(Catalog.FILE + ": exercise " + number + " needs " + key + " = \"...\""
                    + (value == null ? "" : ", not " + value));
        }
        return text;
    }
}
