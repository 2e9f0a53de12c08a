//! What a request to `http://localhost:8080` gets when nothing listens there:
//! `connection refused`. Discovery through client-go's memory cache logs each
//! failed attempt with klog (`memcache.go`, `utilruntime.HandleError`, whose
//! structured form kubectl prints with contextual logging off), and
//! kubectl's `CheckErr` turns the final `*url.Error` into its own sentence.

use crate::shell::kubectl::klog::{self, Severity, KUBECTL_PID};
use crate::shell::printer::go_format::quote;
use crate::shell::Output;
use crate::sim::{Duration, Timestamp};

/// Where client-go sends requests when no kubeconfig names a server.
pub const SERVER: &str = "localhost:8080";

/// The error of the discovery request, as `url.Error` prints it.
pub const DISCOVERY_ERROR: &str =
    "Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused";

/// One klog line per failed refresh of the discovery cache, a millisecond
/// apart (each is a fresh connection attempt).
pub fn discovery_errors(now: Timestamp, attempts: usize) -> String {
    let err = quote(&format!("couldn't get current server API group list: {DISCOVERY_ERROR}"));
    (0..attempts)
        .map(|i| {
            let at = now + Duration::from_millis(i64::try_from(i).unwrap_or(i64::MAX));
            klog::line(
                Severity::Error,
                at,
                KUBECTL_PID,
                "memcache.go:265",
                &format!("\"Unhandled Error\" err={err}"),
            )
        })
        .collect()
}

/// `StandardErrorMessage` for a refused connection, exit status 1.
pub fn connection_refused() -> Output {
    Output::failure(
        1,
        format!(
            "The connection to the server {SERVER} was refused - did you specify the right host or port?\n"
        ),
    )
}

/// The discovery errors, then the refusal.
pub fn after_discovery(now: Timestamp, attempts: usize) -> Output {
    let mut out = Output::default();
    out.err(discovery_errors(now, attempts));
    out.chunks.extend(connection_refused().chunks);
    out.status = 1;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_attempt_is_one_structured_klog_line() {
        let now = Timestamp::from_utc(2025, 6, 12, 9, 0, 0);
        let text = discovery_errors(now, 2);
        assert_eq!(
            text.lines().next(),
            Some(
                "E0612 09:00:00.000000   48213 memcache.go:265] \"Unhandled Error\" err=\"couldn't get current server API group list: Get \\\"http://localhost:8080/api?timeout=32s\\\": dial tcp 127.0.0.1:8080: connect: connection refused\""
            )
        );
        assert!(text.lines().nth(1).is_some_and(|l| l.starts_with("E0612 09:00:00.001000 ")));
    }
}
