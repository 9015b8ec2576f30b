//! `jwt::verify`, which checks the tokens we signed (access tokens at userinfo, ID token
//! hints, logout tokens), against tokens signed with our own key whose bytes are not ones
//! we write: each is refused.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use idp::jwt::{JwtError, verify};
use idp::keys::Alg;
use serde_json::Value;

use crate::app::{Backend, TestApp, spawn_app};

/// A compact JWS of these exact header and payload bytes, signed with our active ES256 key.
async fn signed(app: &TestApp, header: &str, payload: &str) -> String {
    let (kid, key) = app
        .provider
        .keys
        .active(Alg::ES256, app.clock_now())
        .await
        .unwrap();
    let header = header.replace("KID", &kid);
    let input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header),
        URL_SAFE_NO_PAD.encode(payload)
    );
    let signature = key.sign(input.as_bytes()).unwrap();
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature))
}

async fn check(app: &TestApp, token: &str) -> Result<Value, JwtError> {
    verify::<Value>(&app.provider.keys, token, "at+jwt", app.clock_now(), false).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_tokens_we_write_verify() {
    let app = spawn_app(Backend::Embedded).await;
    let exp = app.clock_now() + 300;
    let header = r#"{"alg":"ES256","kid":"KID","typ":"at+jwt"}"#;
    let payload = format!(r#"{{"sub":"a","exp":{exp}}}"#);
    let good = signed(&app, header, &payload).await;
    assert_eq!(check(&app, &good).await.unwrap()["sub"], "a");
    // Twice: the second time from the remembered signature, with the same checks around it.
    assert!(check(&app, &good).await.is_ok());

    let refused = [
        // A header or claims that are no object.
        (r#"["KID","ES256","at+jwt"]"#.to_owned(), payload.clone()),
        (header.to_owned(), format!(r#"[{{"exp":{exp}}}]"#)),
        // A header member written with an escape.
        (
            r#"{"alg":"ES\u0032\u0035\u0036","kid":"KID","typ":"at+jwt"}"#.to_owned(),
            payload.clone(),
        ),
        // A member twice.
        (
            r#"{"alg":"ES256","kid":"KID","typ":"JWT","typ":"at+jwt"}"#.to_owned(),
            payload.clone(),
        ),
        // Another type, another algorithm than the key's, no key id.
        (
            r#"{"alg":"ES256","kid":"KID","typ":"JWT"}"#.to_owned(),
            payload.clone(),
        ),
        (
            r#"{"alg":"RS256","kid":"KID","typ":"at+jwt"}"#.to_owned(),
            payload.clone(),
        ),
        (
            r#"{"alg":"ES256","typ":"at+jwt"}"#.to_owned(),
            payload.clone(),
        ),
        // No expiry, an expiry that is no integer, one in the past.
        (header.to_owned(), r#"{"sub":"a"}"#.to_owned()),
        (header.to_owned(), format!(r#"{{"sub":"a","exp":"{exp}"}}"#)),
        (
            header.to_owned(),
            format!(r#"{{"sub":"a","exp":{}}}"#, app.clock_now()),
        ),
    ];
    for (header, payload) in refused {
        let token = signed(&app, &header, &payload).await;
        assert!(
            check(&app, &token).await.is_err(),
            "accepted: {header} {payload}"
        );
    }

    // The good token's signature changed, or no base64.
    let (input, signature) = good.rsplit_once('.').unwrap();
    let mut flipped = signature.as_bytes().to_vec();
    flipped[3] = if flipped[3] == b'A' { b'B' } else { b'A' };
    let flipped = String::from_utf8(flipped).unwrap();
    for signature in [flipped.as_str(), "not*base64"] {
        assert_eq!(
            check(&app, &format!("{input}.{signature}"))
                .await
                .unwrap_err(),
            JwtError::BadSignature
        );
    }
}
