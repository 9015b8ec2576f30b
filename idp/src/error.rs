//! The domain error: infrastructure failures only. Expected outcomes (a wrong password, an
//! expired link) are values of the flows' own result types, not errors.

use crate::accounts::password::HashError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Too much work queued (password hashing); the client should retry shortly.
    #[error("busy")]
    Busy,
    /// A service we depend on (the SMS gateway) failed; retrying later may work.
    #[error("upstream: {0}")]
    Upstream(String),
    #[error("internal: {0}")]
    Internal(String),
}

impl Error {
    /// A stable code for logs and error pages.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Store(StoreError::Unavailable(_)) => "store_unavailable",
            Error::Store(StoreError::Backend(_)) => "store_error",
            Error::Busy => "busy",
            Error::Upstream(_) => "upstream_unavailable",
            Error::Internal(_) => "internal",
        }
    }

    /// True when retrying later may succeed (maps to 503).
    pub fn is_temporary(&self) -> bool {
        matches!(
            self,
            Error::Busy | Error::Upstream(_) | Error::Store(StoreError::Unavailable(_))
        )
    }
}

impl From<HashError> for Error {
    fn from(e: HashError) -> Self {
        match e {
            // Both temporary: a 503 asking to try again.
            HashError::Busy | HashError::NoMemory => Error::Busy,
            HashError::Failed(msg) => Error::Internal(msg),
        }
    }
}
