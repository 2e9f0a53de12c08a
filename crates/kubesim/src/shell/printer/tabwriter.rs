//! Go's `text/tabwriter`, as kubectl configures it. Text is split into cells at
//! tabs; a column block (consecutive lines that all have a tab-terminated cell
//! in that column) is padded to its widest cell plus `padding`, and at least
//! `min_width`. The text after a line's last tab is written as it is.

use std::fmt;

/// Accumulates tab-separated text and aligns it on `finish`.
#[derive(Debug)]
pub struct TabWriter {
    min_width: usize,
    padding: usize,
    text: String,
}

impl TabWriter {
    /// `kubectl get`: cli-runtime's `GetNewTabWriter` (minwidth 6, padding 3).
    pub fn for_tables() -> Self {
        TabWriter { min_width: 6, padding: 3, text: String::new() }
    }

    /// `kubectl describe`: `tabwriter.Init(buf, 0, 8, 2, ' ', 0)`.
    pub fn for_describe() -> Self {
        TabWriter { min_width: 0, padding: 2, text: String::new() }
    }

    pub fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// Writes one row: cells joined by tabs, ending in a newline.
    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.text.push('\t');
            }
            self.text.push_str(cell.as_ref());
        }
        self.text.push('\n');
    }

    pub fn finish(self) -> String {
        let cells = Cells::split(&self.text);
        if cells.lines.is_empty() {
            return String::new();
        }
        let mut out = Vec::with_capacity(self.text.len() * 2);
        let mut widths = Vec::new();
        self.format(&cells, 0, cells.lines.len(), &mut widths, &mut out);
        if !self.text.ends_with('\n') {
            out.pop();
        }
        // Whole cells of the text and ASCII spaces: the bytes are UTF-8.
        String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }

    /// Go's recursive `format`: finds the column blocks of column
    /// `widths.len()` between `line0` and `line1`, sizes each, and recurses into
    /// it for the next column.
    fn format(
        &self,
        cells: &Cells<'_>,
        mut line0: usize,
        line1: usize,
        widths: &mut Vec<usize>,
        out: &mut Vec<u8>,
    ) {
        let column = widths.len();
        let mut this = line0;
        while this < line1 {
            if !cells.has_column(this, column) {
                this += 1;
                continue;
            }
            cells.write_lines(line0, this, widths, out);
            line0 = this;
            let mut width = self.min_width;
            while this < line1 && cells.has_column(this, column) {
                width = width.max(cells.width(this, column) + self.padding);
                this += 1;
            }
            widths.push(width);
            self.format(cells, line0, this, widths, out);
            widths.pop();
            line0 = this;
        }
        cells.write_lines(line0, line1, widths, out);
    }
}

/// A table written cell by cell into one buffer and aligned at the end.
/// When every line has as many cells (each column a single block, as in
/// `kubectl get`) it is aligned from the cells' recorded ends and widths,
/// with no text to split again; otherwise it goes through `TabWriter`.
#[derive(Debug)]
pub struct Table {
    min_width: usize,
    padding: usize,
    text: String,
    /// Where each cell ends in `text`, and its width in characters.
    cells: Vec<(u32, u32)>,
    /// How many cells each line has.
    lines: Vec<u32>,
    /// Cells of the line being written.
    line_cells: usize,
    /// Widest cell of each column so far.
    widest: Vec<usize>,
}

impl Table {
    /// As `TabWriter::for_tables`.
    pub fn for_tables() -> Self {
        Table {
            min_width: 6,
            padding: 3,
            text: String::new(),
            cells: Vec::new(),
            lines: Vec::new(),
            line_cells: 0,
            widest: Vec::new(),
        }
    }

    /// Makes room for `lines` more lines of `cells` cells each, so a large
    /// table is not copied as it grows.
    pub fn reserve(&mut self, lines: usize, cells: usize) {
        self.cells.reserve(lines * cells);
        self.lines.reserve(lines);
        self.text.reserve(lines * cells * 12);
    }

    /// Adds to the cell being written.
    pub fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// Ends the cell being written.
    pub fn end_cell(&mut self) {
        let start = self.cells.last().map_or(0, |c| c.0 as usize);
        let chars = char_count(self.text.get(start..).unwrap_or_default());
        self.cells
            .push((u32::try_from(self.text.len()).unwrap_or(u32::MAX), u32::try_from(chars).unwrap_or(0)));
        if self.widest.len() <= self.line_cells {
            self.widest.resize(self.line_cells + 1, 0);
        }
        if let Some(widest) = self.widest.get_mut(self.line_cells) {
            *widest = (*widest).max(chars);
        }
        self.line_cells += 1;
    }

