//! `MultiTable.render` of the CLI's `table.py`: the sections, each scaled to
//! the widest one, between `-`/`+` rules and `|` edges, nested sections
//! indented by a `|` on each side per level. A table wider than the
//! terminal turns its one-row sections into two columns of name and value.

use super::width::text_length;

/// What the CLI assumes when it cannot ask the terminal (`default_width`),
/// and the width the page's terminal lays out for.
const TERMINAL_WIDTH: usize = 80;

/// Columns of padding around each cell's text.
const PADDING: usize = 4;

#[derive(Clone, Debug, Default)]
pub struct Section {
    /// `None` is Python's `None`: not printed, but `str(None)` still counts
    /// four columns towards the width.
    pub title: Option<String>,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub indent: usize,
    columns: Option<usize>,
    max_widths: Vec<usize>,
}

impl Section {
    pub fn new(title: Option<String>, indent: usize) -> Section {
        Section { title, indent, ..Section::default() }
    }

    fn title_length(&self) -> usize {
        self.title.as_deref().map_or(4, text_length)
    }

    pub fn add_header(&mut self, headers: Vec<String>) {
        self.update_max_widths(&headers);
        self.columns.get_or_insert(headers.len());
        self.headers = headers;
    }

    /// A row; a row of another length than the section's is Python's
    /// `ValueError`, whose message is returned.
    pub fn add_row(&mut self, row: Vec<String>) -> Result<(), String> {
        let columns = *self.columns.get_or_insert(row.len());
        if row.len() != columns {
            return Err(format!("Row should have {columns} elements, instead it has {}", row.len()));
        }
        self.update_max_widths(&row);
        self.rows.push(row);
        Ok(())
    }

    fn update_max_widths(&mut self, row: &[String]) {
        if self.max_widths.is_empty() {
            self.max_widths = row.iter().map(|cell| text_length(cell)).collect();
            return;
        }
        for (max, cell) in self.max_widths.iter_mut().zip(row) {
            *max = (*max).max(text_length(cell));
        }
    }

    /// The columns' widths with padding, scaled so they add up to
    /// `max_width` (Python's `round`, then one column at a time adjusted).
    fn column_widths(&self, max_width: usize) -> Vec<usize> {
        let unscaled: Vec<usize> = self.max_widths.iter().map(|w| w + PADDING).collect();
        let total: usize = unscaled.iter().sum();
        if unscaled.is_empty() || total == 0 {
            return unscaled;
        }
        let scale = max_width as f64 / total as f64;
        let mut scaled: Vec<i64> =
            unscaled.iter().map(|&w| (scale * w as f64).round_ties_even() as i64).collect();
        let mut off_by = scaled.iter().sum::<i64>() - max_width as i64;
        while off_by != 0 {
            let order: Vec<usize> =
                if off_by < 0 { (0..scaled.len()).rev().collect() } else { (0..scaled.len()).collect() };
            for i in order {
                let Some(w) = scaled.get_mut(i) else { continue };
                if off_by > 0 {
                    *w -= 1;
                    off_by -= 1;
                } else {
                    *w += 1;
                    off_by += 1;
                }
                if off_by == 0 {
                    break;
                }
            }
        }
        scaled.into_iter().map(|w| usize::try_from(w).unwrap_or(0)).collect()
    }

    /// `total_width(padding=4, with_border=True, outer_padding=indent)`.
    fn total_width(&self) -> usize {
        let cells: usize = self.max_widths.iter().map(|w| w + PADDING).sum();
        let border = 2 + 2 * self.indent;
        (self.title_length() + border).max(cells + border)
    }
}

/// `convert_to_vertical_table`: each one-row section with headers becomes
/// a section of (header, value) rows.
fn convert_to_vertical(sections: &mut [Section]) {
    for section in sections.iter_mut() {
        let [row] = section.rows.as_slice() else { continue };
        if section.headers.is_empty() {
            continue;
        }
        let mut vertical = Section::new(section.title.clone(), section.indent);
        for (header, cell) in section.headers.iter().zip(row) {
            // Two cells in every row: cannot mismatch.
            let _ = vertical.add_row(vec![header.clone(), cell.clone()]);
        }
        *section = vertical;
    }
}

