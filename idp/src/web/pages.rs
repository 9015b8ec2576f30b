//! One struct per page template (askama compiles them into the binary, escaping HTML).

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use ern_i18n::filters;

use crate::provider::{FieldErrors, Registration};

/// Renders a page with a status; a template that fails to render is logged and becomes a 500.
pub fn render(status: StatusCode, page: &impl Template) -> Response {
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed to render");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The text `key` split around its placeholder `name`, for a sentence whose placeholder is
/// shown with markup (a name in bold, a link): the template writes `before`, the marked-up
/// value, then `after`. Translations keep whole sentences, in their own word order.
pub fn around(key: &str, name: &'static str) -> (String, String) {
    const MARK: &str = "\u{E000}";
    let text = ern_i18n::t_args(
        ern_i18n::current(),
        key,
        &[(name, ern_i18n::FluentValue::from(MARK))],
    );
    match text.split_once(MARK) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (text, String::new()),
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage<'a> {
    pub site_name: &'a str,
    /// The key of the title.
    pub title: &'a str,
    pub message: &'a str,
    pub request_id: &'a str,
}

#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage<'a> {
    pub site_name: &'a str,
    pub title: &'a str,
    pub paragraphs: Vec<String>,
    pub link: Option<(&'a str, &'a str)>,
}

#[derive(Template)]
#[template(path = "login_email.html")]
pub struct LoginEmailPage<'a> {
    pub site_name: &'a str,
    /// "ERN-CPMS requires you to authenticate" when an application sent the user.
    pub app_name: Option<&'a str>,
    pub csrf: &'a str,
    pub next: &'a str,
    pub email: &'a str,
    pub error: Option<&'a str>,
    pub notice: Option<&'a str>,
    /// "Create an account", keeping the sign-in it interrupts (and its `ui_locales`).
    pub register_href: String,
}

#[derive(Template)]
#[template(path = "login_password.html")]
pub struct LoginPasswordPage<'a> {
    pub site_name: &'a str,
    pub app_name: Option<&'a str>,
    pub csrf: &'a str,
    pub next: &'a str,
    pub next_encoded: &'a str,
    pub email: &'a str,
    pub error: Option<&'a str>,
    /// (value, title key, hint key), the last method used first.
    pub methods: Vec<(&'static str, &'static str, &'static str)>,
    /// This browser signed in before: "Welcome back".
    pub returning: bool,
    /// Set when this address failed many sign-ins: the page solves it before sending.
    pub robot_challenge: Option<String>,
}

#[derive(Template)]
#[template(path = "register.html")]
pub struct RegisterPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub form: &'a Registration,
    pub errors: &'a FieldErrors,
    pub languages: &'a [(&'a str, &'a str)],
    pub challenge: &'a str,
}

#[derive(Template)]
#[template(path = "set_password.html")]
pub struct SetPasswordPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub title: &'a str,
    pub action: &'a str,
    pub token: &'a str,
    pub email: &'a str,
    pub errors: &'a FieldErrors,
}

#[derive(Template)]
#[template(path = "lost_password.html")]
pub struct LostPasswordPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub email: &'a str,
    pub error: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub name: &'a str,
    pub email: &'a str,
    pub language: &'a str,
    pub signed_in_since: &'a str,
    pub notice: Option<&'a str>,
    /// (client id, name, scopes allowed)
    pub applications: Vec<(String, String, String)>,
    /// Applications holding offline access: (client id, name, valid until)
    pub offline: Vec<(String, String, String)>,
    pub require_mfa: bool,
}

#[derive(Template)]
#[template(path = "change_password.html")]
pub struct ChangePasswordPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub errors: &'a FieldErrors,
}

#[derive(Template)]
#[template(path = "privacy.html")]
pub struct PrivacyPage<'a> {
    pub site_name: &'a str,
}

#[derive(Template)]
#[template(path = "consent.html")]
pub struct ConsentPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub id: &'a str,
    pub client_name: &'a str,
    /// The keys of what the application receives.
    pub items: Vec<&'static str>,
}

#[derive(Template)]
#[template(path = "form_post.html")]
pub struct FormPostPage<'a> {
    pub action: &'a str,
    pub params: &'a [(String, String)],
}

