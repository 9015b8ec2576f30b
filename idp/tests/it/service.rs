//! The client_credentials grant for service clients, over real HTTP.

use serde_json::Value;

use crate::app::{Backend, spawn_app};
use crate::rp::register;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_service_client_gets_its_registered_scopes_only_and_acts_for_nobody() {
    let app = spawn_app(Backend::Embedded).await;
    let (_, service, secret) = register(&app, |c| {
        c.client_credentials = true;
        c.service_scopes = vec!["cpms:reports".into(), "cpms:audit".into()];
    })
    .await;
    let (_, plain, plain_secret) = register(&app, |_| {}).await;
    let secret = secret.unwrap();
    let token = |id: String, secret: String, scope: Option<&'static str>| {
        let url = format!("{}/token", app.base);
        async move {
            let mut form = vec![("grant_type", "client_credentials")];
            if let Some(scope) = scope {
                form.push(("scope", scope));
            }
            let response = reqwest::Client::new()
                .post(url)
                .basic_auth(id, Some(secret))
                .form(&form)
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            (status, response.json::<Value>().await.unwrap())
        }
    };
    // All its scopes by default, a subset on request.
    let (status, all) = token(service.id.clone(), secret.clone(), None).await;
    assert_eq!(status, 200, "{all}");
    assert_eq!(all["scope"], "cpms:reports cpms:audit");
    assert!(all.get("refresh_token").is_none() && all.get("id_token").is_none());
    let (_, one) = token(service.id.clone(), secret.clone(), Some("cpms:audit")).await;
    assert_eq!(one["scope"], "cpms:audit");
    // Never more than registered, never openid.
    for scope in ["cpms:admin", "openid", "cpms:audit offline_access"] {
        let (status, refused) = token(service.id.clone(), secret.clone(), Some(scope)).await;
        assert_eq!(
            (status, refused["error"].as_str()),
            (400, Some("invalid_scope")),
            "{scope}"
        );
    }
    // A client not registered for it, or a wrong secret.
    let (status, refused) = token(plain.id.clone(), plain_secret.unwrap(), None).await;
    assert_eq!(
        (status, refused["error"].as_str()),
        (400, Some("unauthorized_client"))
    );
    let (status, _) = token(service.id.clone(), "x".repeat(43), None).await;
    assert_eq!(status, 401);
    // The token stands for the client: introspection says so; userinfo has nobody to show.
    let access = all["access_token"].as_str().unwrap();
    let introspected: Value = reqwest::Client::new()
        .post(format!("{}/introspect", app.base))
        .basic_auth(&service.id, Some(&secret))
        .form(&[("token", access)])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(introspected["active"], true);
    assert_eq!(introspected["sub"], service.id.as_str());
    let userinfo = reqwest::Client::new()
        .get(format!("{}/userinfo", app.base))
        .bearer_auth(access)
        .send()
        .await
        .unwrap();
    assert_eq!(userinfo.status(), 403);
    // Registration refuses person scopes and public service clients.
    let refused = idp::clients::add(
        app.provider.store.as_ref(),
        idp::clients::NewClient {
            id: "svc-bad".into(),
            redirect_uris: vec![crate::rp::REDIRECT.into()],
            client_credentials: true,
            service_scopes: vec!["openid".into()],
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(refused.is_err());
}
