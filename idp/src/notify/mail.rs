//! Sending mail: written as `.eml` files to the outbox in development, SMTP in production.

use std::path::PathBuf;

use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::outbox;

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid address: {0}")]
    Address(String),
    #[error("mail could not be built: {0}")]
    Build(String),
    #[error("mail could not be sent: {0}")]
    Send(String),
}

#[derive(Clone)]
enum Transport {
    /// `echo`: also print each mail on standard output (the demo does, so links are one
    /// click away; the outbox is a development transport, never production).
    Outbox {
        dir: PathBuf,
        echo: bool,
    },
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
}

impl Mailer {
    /// Writes every mail as one `.eml` file (mode 0600) under `dir` (created 0700 when
    /// missing; the mails already there are made private too).
    pub fn outbox(dir: PathBuf, from: &str, echo: bool) -> Result<Self, MailError> {
        outbox::prepare_mail_dir(&dir)
            .map_err(|e| MailError::Send(format!("{}: {e}", dir.display())))?;
        Ok(Self {
            from: from
                .parse()
                .map_err(|e| MailError::Address(format!("{from}: {e}")))?,
            transport: Transport::Outbox { dir, echo },
        })
    }

    /// `smtps://user:pass@host:465` (TLS), `smtp://user:pass@host:587?tls=required`
    /// (STARTTLS), or `smtp://host:25` (plain, only for a local relay or a mail sink).
    pub fn smtp(url: &str, from: &str) -> Result<Self, MailError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| MailError::Send(format!("invalid SMTP URL: {e}")))?
            .build();
        Ok(Self {
            from: from
                .parse()
                .map_err(|e| MailError::Address(format!("{from}: {e}")))?,
            transport: Transport::Smtp(transport),
        })
    }

    /// Sends (or writes to the outbox) one plain-text mail.
    pub async fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), MailError> {
        let sent = self.deliver(to, subject, body).await;
        crate::metrics::mail(sent.is_ok());
        sent
    }

    async fn deliver(&self, to: &str, subject: &str, body: &str) -> Result<(), MailError> {
        let (to_text, text) = (to.to_owned(), body.to_owned());
        let to: Mailbox = to.parse().map_err(|e| MailError::Address(format!("{e}")))?;
        // Quoted-printable: links are longer than the 76 characters a line may have in
        // 7bit/8bit, and QP keeps the text readable in a raw .eml.
        let crlf = body.replace("\r\n", "\n").replace('\n', "\r\n");
        let body = Body::new_with_encoding(crlf, ContentTransferEncoding::QuotedPrintable)
            .unwrap_or_else(Body::new);
        let part = SinglePart::builder()
            .header(ContentType::TEXT_PLAIN)
            .body(body);
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .singlepart(part)
            .map_err(|e| MailError::Build(e.to_string()))?;
        match &self.transport {
            Transport::Outbox { dir, echo } => {
                outbox::write_mail(dir, message.formatted())
                    .await
                    .map_err(|e| MailError::Send(e.to_string()))?;
                if *echo {
                    println!("\n--- mail to {to_text}: {subject}\n{text}---");
                }
                Ok(())
            }
            Transport::Smtp(t) => t
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Send(e.to_string())),
        }
    }
}
