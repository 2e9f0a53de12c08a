//! Errors as the ECS API returns them: an exception name and a message. The
//! shell adds the CLI's "An error occurred (…) when calling the … operation: ".

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EcsError {
    /// `ClusterNotFoundException`: a `--cluster` that names no cluster.
    ClusterNotFound,
    /// `ServiceNotFoundException`.
    ServiceNotFound,
    /// `InvalidParameterException` with the API's message.
    InvalidParameter(String),
    /// `ClientException` with the API's message.
    Client(String),
}

impl EcsError {
    pub(super) fn invalid(message: &str) -> Self {
        EcsError::InvalidParameter(message.to_owned())
    }

    /// The exception name, e.g. `ServiceNotFoundException`.
    pub fn code(&self) -> &'static str {
        match self {
            EcsError::ClusterNotFound => "ClusterNotFoundException",
            EcsError::ServiceNotFound => "ServiceNotFoundException",
            EcsError::InvalidParameter(_) => "InvalidParameterException",
            EcsError::Client(_) => "ClientException",
        }
    }

    pub fn message(&self) -> &str {
        match self {
            EcsError::ClusterNotFound => "Cluster not found.",
            EcsError::ServiceNotFound => "Service not found.",
            EcsError::InvalidParameter(m) | EcsError::Client(m) => m,
        }
    }
}

impl fmt::Display for EcsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({}) {}", self.code(), self.message())
    }
}

impl std::error::Error for EcsError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_messages_read_like_the_api() {
        assert_eq!(EcsError::ServiceNotFound.code(), "ServiceNotFoundException");
        assert_eq!(EcsError::ServiceNotFound.message(), "Service not found.");
        assert_eq!(EcsError::ClusterNotFound.to_string(), "(ClusterNotFoundException) Cluster not found.");
        let e = EcsError::invalid("The referenced task was not found.");
        assert_eq!(e.code(), "InvalidParameterException");
        assert_eq!(e.message(), "The referenced task was not found.");
    }
}
