//! What every page a journey visits must pass, checked after each navigation: axe-core's
//! WCAG 2.1 A and AA rules with zero violations, and no sideways scrolling at 320 CSS
//! pixels wide (the narrowest phone WCAG's reflow criterion, 1.4.10, names).
//!
//! axe-core is vendored as one file (`vendor/axe.min.js`, its version in the README) and
//! injected through WebDriver, so no network is needed and the pages' Content Security
//! Policy does not stand in the way.

use serde_json::{Value, json};

use super::{Browser, Extension};

/// axe-core 4.14.1 from npm (`npm pack axe-core@4`), MPL-2.0: `vendor/axe-core.LICENSE`.
const AXE: &str = include_str!("vendor/axe.min.js");

/// The rule sets WCAG 2.1 level AA is made of.
const WCAG_TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// The narrowest width a page must fit without scrolling sideways.
pub const PHONE_WIDTH: u32 = 320;

/// Runs axe-core on the page (injected first when the page lacks it); answers through
/// WebDriver's asynchronous script callback, the last argument.
const AXE_RUN_JS: &str = r"
const [tags, done] = arguments;
axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
  .then(r => done({ violations: r.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\s+/g, ' ')),
  })) }))
  .catch(e => done({ error: String(e) }));
";

/// The page's width against the window's, and what sticks out past the window's right
/// edge (the innermost elements, to say where the fix belongs).
const WIDTH_JS: &str = r"
const limit = window.innerWidth;
const wide = Array.from(document.body ? document.body.querySelectorAll('*') : [])
  .filter(e => e.getBoundingClientRect().right > limit + 0.5)
  .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > limit + 0.5))
  .slice(0, 8)
  .map(e => {
    const name = e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : '');
    return name + ' (' + Math.round(e.getBoundingClientRect().right) + ' px): ' + (e.innerText || '').replace(/\s+/g, ' ').slice(0, 60);
  });
return { scroll: document.documentElement.scrollWidth, window: limit, wide };
";

impl Browser {
    /// Checks the page shown now: axe-core at the window's size, then the width at
    /// `PHONE_WIDTH`. Fails the test naming each violation (rule, help, elements) or what
    /// sticks out. Called by `goto` and the clicks once the new page has loaded, and by `screenshot`
    /// (pages that went on by themselves).
    pub(super) async fn check_page(&self) {
        // Once per document: a screenshot of a page `settle` has checked needs no second run.
        let seen = "const seen = window.__checked === true; window.__checked = true; return seen;";
        if matches!(self.client.execute(seen, vec![]).await, Ok(v) if v == json!(true)) {
            return;
        }
        let url = self.current_url().await;
        let violations = self.axe_violations().await;
        if !violations.is_empty() {
            fail!(
                self,
                "axe-core found {} WCAG 2.1 A/AA violation(s) on {url}:\n{}",
                violations.len(),
                violations.join("\n")
            );
        }
        let overflow = self.overflow_at(PHONE_WIDTH).await;
        if let Some(overflow) = overflow {
            fail!(
                self,
                "{url} scrolls sideways at {PHONE_WIDTH} px wide: {overflow}"
            );
        }
        if let Ok(mut pages) = self.audited.lock() {
            pages.push(url);
        }
    }

    /// The addresses of the pages checked so far, in order.
    pub fn audited_pages(&self) -> Vec<String> {
        self.audited.lock().map(|p| p.clone()).unwrap_or_default()
    }

    /// axe-core's violations on the page shown, one line each.
    pub async fn axe_violations(&self) -> Vec<String> {
        let present = self
            .client
            .execute("return typeof window.axe === 'object';", vec![])
            .await;
        if !matches!(present, Ok(v) if v == json!(true))
            && let Err(e) = self
                .client
                .execute(&format!("{AXE}\nreturn true;"), vec![])
                .await
        {
            fail!(self, "axe-core could not be injected: {e}");
        }
        let answer = match self
            .client
            .execute_async(AXE_RUN_JS, vec![json!(WCAG_TAGS)])
            .await
        {
            Ok(answer) => answer,
            Err(e) => fail!(self, "axe-core did not run: {e}"),
        };
        if let Some(error) = answer.get("error") {
            fail!(self, "axe-core failed: {error}");
        }
        let Some(violations) = answer["violations"].as_array() else {
            fail!(self, "axe-core answered {answer}");
        };
        violations
            .iter()
            .map(|v| {
                let nodes: Vec<&str> = v["nodes"]
                    .as_array()
                    .map(|n| n.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                format!(
                    "- {} ({}): {}\n    {}",
                    v["id"].as_str().unwrap_or("?"),
                    v["impact"].as_str().unwrap_or("?"),
                    v["help"].as_str().unwrap_or("?"),
                    nodes.join("\n    ")
                )
            })
            .collect()
    }

    /// Shows the page `width` CSS pixels wide (Chromium's device metrics override, as its
    /// developer tools' device mode does), measures it, and restores the window's size.
    /// `None` when nothing sticks out.
    pub async fn overflow_at(&self, width: u32) -> Option<String> {
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": 800, "deviceScaleFactor": 1, "mobile": false }),
        )
        .await;
        // Reading the sizes lays the page out at the new width first.
        let measured = self.client.execute(WIDTH_JS, vec![]).await;
        self.cdp("Emulation.clearDeviceMetricsOverride", json!({}))
            .await;
        let measured = match measured {
            Ok(measured) => measured,
            Err(e) => fail!(self, "could not measure the page at {width} px: {e}"),
        };
        let (scroll, window) = (measured["scroll"].as_u64(), measured["window"].as_u64());
        match (scroll, window) {
            (Some(scroll), Some(window)) if scroll <= window => None,
            _ => Some(format!(
                "the page is {} px wide in a {} px window; sticking out: {}",
                measured["scroll"], measured["window"], measured["wide"]
            )),
        }
    }

    /// Saves the page as shown `PHONE_WIDTH` pixels wide, beside the full-size screenshot.
    pub(super) async fn phone_screenshot(&self, path: &std::path::Path) {
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": PHONE_WIDTH, "height": 800, "deviceScaleFactor": 1, "mobile": false }),
        )
        .await;
        let png = self.client.screenshot().await;
        self.cdp("Emulation.clearDeviceMetricsOverride", json!({}))
            .await;
        match png {
            Ok(png) => std::fs::write(path, png).expect("the screenshot is saved"),
            Err(e) => fail!(self, "no screenshot at {PHONE_WIDTH} px: {e}"),
        }
    }

    /// Sends a Chrome DevTools Protocol command through chromedriver.
    async fn cdp(&self, cmd: &str, params: Value) {
        let command = Extension {
            path: "goog/cdp/execute",
            body: json!({ "cmd": cmd, "params": params }),
        };
        if let Err(e) = self.client.issue_cmd(command).await {
            fail!(self, "chromedriver refused {cmd}: {e}");
        }
    }
}
