//! With `IDP_SMTP_URL` set, mail leaves over SMTP (lettre) instead of the outbox. The peer
//! here is a minimal SMTP receiver on loopback that records what it is given.

use std::sync::{Arc, Mutex};

use idp::config::Secret;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::app::{Backend, register_form, spawn_app_with};

async fn smtp_sink() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 sink ESMTP\r\n").await.ok();
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(message) = data.as_mut() {
                        if line == "." {
                            store.lock().unwrap().push(std::mem::take(message));
                            data = None;
                            write.write_all(b"250 queued\r\n").await.ok();
                        } else {
                            message.push_str(&line);
                            message.push_str("\r\n");
                        }
                        continue;
                    }
                    let command = line.to_ascii_uppercase();
                    let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO")
                    {
                        b"250-sink\r\n250 8BITMIME\r\n"
                    } else if command.starts_with("DATA") {
                        data = Some(String::new());
                        b"354 go ahead\r\n"
                    } else if command.starts_with("QUIT") {
                        write.write_all(b"221 bye\r\n").await.ok();
                        break;
                    } else {
                        b"250 OK\r\n"
                    };
                    write.write_all(reply).await.ok();
                }
            });
        }
    });
    (port, received)
}

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