    pub fn end_line(&mut self) {
        self.lines.push(u32::try_from(self.line_cells).unwrap_or(0));
        self.line_cells = 0;
    }

    pub fn finish(self) -> String {
        let Some(&columns) = self.lines.first() else { return String::new() };
        let columns = columns as usize;
        let cell_text = |i: usize| {
            let start = i.checked_sub(1).and_then(|p| self.cells.get(p)).map_or(0, |c| c.0 as usize);
            self.text.get(start..self.cells.get(i).map_or(start, |c| c.0 as usize)).unwrap_or_default()
        };
        if self.lines.iter().any(|&n| n as usize != columns) {
            let mut writer =
                TabWriter { min_width: self.min_width, padding: self.padding, text: String::new() };
            let mut i = 0;
            for &n in &self.lines {
                let line: Vec<&str> = (i..i + n as usize).map(cell_text).collect();
                writer.row(&line);
                i += n as usize;
            }
            return writer.finish();
        }
        let widths: Vec<usize> = self
            .widest
            .iter()
            .take(columns.saturating_sub(1))
            .map(|w| (w + self.padding).max(self.min_width))
            .collect();
        // Each line is laid out in spaces, then its cells are copied in:
        // one copy a cell, none for the padding.
        let line_width: usize = widths.iter().sum::<usize>() + 1;
        let mut out: Vec<u8> = Vec::with_capacity(self.text.len() + self.lines.len() * line_width);
        for (line, cells) in self.cells.chunks(columns.max(1)).enumerate() {
            let first = line * columns;
            let length: usize = cells
                .iter()
                .enumerate()
                .map(|(j, &(end, chars))| {
                    let start = (first + j).checked_sub(1).and_then(|p| self.cells.get(p)).map_or(0, |c| c.0);
                    (end - start) as usize + widths.get(j).map_or(0, |w| w.saturating_sub(chars as usize))
                })
                .sum();
            let mut at = out.len();
            spaces(&mut out, length);
            for (j, &(_, chars)) in cells.iter().enumerate() {
                let cell = cell_text(first + j).as_bytes();
                if let Some(slot) = out.get_mut(at..at + cell.len()) {
                    slot.copy_from_slice(cell);
                }
                at += cell.len() + widths.get(j).map_or(0, |w| w.saturating_sub(chars as usize));
            }
            out.push(b'\n');
        }
        // Whole cells of the text and ASCII spaces: the bytes are UTF-8.
        String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

/// Text written with `write!` goes into the cell being written.
impl fmt::Write for Table {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.text.push_str(s);
        Ok(())
    }
}

/// The text cut into cells, kept flat: each cell with its width in
/// characters, each line as a run of cells (the last one its trailing text,
/// without the newline).
struct Cells<'t> {
    cells: Vec<(&'t str, usize)>,
    /// Index of each line's first cell, and how many it has.
    lines: Vec<(usize, usize)>,
}

impl<'t> Cells<'t> {
    fn split(text: &'t str) -> Cells<'t> {
        let mut cells = Vec::new();
        let mut lines = Vec::new();
        for line in text.split_inclusive('\n') {
            let line = line.strip_suffix('\n').unwrap_or(line);
            let first = cells.len();
            cells.extend(line.split('\t').map(|cell| (cell, char_count(cell))));
            lines.push((first, cells.len() - first));
        }
        Cells { cells, lines }
    }

    /// Whether the line has a tab-terminated cell in the column.
    fn has_column(&self, line: usize, column: usize) -> bool {
        self.lines.get(line).is_some_and(|&(_, count)| column + 1 < count)
    }

    fn width(&self, line: usize, column: usize) -> usize {
        self.lines.get(line).and_then(|&(first, _)| self.cells.get(first + column)).map_or(0, |c| c.1)
    }

    /// Each line is laid out in spaces first and its cells copied in: one
    /// copy a cell, none for the padding.
    fn write_lines(&self, from: usize, to: usize, widths: &[usize], out: &mut Vec<u8>) {
        for &(first, count) in self.lines.get(from..to).unwrap_or_default() {
            let line = self.cells.get(first..first + count).unwrap_or_default();
            let last = line.len().saturating_sub(1);
            let padding = |j: usize, chars: usize| {
                if j < last {
                    widths.get(j).copied().unwrap_or(0).saturating_sub(chars)
                } else {
                    0
                }
            };
            let length: usize =
                line.iter().enumerate().map(|(j, &(cell, chars))| cell.len() + padding(j, chars)).sum();
            let mut at = out.len();
            spaces(out, length);
            for (j, &(cell, chars)) in line.iter().enumerate() {
                if let Some(slot) = out.get_mut(at..at + cell.len()) {
                    slot.copy_from_slice(cell.as_bytes());
                }
                at += cell.len() + padding(j, chars);
            }
            out.push(b'\n');
        }
    }
}

/// Appends spaces a run at a time (one copy, rather than a byte at a time).
fn spaces(out: &mut Vec<u8>, mut count: usize) {
    const SPACES: [u8; 128] = [b' '; 128];
    while count > 0 {
        let run = count.min(SPACES.len());
        out.extend_from_slice(SPACES.get(..run).unwrap_or_default());
        count -= run;
    }
}

/// Characters in a cell; most are ASCII, where that is the length.
fn char_count(cell: &str) -> usize {
    if cell.is_ascii() {
        cell.len()
    } else {
        cell.chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_take_the_widest_cell_plus_three() {
        let mut w = TabWriter::for_tables();
        w.row(&["NAME", "STATUS", "AGE"]);
        w.row(&["ip-10-0-1-234.us-west-2.compute.internal", "Ready", "2d3h"]);
        assert_eq!(
            w.finish(),
            "NAME                                       STATUS   AGE\n\
             ip-10-0-1-234.us-west-2.compute.internal   Ready    2d3h\n"
        );
    }

    #[test]
    fn narrow_columns_are_at_least_six_wide() {
        let mut w = TabWriter::for_tables();
        w.row(&["A", "B", "C"]);
        assert_eq!(w.finish(), "A     B     C\n");
    }

    #[test]
    fn trailing_tab_pads_the_last_column() {
        let mut w = TabWriter::for_tables();
        w.push("NAME\tCPU(cores)\t\nweb\t5m\t\n");
        assert_eq!(w.finish(), "NAME   CPU(cores)   \nweb    5m           \n");
    }

    #[test]
    fn a_line_without_tabs_ends_the_column_block() {
        let mut w = TabWriter::for_describe();
        w.push("Name:\tx\nCreationTimestamp:\ty\nLease:\n  HolderIdentity:\tz\n");
        assert_eq!(
            w.finish(),
            "Name:               x\nCreationTimestamp:  y\nLease:\n  HolderIdentity:  z\n"
        );
    }

    #[test]
    fn nested_blocks_size_independently() {
        let mut w = TabWriter::for_describe();
        w.push("a\tb\tc\nlonger\tb\n");
        // Column 0 spans both lines; column 1 only the first.
        assert_eq!(w.finish(), "a       b  c\nlonger  b\n");
    }

    fn through_table(lines: &[&[&str]]) -> String {
        let mut table = Table::for_tables();
        for line in lines {
            for cell in *line {
                table.push(cell);
                table.end_cell();
            }
            table.end_line();
        }
        table.finish()
    }

    fn through_text(lines: &[&[&str]]) -> String {
        let mut writer = TabWriter::for_tables();
        for line in lines {
            writer.row(line);
        }
        writer.finish()
    }

    #[test]
    fn a_table_aligns_as_the_tabwriter_does() {
        let uniform: &[&[&str]] =
            &[&["NAME", "READY", "STATUS"], &["web-68458dcb9b-9pp26", "1/1", ""], &["ノード", "", "Running"]];
        assert_eq!(through_table(uniform), through_text(uniform));
        let ragged: &[&[&str]] = &[&["a", "b", "c"], &["longer", "b"], &["x"]];
        assert_eq!(through_table(ragged), through_text(ragged));
        assert_eq!(through_table(&[]), "");
    }

    #[test]
    fn width_counts_characters_not_bytes() {
        let mut w = TabWriter::for_tables();
        w.row(&["ノード", "x"]);
        w.row(&["ab", "y"]);
        assert_eq!(w.finish(), "ノード   x\nab    y\n");
    }
}
