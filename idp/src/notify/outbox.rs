//! The development outbox: mails written as `.eml` files, private to the provider's user
//! (they carry live links), and read back, decoded, for `idp outbox`, the demo's console
//! and the tests.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::private_files;

/// Creates the mail directory 0700 and makes private what an earlier version left readable:
/// the directory, its parent (the outbox, beside `sms.jsonl`) and every mail in it.
pub fn prepare_mail_dir(dir: &Path) -> std::io::Result<()> {
    private_files::create_dir(dir)?;
    if let Some(outbox) = dir.parent() {
        private_files::tighten(outbox, private_files::DIR_MODE)?;
    }
    for entry in std::fs::read_dir(dir)?.flatten() {
        if entry.path().extension().is_some_and(|x| x == "eml") {
            private_files::tighten(&entry.path(), private_files::FILE_MODE)?;
        }
    }
    Ok(())
}

/// Writes one mail as `<dir>/<random>.eml`, mode 0600 from the start. It is written whole
/// under a temporary name first, so a reader never sees half a mail.
pub async fn write_mail(dir: &Path, raw: Vec<u8>) -> std::io::Result<()> {
    let name = crate::secrets::random_hex(16);
    let (partial, done) = (
        dir.join(format!(".{name}.eml.part")),
        dir.join(format!("{name}.eml")),
    );
    tokio::task::spawn_blocking(move || {
        let mut file = private_files::options()
            .write(true)
            .create_new(true)
            .open(&partial)?;
        let written = file
            .write_all(&raw)
            .and_then(|()| file.sync_data())
            .and_then(|()| std::fs::rename(&partial, &done));
        if written.is_err() {
            let _ = std::fs::remove_file(&partial);
        }
        written
    })
    .await
    .map_err(std::io::Error::other)?
}

#[derive(Debug, Clone)]
pub struct OutboxMail {
    pub path: PathBuf,
    pub written: SystemTime,
    pub to: String,
    pub subject: String,
    /// The text, decoded from quoted-printable, with `\n` line ends.
    pub body: String,
}

impl OutboxMail {
    /// The first URL in the body that starts with `prefix`.
    pub fn link(&self, prefix: &str) -> Option<String> {
        let start = self.body.find(prefix)?;
        self.body[start..]
            .split_whitespace()
            .next()
            .map(str::to_owned)
    }
}

/// Every mail in `<dir>` (oldest first), only those to `to` when given.
pub fn read(dir: &Path, to: Option<&str>) -> Vec<OutboxMail> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut mails: Vec<OutboxMail> = entries
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .filter_map(|e| {
            let written = e
                .metadata()
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH);
            let raw = std::fs::read_to_string(e.path()).ok()?;
            parse(&raw, e.path(), written)
        })
        .filter(|m| to.is_none_or(|to| m.to.to_lowercase().contains(&to.to_lowercase())))
        .collect();
    mails.sort_by_key(|m| m.written);
    mails
}

fn parse(raw: &str, path: PathBuf, written: SystemTime) -> Option<OutboxMail> {
    let (head, body) = raw.split_once("\r\n\r\n")?;
    // A long header (a subject in encoded words) is folded over lines that start with a space.
    let head = head.replace("\r\n ", " ").replace("\r\n\t", " ");
    let header = |name: &str| {
        head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name)
                .then(|| value.trim().to_owned())
        })
    };
    let quoted_printable = header("Content-Transfer-Encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("quoted-printable"));
    let body = if quoted_printable {
        decode_quoted_printable(body)
    } else {
        body.to_owned()
    };
    Some(OutboxMail {
        path,
        written,
        to: header("To")?,
        subject: decode_subject(&header("Subject").unwrap_or_default()),
        body: body.replace("\r\n", "\n"),
    })
}

pub fn decode_quoted_printable(text: &str) -> String {
    let text = text.replace("=\r\n", "");
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && let Some(byte) = text
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Decodes RFC 2047 `=?utf-8?b?...?=` words (lettre's form for non-ASCII subjects). The
/// space between two encoded words is no text, and a character may be split across them, so
/// adjacent words are decoded together.
fn decode_subject(subject: &str) -> String {
    use base64::Engine;
    let encoded = |word: &str| {
        let inner = word
            .get(..10)
            .filter(|p| p.eq_ignore_ascii_case("=?utf-8?b?"))
            .and(word.get(10..word.len().checked_sub(2)?))
            .filter(|_| word.ends_with("?="))?;
        base64::engine::general_purpose::STANDARD.decode(inner).ok()
    };
    let mut words: Vec<String> = Vec::new();
    let mut bytes: Option<Vec<u8>> = None;
    for word in subject.split_whitespace() {
        match (encoded(word), &mut bytes) {
            (Some(more), Some(held)) => held.extend(more),
            (Some(more), None) => bytes = Some(more),
            (None, _) => {
                words.extend(
                    bytes
                        .take()
                        .map(|b| String::from_utf8_lossy(&b).into_owned()),
                );
                words.push(word.to_owned());
            }
        }
    }
    words.extend(bytes.map(|b| String::from_utf8_lossy(&b).into_owned()));
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_is_decoded() {
        assert_eq!(
            decode_quoted_printable("a=3Db=\r\ncd caf=C3=A9"),
            "a=bcd café"
        );
        assert_eq!(decode_quoted_printable("trailing ="), "trailing =");
    }

    #[test]
    fn a_folded_subject_in_encoded_words_is_decoded_whole() {
        let raw = "To: a@example.eu\r\nSubject: =?utf-8?b?RVJOIDogw6k=?=\r\n =?utf-8?b?w6k=?= \r\n\r\nbody";
        let mail = parse(raw, PathBuf::new(), SystemTime::UNIX_EPOCH);
        assert_eq!(mail.map(|m| m.subject).as_deref(), Some("ERN : éé"));
        // A character split across two encoded words.
        assert_eq!(decode_subject("=?utf-8?b?ww==?= =?utf-8?b?qQ==?="), "é");
        assert_eq!(decode_subject("=?UTF-8?B?w6k=?= plain"), "é plain");
        assert_eq!(
            decode_subject("=?utf-8?b?w6?= plain"),
            "=?utf-8?b?w6?= plain"
        );
        assert_eq!(decode_subject("just text"), "just text");
    }
}
