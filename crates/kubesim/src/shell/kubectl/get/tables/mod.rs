//! Tables as `kubectl get` prints them. The API server builds each table
//! (`printers.go`: every column, the `-o wide` ones included), and kubectl
//! decorates it (NAMESPACE first, `kind/` before names, `-L` and LABELS
//! columns last), hides the wide columns unless asked, and aligns it.

mod daemonsets;
mod deployments;
mod endpoints;
mod events;
mod leases;
mod namespaces;
mod nodes;
mod pdbs;
mod pods;
mod replicasets;
mod row;
mod services;

use std::borrow::Cow;
use std::collections::HashMap;

use super::super::objects::Object;
use super::super::resource::ResourceType;
use super::fetch::Info;
use crate::shell::printer::{format_labels, Table};
use crate::sim::pod::Container;
use crate::sim::{Cluster, Selector};
use row::Row;

/// What the printers show for a missing value.
const NONE: &str = "<none>";

/// A column of the server's table; `wide` ones have priority 1.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// The column name upper-cased, as kubectl prints it.
    pub header: &'static str,
    pub wide: bool,
}

const fn column(header: &'static str) -> Column {
    Column { header, wide: false }
}

const fn wide(header: &'static str) -> Column {
    Column { header, wide: true }
}

/// A type's columns, and which one holds the name (`Format: "name"`).
fn columns(resource: ResourceType) -> (&'static [Column], usize) {
    match resource {
        ResourceType::Nodes => (nodes::COLUMNS, 0),
        ResourceType::Pods => (pods::COLUMNS, 0),
        ResourceType::Deployments => (deployments::COLUMNS, 0),
        ResourceType::ReplicaSets => (replicasets::COLUMNS, 0),
        ResourceType::DaemonSets => (daemonsets::COLUMNS, 0),
        ResourceType::Services => (services::COLUMNS, 0),
        ResourceType::Endpoints => (endpoints::COLUMNS, 0),
        ResourceType::Events => (events::COLUMNS, events::NAME_COLUMN),
        ResourceType::Namespaces => (namespaces::COLUMNS, 0),
        ResourceType::PodDisruptionBudgets => (pdbs::COLUMNS, 0),
        ResourceType::Leases => (leases::COLUMNS, 0),
    }
}

/// Writes the object's cells, every column's (wide ones included), in
/// column order.
fn write_cells(cluster: &Cluster, object: &Object<'_>, row: &mut Row<'_>) {
    match object {
        Object::Node(node) => nodes::write(cluster, node, row),
        Object::Pod(pod) => pods::write(cluster, pod, row),
        Object::Deployment(d) => deployments::write(cluster, d, row),
        Object::ReplicaSet(rs) => replicasets::write(cluster, rs, row),
        Object::DaemonSet(ds) => daemonsets::write(cluster, ds, row),
        Object::Service(service) => services::write(cluster, service, row),
        Object::Endpoints(endpoints) => endpoints::write(cluster, endpoints, row),
        Object::Event(event) => events::write(cluster, event, row),
        Object::Namespace(namespace) => namespaces::write(cluster, namespace, row),
        Object::PodDisruptionBudget(pdb) => pdbs::write(cluster, pdb, row),
        Object::Lease(lease) => leases::write(cluster, lease, row),
    }
}

/// CONTAINERS and IMAGES: `layoutContainerCells`.
fn containers_and_images(containers: &[Container]) -> [String; 2] {
    [
        containers.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(","),
        containers.iter().map(|c| c.image.as_str()).collect::<Vec<_>>().join(","),
    ]
}

/// A `matchLabels` selector as `LabelSelectorAsSelector(...).String()`
/// writes it: `key=value` by key, comma-separated.
fn selector_text(selector: &Selector) -> String {
    selector.0.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(",")
}

/// `metav1.FormatLabelSelector`: the same, `<none>` when empty.
fn format_selector(selector: &Selector) -> String {
    if selector.0.is_empty() {
        NONE.to_owned()
    } else {
        selector_text(selector)
    }
}

/// How kubectl decorates and shows the tables.
#[derive(Clone, Copy, Debug)]
pub struct Layout<'o> {
    pub wide: bool,
    pub no_headers: bool,
    pub show_labels: bool,
    /// `-L` keys.
    pub label_columns: &'o [String],
    pub all_namespaces: bool,
    /// Prefix names with `kind/` (several types, or `--show-kind`).
    pub with_kind: bool,
}

/// The table being written: one per run of objects of the same type.
struct Current {
    resource: ResourceType,
    table: Table,
    headers_printed: bool,
    /// AGE texts made so far, by whole seconds.
    ages: HashMap<i64, String>,
}

/// Prints the tables of one command as `kubectl get` does: a new table
/// (and header) whenever the type changes, an empty line between tables
/// unless headers are off, and nothing at all for an empty one. What one
/// request after another returns of the same type is one table.
pub struct TablePrinter<'o> {
    layout: Layout<'o>,
    out: String,
    current: Option<Current>,
    /// An empty line is due before the next table's first line.
    separator: bool,
}

impl<'o> TablePrinter<'o> {
    pub fn new(layout: Layout<'o>) -> Self {
        TablePrinter { layout, out: String::new(), current: None, separator: false }
    }