fn max_width(sections: &[Section]) -> usize {
    sections.iter().map(Section::total_width).max().unwrap_or(0)
}

pub fn render(mut sections: Vec<Section>) -> String {
    let mut width = max_width(&sections);
    if width > TERMINAL_WIDTH {
        convert_to_vertical(&mut sections);
        width = max_width(&sections);
    }
    let mut out = "-".repeat(width);
    out.push('\n');
    for section in &sections {
        render_section(section, width, &mut out);
    }
    out
}

/// `IndentedStream.write` of one line.
fn write_line(indent: usize, line: &str, out: &mut String) {
    let edge = "|".repeat(indent);
    out.push_str(&edge);
    out.push_str(line);
    out.push_str(&edge);
    out.push('\n');
}

fn render_section(section: &Section, width: usize, out: &mut String) {
    let width = width.saturating_sub(2 * section.indent);
    let indent = section.indent;
    if let Some(title) = section.title.as_deref().filter(|t| !t.is_empty()) {
        write_line(indent, &center_text(title, width, "|", "|"), out);
        if section.headers.is_empty() && section.rows.is_empty() {
            write_line(indent, &format!("+{}+", "-".repeat(width.saturating_sub(2))), out);
        }
    }
    if !section.headers.is_empty() {
        let widths = section.column_widths(width);
        let mut line = String::new();
        for (i, (w, header)) in widths.iter().zip(&section.headers).enumerate() {
            line.push_str(&center_text(header, *w, if i == 0 { "|" } else { "" }, "|"));
        }
        write_line(indent, &rule(&widths), out);
        write_line(indent, &line, out);
    }
    if section.rows.is_empty() {
        return;
    }
    let widths = section.column_widths(width);
    if widths.is_empty() {
        return;
    }
    write_line(indent, &rule(&widths), out);
    for row in &section.rows {
        let mut line = String::new();
        for (i, (w, cell)) in widths.iter().zip(row).enumerate() {
            line.push_str(&align_left(cell, *w, if i == 0 { "|" } else { "" }, "|"));
        }
        write_line(indent, &line, out);
    }
    write_line(indent, &rule(&widths), out);
}

/// `_write_line_break`: `+----+-----+`.
fn rule(widths: &[usize]) -> String {
    let mut line = String::new();
    for (i, w) in widths.iter().enumerate() {
        if i == 0 {
            line.push_str(&format!("+{}+", "-".repeat(w.saturating_sub(2))));
        } else {
            line.push_str(&format!("{}+", "-".repeat(w.saturating_sub(1))));
        }
    }
    line
}

/// Python's `' ' * n`: nothing for a negative count.
fn spaces(n: i64) -> String {
    " ".repeat(usize::try_from(n).unwrap_or(0))
}

/// `center_text`: the left edge, the text centred, then the right edge, in
/// `length` columns (Python's arithmetic, negative counts and all).
fn center_text(text: &str, length: usize, left: &str, right: &str) -> String {
    let (length, text_length) = (length as i64, text_length(text) as i64);
    let start = length / 2 - text_length / 2 - 1;
    let so_far = left.len() as i64 + start + text_length;
    format!("{left}{}{text}{}{right}", spaces(start), spaces(length - right.len() as i64 - so_far))
}

/// `align_left`: two columns of padding when they fit, then the text.
fn align_left(text: &str, length: usize, left: &str, right: &str) -> String {
    let (length, text_length) = (length as i64, text_length(text) as i64);
    let padding =
        if length - (text_length + 2 + left.len() as i64 + right.len() as i64) >= 0 { 2 } else { 0 };
    let so_far = left.len() as i64 + padding + text_length;
    format!("{left}{}{text}{}{right}", spaces(padding), spaces(length - so_far - right.len() as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_scale_as_python_rounds() {
        let mut s = Section::new(Some("T".into()), 0);
        assert!(s.add_row(vec!["a".into(), "bb".into()]).is_ok());
        // unscaled 5 and 6; to 21: 9.545… → 10, 11.45… → 11.
        assert_eq!(s.column_widths(21), [10, 11]);
        assert_eq!(center_text("x", 2, "|", "|"), "|x|");
        assert_eq!(align_left("abc", 4, "", "|"), "abc|");
    }
}
