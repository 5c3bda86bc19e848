package org.socialcarefuture.northstar.a11y;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/** A table's cells laid out on rows and columns, with rowspan and colspan, as the HTML table model does (nested tables excluded). */
final class TableGrid {

    private final List<Element> cells = new ArrayList<>();
    private final Map<Element, int[]> place = new IdentityHashMap<>(); // row, column, rows, columns
    private final Map<String, Element> byId = new HashMap<>();

    TableGrid(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element row : table.select("tr")) {
            if (row.closest("table") == table) {
                rows.add(row);
            }
        }
        Map<Long, Element> taken = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
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

    /** A data cell shares the header's column (a column header) or row (a row header), or names it in headers=. */
    boolean hasAssignedCell(Element header, PageIndex page) {
        int[] h = place.get(header);
        boolean rowHeader = "rowheader".equals(Semantics.role(header));
        for (Element cell : cells) {
            if (cell == header || Semantics.hidden(cell)) {
                continue;
            }
            String role = Semantics.role(cell);
            if (!"cell".equals(role) && !"gridcell".equals(role)) {
                continue;
            }
            if (!header.id().isEmpty() && List.of(cell.attr("headers").strip().split("\\s+")).contains(header.id())) {
                return true;
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
}