#[derive(Template)]
#[template(path = "logout.html")]
pub struct LogoutPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub id: &'a str,
    pub client_name: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "second_factor.html")]
pub struct SecondFactorPage<'a> {
    pub site_name: &'a str,
    pub client_name: &'a str,
    pub level: &'a str,
    /// Only a security key or passkey with user verification reaches "high".
    pub high: bool,
    pub has_phone: bool,
    pub has_token: bool,
    pub has_device: bool,
    pub has_key: bool,
    pub next_encoded: &'a str,
    pub csrf: &'a str,
    pub pending_id: &'a str,
}

#[derive(Template)]
#[template(path = "tokens.html")]
pub struct TokensPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    /// (id, added on)
    pub tokens: Vec<(String, String)>,
    /// Whether this session may add one now (`Provider::may_add_factor`).
    pub can_add: bool,
    /// Whether this session may delete one now (`Provider::refuse_weakening`).
    pub can_remove: bool,
    /// Why it may not, when the page should say so (`Provider::why_no_removal`).
    pub no_removal: Option<String>,
    /// Why no factor can be added now, in place of the "confirm first" link: the hold,
    /// or a recovery code's time that has passed (`Provider::add_notice`).
    pub add_notice: Option<String>,
    pub enrolment: Option<crate::factors::totp::TokenEnrolment>,
    pub notice: Option<&'a str>,
    pub error: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "token_verify.html")]
pub struct TokenVerifyPage<'a> {
    pub site_name: &'a str,
    /// The application the person is signing in to, when there is one.
    pub app_name: Option<&'a str>,
    pub csrf: &'a str,
    pub next: &'a str,
    pub error: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "phones.html")]
pub struct PhonesPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    /// Each number as stored (E.164, what the forms send back), as shown, and whether it
    /// is confirmed.
    pub phones: Vec<(String, String, bool)>,
    /// Whether this session may add one now (`Provider::may_add_factor`).
    pub can_add: bool,
    /// Whether this session may delete one now (`Provider::refuse_weakening`).
    pub can_remove: bool,
    /// Why it may not, when the page should say so (`Provider::why_no_removal`).
    pub no_removal: Option<String>,
    /// Why no factor can be added now, in place of the "confirm first" link: the hold,
    /// or a recovery code's time that has passed (`Provider::add_notice`).
    pub add_notice: Option<String>,
    /// Whether the step-up the page links to is an SMS (the account has a confirmed
    /// number); otherwise the sign-in page, to choose the factor the account has.
    pub confirm_by_sms: bool,
    pub pending: Option<&'a str>,
    pub notice: Option<&'a str>,
    pub error: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "sms_send.html")]
pub struct SmsSendPage<'a> {
    pub site_name: &'a str,
    /// The application the person is signing in to, when there is one.
    pub app_name: Option<&'a str>,
    pub csrf: &'a str,
    pub next: &'a str,
    pub error: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "sms_verify.html")]
pub struct SmsVerifyPage<'a> {
    pub site_name: &'a str,
    /// The application the person is signing in to, when there is one.
    pub app_name: Option<&'a str>,
    pub csrf: &'a str,
    pub next: &'a str,
    pub number: &'a str,
    pub error: Option<&'a str>,
}

pub struct SessionRow {
    pub sid: String,
    pub browser: String,
    pub ip: String,
    pub started: String,
    pub last_activity: String,
    pub applications: Vec<String>,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "sessions.html")]
pub struct SessionsPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub rows: Vec<SessionRow>,
    pub notice: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "history.html")]
pub struct HistoryPage<'a> {
    pub site_name: &'a str,
    /// (when, what, from address)
    pub events: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "verify.html")]
pub struct VerifyPage<'a> {
    pub site_name: &'a str,
    pub has_phone: bool,
    pub has_token: bool,
    pub has_device: bool,
    pub next_encoded: &'a str,
    pub has_key: bool,
    pub has_codes: bool,
}

#[derive(Template)]
#[template(path = "details.html")]
pub struct DetailsPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub language: &'a str,
    pub email: &'a str,
    pub languages: &'a [(&'a str, &'a str)],
    pub notice: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "email_confirm.html")]
