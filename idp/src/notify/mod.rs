//! Mail and SMS transports and the texts they carry.

pub mod i18n;
mod mail;
pub mod outbox;
pub mod sms;

pub use i18n::MailKind;
pub use mail::{MailError, Mailer};
