//! Go's `text/tabwriter`, as kubectl configures it. Text is split into cells at
//! tabs; a column block (consecutive lines that all have a tab-terminated cell
//! in that column) is padded to its widest cell plus `padding`, and at least
//! `min_width`. The text after a line's last tab is written as it is.

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
        let mut lines: Vec<Vec<&str>> = self.text.split_inclusive('\n').map(split_cells).collect();
        if lines.is_empty() {
            return String::new();
        }
        // Each line's last cell is its trailing text; only the others are
        // columns. Strip newlines now; they are put back as lines are written.
        for line in &mut lines {
            if let Some(last) = line.last_mut() {
                *last = last.strip_suffix('\n').unwrap_or(last);
            }
        }
        let ends_with_newline = self.text.ends_with('\n');
        let mut out = String::with_capacity(self.text.len() * 2);
        let mut widths = Vec::new();
        self.format(&lines, 0, lines.len(), &mut widths, &mut out);
        if !ends_with_newline {
            out.pop();
        }
        out
    }

    /// Go's recursive `format`: finds the column blocks of column
    /// `widths.len()` between `line0` and `line1`, sizes each, and recurses into
    /// it for the next column.
    fn format(
        &self,
        lines: &[Vec<&str>],
        mut line0: usize,
        line1: usize,
        widths: &mut Vec<usize>,
        out: &mut String,
    ) {
        let column = widths.len();
        let mut this = line0;
        while this < line1 {
            if column + 1 >= lines[this].len() {
                this += 1;
                continue;
            }
            write_lines(lines, line0, this, widths, out);
            line0 = this;
            let mut width = self.min_width;
            while this < line1 && column + 1 < lines[this].len() {
                width = width.max(lines[this][column].chars().count() + self.padding);
                this += 1;
            }
            widths.push(width);
            self.format(lines, line0, this, widths, out);
            widths.pop();
            line0 = this;
        }
        write_lines(lines, line0, line1, widths, out);
    }
}

fn split_cells(line: &str) -> Vec<&str> {
    line.split('\t').collect()
}

fn write_lines(lines: &[Vec<&str>], from: usize, to: usize, widths: &[usize], out: &mut String) {
    for line in &lines[from..to] {
        for (j, cell) in line.iter().enumerate() {
            out.push_str(cell);
            if j + 1 < line.len() {
                let width = widths.get(j).copied().unwrap_or(0);
                let pad = width.saturating_sub(cell.chars().count());
                out.extend(std::iter::repeat_n(' ', pad));
            }
        }
        out.push('\n');
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

    #[test]
    fn width_counts_characters_not_bytes() {
        let mut w = TabWriter::for_tables();
        w.row(&["ノード", "x"]);
        w.row(&["ab", "y"]);
        assert_eq!(w.finish(), "ノード   x\nab    y\n");
    }
}