pub struct EmailConfirmPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub token: &'a str,
}

#[derive(Template)]
#[template(path = "devices.html")]
pub struct DevicesPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    /// (id, name, added on)
    pub devices: Vec<(String, String, String)>,
    /// Whether this session may add one now (`Provider::may_add_factor`).
    pub can_add: bool,
    /// Whether this session may delete one now (`Provider::refuse_weakening`).
    pub can_remove: bool,
    /// Why it may not, when the page should say so (`Provider::why_no_removal`).
    pub no_removal: Option<String>,
    /// Why no factor can be added now, in place of the "confirm first" link: the hold,
    /// or a recovery code's time that has passed (`Provider::add_notice`).
    pub add_notice: Option<String>,
    pub enrolment: Option<crate::factors::app::DeviceEnrolment>,
    pub notice: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "app_wait.html")]
pub struct AppWaitPage<'a> {
    pub site_name: &'a str,
    /// The application the person is signing in to, when there is one.
    pub app_name: Option<&'a str>,
    pub waiting: bool,
    pub number: u8,
    pub refresh_url: &'a str,
    /// The JSON status the page's script polls.
    pub status_url: &'a str,
    pub retry_url: &'a str,
    pub message: &'a str,
}

#[derive(Template)]
#[template(path = "app_qr.html")]
pub struct AppQrPage<'a> {
    pub site_name: &'a str,
    /// The application the person is signing in to, when there is one.
    pub app_name: Option<&'a str>,
    pub csrf: &'a str,
    pub next: &'a str,
    pub next_encoded: &'a str,
    pub qr: Option<crate::factors::ocra::QrSignIn>,
    pub error: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "access.html")]
pub struct AccessPage<'a> {
    pub site_name: &'a str,
    pub notice: Option<&'a str>,
    pub approver: bool,
    pub rows: Vec<AccessRow>,
}

pub struct AccessRow {
    pub id: String,
    pub requester: String,
    pub application: String,
    pub organisation: String,
    pub profiles: String,
    pub comment: String,
    pub submitted: String,
    /// A key of the catalogue (`access-status-…`).
    pub status: &'static str,
    pub reason: Option<String>,
}

#[derive(Template)]
#[template(path = "access_application.html")]
pub struct AccessApplicationPage<'a> {
    pub site_name: &'a str,
    pub step: u8,
    pub error: Option<&'a str>,
    /// (code, name, checked)
    pub applications: Vec<(String, String, bool)>,
}

/// A row of the organisation step: a link (`value` = href) or a radio (`value` = id).
pub struct OrganisationRow {
    pub value: String,
    pub label: String,
    /// What "Details" shows.
    pub details: String,
    pub submitted: bool,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "access_organisation.html")]
pub struct AccessOrganisationPage<'a> {
    pub site_name: &'a str,
    pub step: u8,
    pub error: Option<&'a str>,
    pub application: &'a str,
    pub application_q: String,
    pub network: Option<&'a str>,
    pub country: Option<&'a str>,
    pub search: &'a str,
    /// "records per page", and its choices.
    pub per_page: usize,
    pub page_sizes: &'a [usize],
    pub up: Option<String>,
    pub crumbs: Vec<String>,
    pub choosing_institution: bool,
    pub rows: Vec<OrganisationRow>,
    /// "Showing 1 to 25 of 30 entries".
    pub showing: String,
    pub page: usize,
    pub pages: Vec<(usize, String)>,
}

#[derive(Template)]
#[template(path = "access_profile.html")]
pub struct AccessProfilePage<'a> {
    pub site_name: &'a str,
    pub step: u8,
    pub error: Option<&'a str>,
    pub application: &'a str,
    pub organisation: &'a str,
    pub organisation_label: &'a str,
    pub profiles: Vec<ProfileRow>,
    pub back: String,
}

/// A row of the profile step: "Name", "Status", "Description".
pub struct ProfileRow {
    pub name: String,
    /// A key of the catalogue (`access-profile-…`).
    pub status: &'static str,
    pub description: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "access_recap.html")]
