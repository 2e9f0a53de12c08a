//! Endpoints (`printEndpoints`, `formatEndpoints`): up to three ready
//! `ip:port` pairs, port by port, then how many more.

use super::row::Row;
use super::{column, Column};
use crate::sim::service::Endpoints;
use crate::sim::Cluster;

pub const COLUMNS: &[Column] = &[column("NAME"), column("ENDPOINTS"), column("AGE")];

/// How many addresses `formatEndpoints` shows.
const SHOWN: usize = 3;

pub fn write(cluster: &Cluster, endpoints: &Endpoints, row: &mut Row<'_>) {
    row.text(&endpoints.meta.name);
    row.text(&format(endpoints));
    row.age(cluster, endpoints.meta.created);
}

/// `<none>` without addresses; not-ready addresses are kept apart and not
/// shown, so a Service whose pods are all unready shows an empty cell.
fn format(endpoints: &Endpoints) -> String {
    if endpoints.addresses.is_empty() {
        return "<none>".to_owned();
    }
    let ready: Vec<&str> = endpoints.addresses.iter().filter(|a| a.ready).map(|a| a.ip.as_str()).collect();
    let entries: Vec<String> = if endpoints.ports.is_empty() {
        ready.iter().map(|ip| (*ip).to_owned()).collect()
    } else {
        endpoints
            .ports
            .iter()
            .flat_map(|port| ready.iter().map(move |ip| format!("{ip}:{}", port.target_port)))
            .collect()
    };
    let shown = entries.get(..SHOWN).unwrap_or(&entries).join(",");
    if entries.len() > SHOWN {
        format!("{shown} + {} more...", entries.len() - SHOWN)
    } else {
        shown
    }
}