    pub fn print(&mut self, cluster: &Cluster, info: &Info<'_>) {
        let same_type = self.current.as_ref().is_some_and(|c| c.resource == info.resource);
        if !same_type {
            let had_table = self.current.is_some();
            self.flush();
            if had_table && !self.layout.no_headers && !self.out.is_empty() {
                self.separator = true;
            }
            self.current = Some(Current {
                resource: info.resource,
                table: Table::for_tables(),
                headers_printed: false,
                ages: HashMap::new(),
            });
        }
        if info.objects.is_empty() {
            return;
        }
        let layout = self.layout;
        let Some(current) = self.current.as_mut() else { return };
        let (columns, name_column) = columns(info.resource);
        let with_namespace = layout.all_namespaces && info.resource.namespaced();
        if !layout.no_headers && !current.headers_printed {
            for cell in header(&layout, columns, with_namespace) {
                current.table.push(&cell);
                current.table.end_cell();
            }
            current.table.end_line();
            current.headers_printed = true;
        }
        let shown = columns.iter().filter(|c| layout.wide || !c.wide).count();
        let added =
            usize::from(with_namespace) + layout.label_columns.len() + usize::from(layout.show_labels);
        current.table.reserve(info.objects.len(), shown + added);
        let kind = info.resource.qualified_kind();
        for object in &info.objects {
            let mut row = Row::new(&mut current.table, columns, &mut current.ages);
            row.name_column = name_column;
            row.kind = layout.with_kind.then_some(kind.as_str());
            row.wide = layout.wide;
            if with_namespace {
                row.decoration(object.namespace());
            }
            write_cells(cluster, object, &mut row);
            if !layout.label_columns.is_empty() || layout.show_labels {
                let labels = object.labels();
                for key in layout.label_columns {
                    row.decoration(labels.get(key).map_or("", String::as_str));
                }
                if layout.show_labels {
                    row.decoration(&format_labels(labels));
                }
            }
            current.table.end_line();
        }
    }

    /// Everything printed, the last table included.
    pub fn finish(mut self) -> String {
        self.flush();
        self.out
    }

    fn flush(&mut self) {
        let Some(current) = self.current.take() else { return };
        let text = current.table.finish();
        if text.is_empty() {
            return;
        }
        if self.separator {
            self.out.push('\n');
            self.separator = false;
        }
        if self.out.is_empty() {
            self.out = text;
        } else {
            self.out.push_str(&text);
        }
    }
}

fn header(layout: &Layout<'_>, columns: &[Column], with_namespace: bool) -> Vec<Cow<'static, str>> {
    let mut header = Vec::new();
    if with_namespace {
        header.push(Cow::Borrowed("NAMESPACE"));
    }
    header.extend(columns.iter().filter(|c| layout.wide || !c.wide).map(|c| Cow::Borrowed(c.header)));
    // `-L` headers are the key's last path segment.
    header.extend(
        layout
            .label_columns
            .iter()
            .map(|key| Cow::Owned(key.rsplit('/').next().unwrap_or(key).to_uppercase())),
    );
    if layout.show_labels {
        header.push(Cow::Borrowed("LABELS"));
    }
    header
}

/// kubectl cuts a cell at its first line break (adding `...`) and shows an
/// escape character as `^[`. Names, labels and the other fields the API
/// validates cannot hold these, so only free text (an event's message)
/// goes through here.
fn escape(cell: &str) -> Cow<'_, str> {
    if !cell.bytes().any(|b| matches!(b, b'\n' | b'\r' | b'\x0c' | b'\x1b')) {
        return Cow::Borrowed(cell);
    }
    Cow::Owned(match cell.find(['\n', '\r', '\x0c']) {
        Some(cut) => format!("{}...", cell.get(..cut).unwrap_or_default().replace('\x1b', "^[")),
        None => cell.replace('\x1b', "^["),
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::objects::Scope;
    use super::*;

    #[test]
    fn cells_are_cut_at_line_breaks() {
        assert_eq!(escape("plain"), "plain");
        assert_eq!(escape("first\nsecond"), "first...");
        assert_eq!(escape("a\x1bb"), "a^[b");
    }

    /// Every line must have as many cells as the header, or the table
    /// would not align as one.
    #[test]
    fn every_object_writes_one_cell_a_column() {
        let Some(Ok((_, cluster))) = crate::scenario::builtin("fargate", None) else {
            panic!("fargate scenario")
        };
        for resource in ResourceType::ALL {
            let (columns, _) = columns(resource);
            let objects = super::super::super::objects::list(&cluster, resource, Scope::All);
            assert!(!objects.is_empty() || resource == ResourceType::Events, "{resource:?}");
            for object in &objects {
                let mut table = Table::for_tables();
                let mut ages = HashMap::new();
                let mut row = Row::new(&mut table, columns, &mut ages);
                row.wide = true;
                write_cells(&cluster, object, &mut row);
                assert_eq!(row.written(), columns.len(), "{resource:?}");
            }
        }
    }

    #[test]
    fn every_type_names_its_name_column() {
        for resource in ResourceType::ALL {
            let (columns, name) = columns(resource);
            assert_eq!(columns.get(name).map(|c| c.header), Some("NAME"), "{resource:?}");
        }
    }
}