pub struct AccessRecapPage<'a> {
    pub site_name: &'a str,
    pub step: u8,
    pub error: Option<&'a str>,
    pub csrf: &'a str,
    pub application: &'a str,
    pub organisation: &'a str,
    pub organisation_label: &'a str,
    pub profiles: &'a str,
    pub comment: &'a str,
    pub back: String,
}

/// A grant on the review page: its id, and "requester: profiles at organisation".
pub struct GrantRow {
    pub id: String,
    pub heading: String,
}

#[derive(Template)]
#[template(path = "access_approvals.html")]
pub struct AccessApprovalsPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub notice: Option<&'a str>,
    pub error: Option<&'a str>,
    pub networks: String,
    pub applications: Vec<String>,
    pub application: String,
    /// (code, label); the code is empty for "All networks".
    pub network_choices: Vec<(String, String)>,
    pub network: String,
    pub search: String,
    pub pending: Vec<AccessRow>,
    pub granted: Vec<GrantRow>,
    pub pending_first: Option<String>,
    pub pending_next: Option<String>,
    pub granted_first: Option<String>,
    pub granted_next: Option<String>,
}

#[derive(Template)]
#[template(path = "secure_account.html")]
pub struct SecureAccountPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub token: &'a str,
    pub email: &'a str,
}

#[derive(Template)]
#[template(path = "app_start.html")]
pub struct AppStartPage<'a> {
    pub site_name: &'a str,
    /// The application the person is signing in to, when there is one.
    pub app_name: Option<&'a str>,
    pub csrf: &'a str,
    pub next: &'a str,
    pub error: Option<&'a str>,
}

/// A page with a title, one paragraph and one link onward.
pub fn message(
    site_name: &str,
    status: axum::http::StatusCode,
    title: &str,
    text: String,
    link: (&str, &str),
) -> axum::response::Response {
    render(
        status,
        &MessagePage {
            site_name,
            title,
            paragraphs: vec![text],
            link: Some(link),
        },
    )
}

/// A security key as "Manage my security keys and passkeys" lists it.
pub struct KeyRow {
    pub id: String,
    pub name: String,
    pub added: String,
    pub last_used: String,
}

#[derive(Template)]
#[template(path = "security_keys.html")]
pub struct SecurityKeysPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub keys: Vec<KeyRow>,
    /// Whether this session may add one now (`Provider::may_add_factor`).
    pub can_add: bool,
    /// Whether this session may delete one now (`Provider::refuse_weakening`).
    pub can_remove: bool,
    /// Why it may not, when the page should say so (`Provider::why_no_removal`).
    pub no_removal: Option<String>,
    /// Why no factor can be added now, in place of the "confirm first" link: the hold,
    /// or a recovery code's time that has passed (`Provider::add_notice`).
    pub add_notice: Option<String>,
    pub notice: Option<&'a str>,
    pub error: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "security_key_verify.html")]
pub struct SecurityKeyVerifyPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub next: &'a str,
    pub app_name: Option<&'a str>,
    pub error: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "recovery_codes.html")]
pub struct RecoveryCodesPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    /// Shown once, right after they were made.
    pub codes: Vec<String>,
    /// The new set replaced one, and every other session was ended.
    pub others_signed_out: bool,
    pub left: usize,
    pub generated: Option<String>,
    /// Why this session cannot make a set, shown instead of the button.
    pub refused: Option<String>,
    pub error: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "recovery_code_verify.html")]
pub struct RecoveryCodeVerifyPage<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub error: Option<&'a str>,
}

#[cfg(test)]
mod tests {
    use super::around;

    #[test]
    fn around_splits_a_sentence_at_its_placeholder() {
        assert_eq!(
            around("login-app-requires-authentication", "app"),
            (String::new(), " requires you to authenticate".to_owned())
        );
        assert_eq!(
            around("register-privacy-acknowledge", "statement"),
            (
                "By checking this box, you acknowledge that you have read and understood the "
                    .to_owned(),
                String::new()
            )
        );
        // A text without the placeholder comes whole, before the marked-up value.
        assert_eq!(
            around("login-heading", "app"),
            ("Sign in to continue".to_owned(), String::new())
        );
    }
}
