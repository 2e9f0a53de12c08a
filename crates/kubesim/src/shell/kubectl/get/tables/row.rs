//! A line of a table being written: the cells the per-type modules give,
//! in column order, as kubectl shows them.

use std::collections::HashMap;
use std::fmt::{self, Write as _};

use super::Column;
use crate::shell::printer::{HumanDuration, Table};
use crate::sim::{Cluster, Timestamp};

/// One line of a table: the server's cells in column order, of which
/// kubectl shows the wide ones only with `-o wide` and prefixes the name
/// with its kind when asked, between the cells it adds itself.
pub struct Row<'p> {
    table: &'p mut Table,
    columns: &'static [Column],
    /// The column `kind` goes before.
    pub name_column: usize,
    pub kind: Option<&'p str>,
    /// Show the wide columns.
    pub wide: bool,
    /// The server's column the next cell belongs to.
    next: usize,
    /// AGE texts made so far, by whole seconds.
    ages: &'p mut HashMap<i64, String>,
}

/// Writes a number's digits, as `Display` does, without the formatter.
fn push_decimal(table: &mut Table, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    // ASCII digits.
    table.push(std::str::from_utf8(digits.get(at..).unwrap_or_default()).unwrap_or_default());
}

impl<'p> Row<'p> {
    /// A row of `columns`, none wide shown, no kind.
    pub fn new(table: &'p mut Table, columns: &'static [Column], ages: &'p mut HashMap<i64, String>) -> Self {
        Row { table, columns, name_column: 0, kind: None, wide: false, next: 0, ages }
    }

    /// How many server cells have been written (shown or not).
    #[cfg(test)]
    pub fn written(&self) -> usize {
        self.next
    }

    pub fn text(&mut self, cell: &str) {
        if self.begin_cell() {
            self.table.push(cell);
            self.table.end_cell();
        }
    }

    pub fn display(&mut self, cell: impl fmt::Display) {
        if self.begin_cell() {
            // Writing into a String cannot fail.
            let _ = write!(self.table, "{cell}");
            self.table.end_cell();
        }
    }

    /// Moves to the next server column and, when it is shown, starts its
    /// cell (with the kind, for the name); false when it is hidden.
    fn begin_cell(&mut self) -> bool {
        let column = self.next;
        self.next += 1;
        if !self.columns.get(column).is_some_and(|c| self.wide || !c.wide) {
            return false;
        }
        if let Some(kind) = self.kind.filter(|_| column == self.name_column) {
            self.table.push(kind);
            self.table.push("/");
        }
        true
    }

    /// AGE and the other "time since" cells. Many objects share an age (a
    /// ReplicaSet's pods are made together), so each text is made once.
    pub fn age(&mut self, cluster: &Cluster, since: Timestamp) {
        if self.begin_cell() {
            let elapsed = cluster.now() - since;
            let text =
                self.ages.entry(elapsed.whole_secs()).or_insert_with(|| HumanDuration(elapsed).to_string());
            self.table.push(text);
            self.table.end_cell();
        }
    }

    pub fn number(&mut self, n: usize) {
        if self.begin_cell() {
            push_decimal(self.table, n);
            self.table.end_cell();
        }
    }

    /// `READY`-style `n/m`.
    pub fn ratio(&mut self, n: usize, m: usize) {
        if self.begin_cell() {
            push_decimal(self.table, n);
            self.table.push("/");
            push_decimal(self.table, m);
            self.table.end_cell();
        }
    }

    /// A cell kubectl adds around the server's (namespace, labels).
    pub fn decoration(&mut self, cell: &str) {
        self.table.push(cell);
        self.table.end_cell();
    }
}
