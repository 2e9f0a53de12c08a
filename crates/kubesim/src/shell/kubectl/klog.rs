//! klog's lines, as kubectl's deprecation warnings, client-go's unhandled
//! errors and fatal exits print them: `Lmmdd hh:mm:ss.uuuuuu PID
//! file:line] message`, in UTC.

use crate::sim::Timestamp;

/// klog's severity letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Severity {
    Warning,
    Error,
    Fatal,
}

/// The process ID a kubectl run reports in its klog lines; any number would
/// do.
pub(super) const KUBECTL_PID: u32 = 48213;

/// One line, newline-terminated. Every kubectl run is its own process, so
/// the caller names the process ID it would have had; `source` is
/// `file.go:line`.
pub(super) fn line(severity: Severity, now: Timestamp, pid: u32, source: &str, message: &str) -> String {
    let letter = match severity {
        Severity::Warning => 'W',
        Severity::Error => 'E',
        Severity::Fatal => 'F',
    };
    let stamp = now.to_string();
    let month = stamp.get(5..7).unwrap_or("01");
    let day = stamp.get(8..10).unwrap_or("01");
    let clock = stamp.get(11..19).unwrap_or("00:00:00");
    let micros = now.unix_millis().rem_euclid(1_000) * 1_000;
    format!("{letter}{month}{day} {clock}.{micros:06} {pid:>7} {source}] {message}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_pads_the_process_id() {
        let now = Timestamp::from_utc(2025, 6, 12, 9, 0, 0);
        assert_eq!(
            line(Severity::Fatal, now, 1, "sorter.go:329", "boom"),
            "F0612 09:00:00.000000       1 sorter.go:329] boom\n"
        );
    }
}
