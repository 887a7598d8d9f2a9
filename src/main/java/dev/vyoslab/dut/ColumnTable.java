package dev.vyoslab.dut;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed-width table as VyOS prints them (its own {@code show interfaces} layout and Python's tabulate "simple"
 * format): a header line, a line of dash groups, rows. Column i runs from the start of dash group i to the start of
 * group i+1, so empty cells and values with spaces (dates) come out right.
 */
final class ColumnTable {

    private ColumnTable() {
    }

    /** The rows as header -> cell (stripped; "" for empty); rows before the header are ignored. */
    static List<Map<String, String>> parse(String text) {
        List<String> lines = text.replace("\r", "").lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            String dashes = lines.get(i);
            if (dashes.strip().startsWith("--") && dashes.strip().matches("[- ]+")) {
                return rows(lines.get(i - 1), starts(dashes), lines.subList(i + 1, lines.size()));
            }
        }
        return List.of();
    }

    private static List<Integer> starts(String dashes) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < dashes.length(); i++) {
            if (dashes.charAt(i) == '-' && (i == 0 || dashes.charAt(i - 1) == ' ')) {
                starts.add(i);
            }
        }
        return starts;
    }

    private static List<Map<String, String>> rows(String header, List<Integer> starts, List<String> body) {
        List<String> names = cells(header, starts);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : body) {
            if (line.isBlank() || line.matches("\\S+@\\S+[:~$#].*")) {
                continue;  // blank lines and a trailing prompt
            }
            List<String> cells = cells(line, starts);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < names.size(); c++) {
                row.put(names.get(c), cells.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> cells(String line, List<Integer> starts) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < starts.size(); c++) {
            int from = Math.min(starts.get(c), line.length());
            int to = c + 1 < starts.size() ? Math.min(starts.get(c + 1), line.length()) : line.length();
            cells.add(line.substring(from, to).strip());
        }
        return cells;
    }

    /** The value of the first column whose header starts with one of {@code names} (case-insensitive). */
    static String cell(Map<String, String> row, String... names) {
        for (Map.Entry<String, String> e : row.entrySet()) {
            for (String n : names) {
                if (e.getKey().toLowerCase(java.util.Locale.ROOT).startsWith(n.toLowerCase(java.util.Locale.ROOT))) {
                    return e.getValue();
                }
            }
        }
        return "";
    }
}
