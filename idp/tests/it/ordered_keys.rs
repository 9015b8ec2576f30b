//! What a code exchange writes is named in time order (a new refresh-token family, the
//! code's use mark, the refresh token's record: issue 13, so that the rows a batch writes
//! share B-tree leaves), and what older versions issued, named by hashes alone, still
//! works.

use std::time::Duration;

use idp::secrets::token_hash;
use idp::store::keys;
use openidconnect::{AuthorizationCode, OAuth2TokenResponse, RefreshToken};

use crate::app::{Backend, TestApp, register_through_pages, spawn_app};
use crate::rp::{OidcClient, PASSWORD, REDIRECT, follow, http, query_param, register, start};
use crate::sealed_codes::exchange as redeem;

crate::on_both_backends!(
    a_refresh_token_issued_by_an_older_version_still_refreshes,
    a_code_sealed_by_an_older_version_is_marked_by_its_hash,
);

/// Milliseconds since 1970 in 12 hexadecimal digits, the start of an ordered name.
fn time_of(name: &str) -> Option<i64> {
    let time = name.get(..12)?;
    time.bytes()
        .all(|b| b.is_ascii_hexdigit())
        .then(|| i64::from_str_radix(time, 16).ok())
        .flatten()
}

async fn every_key(app: &TestApp, prefix: &str) -> Vec<String> {
    crate::support::every_key(app.provider.store.as_ref(), prefix).await
}

async fn refresh(rp: &OidcClient, token: &str) -> Result<String, String> {
    rp.exchange_refresh_token(&RefreshToken::new(token.to_owned()))
        .unwrap()
        .request_async(&http())
        .await
        .map(|t| t.refresh_token().unwrap().secret().clone())
        .map_err(|e| format!("{e:?}"))
}

async fn a_refresh_token_issued_by_an_older_version_still_refreshes(backend: Backend) {
    let app = spawn_app(backend).await;
    let email = "older-refresh@example.eu";
    register_through_pages(&app, email, PASSWORD).await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let started = start(&rp, &["offline_access"], None);
    let back = follow(&app.browser(), &started.url, email, PASSWORD).await;
    let code = query_param(&back, "code").expect("a code");
    let before = chrono_millis();
    let token = redeem(&rp, &code, started.verifier.secret())
        .await
        .expect("redeemed");

    // The token starts with its time, and so do its record's name, its family's pointer
    // and the code's use mark.
    let (time, _) = token
        .split_once('.')
        .expect("a time, a dot, the random part");
    let issued = time_of(time).expect("12 hexadecimal digits");
    assert!(
        (before - 5_000..=chrono_millis() + 5_000).contains(&issued),
        "{time}"
    );
    let record_key = keys::refresh_token(&format!("{time}.{}", token_hash(&token)));
    assert_eq!(every_key(&app, "refresh:").await, vec![record_key.clone()]);
    let store = app.provider.store.as_ref();
    let record: serde_json::Value =
        serde_json::from_slice(&store.get(&record_key).await.unwrap().expect("the record"))
            .unwrap();
    let family = record["family"].as_str().unwrap().to_owned();
    assert!(time_of(&family).is_some(), "{family}");
    let marks = every_key(&app, "code-used:").await;
    assert_eq!(marks.len(), 1, "{marks:?}");
    assert!(
        time_of(&marks[0]["code-used:".len()..]).is_some(),
        "{marks:?}"
    );

    // The same record under an older version's name: the hash of a token without a time.
    let older = idp::secrets::random_token(32);
    let older_hash = token_hash(&older);
    let bytes = store.take(&record_key).await.unwrap().unwrap();
    let ttl = Some(Duration::from_secs(3600));
    store
        .put(&keys::refresh_token(&older_hash), &bytes, ttl)
        .await
        .unwrap();
    store
        .put(&keys::refresh_family(&family), older_hash.as_bytes(), ttl)
        .await
        .unwrap();
    assert!(refresh(&rp, &token).await.is_err(), "moved away");
    let next = refresh(&rp, &older)
        .await
        .expect("the older token refreshes");
    assert!(time_of(&next).is_some(), "its successor is ordered: {next}");

    // A time made up by whoever presents a token names no record: refused, and the
    // family lives on.
    let (_, random) = next.split_once('.').unwrap();
    let made_up = refresh(&rp, &format!("000000000000.{random}")).await;
    assert!(made_up.unwrap_err().contains("invalid_grant"));
    assert!(refresh(&rp, &next).await.is_ok(), "the family lives");
}

async fn a_code_sealed_by_an_older_version_is_marked_by_its_hash(backend: Backend) {
    let app = spawn_app(backend).await;
    let email = "older-code@example.eu";
    register_through_pages(&app, email, PASSWORD).await;
    let (rp, _, _) = register(&app, |_| {}).await;
    // A code of today's version, for the session and the times a record needs.
    let started = start(&rp, &[], None);
    let browser = app.browser();
    let back = follow(&browser, &started.url, email, PASSWORD).await;
    let code = query_param(&back, "code").expect("a code");
    let tokens = rp
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .unwrap();
    let id_token = openidconnect::TokenResponse::id_token(&tokens).unwrap();
    let claims: serde_json::Value = serde_json::from_slice(
        &idp::secrets::from_b64(id_token.to_string().split('.').nth(1).unwrap()).unwrap(),
    )
    .unwrap();
    let account = app.account(email).await;
    // What an older version sealed: the same record, without the mark's name.
    let verifier = "v".repeat(43);
    let record = serde_json::json!({
        "grant": {
            "client_id": rp.client_id().as_str(),
            "account_id": account.id,
            "scopes": ["openid"],
            "sid": claims["sid"],
            "auth_time": claims["auth_time"],
            "acr": "high",
            "amr": ["pwd"],
        },
        "redirect_uri": REDIRECT,
        "nonce": null,
        "code_challenge": idp::secrets::b64(&idp::secrets::sha256(verifier.as_bytes())),
        "expires_at": claims["iat"].as_i64().unwrap() + 60,
    });
    let older = app
        .provider
        .keys
        .seal_code(record.to_string().as_bytes())
        .await
        .unwrap();
    let mark = keys::code_used(&token_hash(&older));
    let store = app.provider.store.as_ref();
    assert_eq!(store.get(&mark).await.unwrap(), None);
    let token = redeem(&rp, &older, &verifier).await.expect("redeemed");
    assert!(
        store.get(&mark).await.unwrap().is_some(),
        "marked by its hash"
    );
    // The mark is what a second redemption finds: once the tokens it gave were used, that
    // is a stolen copy, refused.
    refresh(&rp, &token).await.expect("its tokens used");
    let again = redeem(&rp, &older, &verifier).await;
    assert!(again.unwrap_err().contains("invalid_grant"));
}

fn chrono_millis() -> i64 {
    i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis(),
    )
    .unwrap()
}
