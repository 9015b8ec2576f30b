//! With `IDP_SMTP_URL` set, mail leaves over SMTP (lettre) instead of the outbox, to the
//! receiver in `smtp_sink.rs`.

use idp::config::Secret;

use crate::app::{Backend, register_form, spawn_app_with};
use crate::smtp_sink::smtp_sink;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mails_go_out_over_smtp_when_configured() {
    let (port, received) = smtp_sink().await;
    let app = spawn_app_with(Backend::Embedded, |c| {
        c.smtp_url = Some(Secret::new(format!("smtp://127.0.0.1:{port}")));
        c.mail_from = "ERN Login <login@example.eu>".into();
    })
    .await;
    assert_eq!(
        register_form(&app.browser(), "smtp@example.eu", "en")
            .await
            .status,
        200
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while received.lock().unwrap().is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "no mail arrived over SMTP"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let raw = received.lock().unwrap()[0].clone();
    assert!(raw.contains("To: smtp@example.eu"), "{raw}");
    assert!(
        raw.contains("From: \"ERN Login\" <login@example.eu>")
            || raw.contains("From: ERN Login <login@example.eu>"),
        "{raw}"
    );
    let body = idp::notify::outbox::decode_quoted_printable(raw.split_once("\r\n\r\n").unwrap().1);
    assert!(
        body.contains(&format!("{}/register/confirm?token=", app.base)),
        "{body}"
    );
    assert!(
        !app.data_dir
            .join("outbox/mail")
            .read_dir()
            .is_ok_and(|mut d| d.next().is_some()),
        "nothing in the outbox"
    );
}
