package org.socialcarefuture.northstar.a11y;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/** A table's cells laid out on rows and columns, with rowspan and colspan, as the HTML table model does (nested tables excluded). */
final class TableGrid {

    private final List<Element> cells = new ArrayList<>();
    private final Map<Element, int[]> place = new IdentityHashMap<>(); // row, column, rows, columns
    private final Map<String, Element> byId = new HashMap<>();

    TableGrid(Element table) {
        List<Element> rows = new ArrayList<>();
        boolean html = table.normalName().equals("table");
        for (Element row : html ? table.select("tr") : table.select("[role=row]")) {
            if (html ? row.closest("table") == table : row.parent() != null && row.parent().closest("[role=grid], [role=table], [role=treegrid]") == table) {
                rows.add(row);
            }
        }
        Map<Long, Element> taken = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")
                        && !Set.of("cell", "gridcell", "columnheader", "rowheader").contains(String.valueOf(Semantics.explicitRole(cell)))) {
                    continue;
                }
                while (taken.containsKey(key(r, c))) {
                    c++;
                }
                int rowspan = Math.max(1, span(cell, "rowspan"));
                int colspan = Math.max(1, span(cell, "colspan"));
                for (int dr = 0; dr < rowspan && r + dr < rows.size(); dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        taken.put(key(r + dr, c + dc), cell);
                    }
                }
                place.put(cell, new int[] {r, c, rowspan, colspan});
                cells.add(cell);
                if (!cell.id().isEmpty()) {
                    byId.putIfAbsent(cell.id(), cell);
                }
                c += colspan;
            }
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }

    private static int span(Element cell, String name) {
        try {
            return Integer.parseInt(cell.attr(name).strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    List<Element> cells() {
        return cells;
    }

    Element cellById(String id) {
        return byId.get(id);
    }

    /**
     * Some other cell is assigned to the header: it names the header in headers=, or (with no headers= of its own)
     * shares the header's column (a column header) or row (a row header). Another header cell counts too, as in a
     * table whose corner cell heads the row headers below it.
     */
    boolean hasAssignedCell(Element header, PageIndex page) {
        int[] h = place.get(header);
        boolean rowHeader = "rowheader".equals(Semantics.role(header));
        for (Element cell : cells) {
            if (cell == header || Semantics.hidden(cell)) {
                continue;
            }
            if (!cell.attr("headers").isBlank()) {
                if (!header.id().isEmpty() && List.of(cell.attr("headers").strip().split("\\s+")).contains(header.id())) {
                    return true;
                }
                continue;
            }
            String role = Semantics.role(cell);
            if (!Set.of("cell", "gridcell", "columnheader", "rowheader").contains(String.valueOf(role))) {
                continue;
            }
            int[] p = place.get(cell);
            boolean sameColumn = p[1] < h[1] + h[3] && h[1] < p[1] + p[3];
            boolean sameRow = p[0] < h[0] + h[2] && h[0] < p[0] + p[2];
            if (rowHeader ? sameRow : sameColumn) {
                return true;
            }
        }
        return false;
    }

    /** The header cells a cell is under: those its headers= names, or else the column and row headers of its place. */
    List<Element> headersOf(Element cell) {
        List<Element> headers = new ArrayList<>();
        int[] p = place.get(cell);
        if (p == null) {
            return headers;
        }
        if (!cell.attr("headers").isBlank()) {
            for (String id : cell.attr("headers").strip().split("\\s+")) {
                if (byId.containsKey(id)) {
                    headers.add(byId.get(id));
                }
            }
            return headers;
        }
        for (Element other : cells) {
            if (other == cell) {
                continue;
            }
            int[] h = place.get(other);
            String role = Semantics.role(other);
            boolean sameColumn = p[1] < h[1] + h[3] && h[1] < p[1] + p[3];
            boolean sameRow = p[0] < h[0] + h[2] && h[0] < p[0] + p[2];
            if ("columnheader".equals(role) && sameColumn || "rowheader".equals(role) && sameRow) {
                headers.add(other);
            }
        }
        return headers;
    }
}
