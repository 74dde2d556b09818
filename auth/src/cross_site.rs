//! Refuses cross-site state-changing requests (CSRF) with 403: the browser's `Sec-Fetch-Site`
//! header when it sends one, otherwise `Origin` compared with the request's host or the site's
//! public origin. Requests with neither header do not come from a browser form or script of
//! another site, and pass. Safe methods (GET, HEAD, OPTIONS) are never state-changing here.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, Method, StatusCode, header};

/// The site's public origin, e.g. `https://opop.example` (no trailing slash).
#[derive(Debug, Clone)]
pub struct AllowedOrigin(pub String);

/// Whether a request with these method and headers may change state.
pub fn allowed(method: &Method, headers: &HeaderMap, public_origin: &str) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return true;
    }
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    if origin.trim_end_matches('/') == public_origin {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let origin_host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    matches!((origin_host, host), (Some(o), Some(h)) if o.eq_ignore_ascii_case(h))
}

/// The middleware: 403 for a refused request, the inner service otherwise.
pub async fn check(State(origin): State<AllowedOrigin>, request: Request, next: Next) -> Response {
    if allowed(request.method(), request.headers(), &origin.0) {
        next.run(request).await
    } else {
        tracing::warn!(
            method = %request.method(),
            path = %request.uri().path(),
            "refused a cross-site request"
        );
        (
            StatusCode::FORBIDDEN,
            "403 Forbidden: cross-site request refused",
        )
            .into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().expect("header value"));
        }
        h
    }

    #[test]
    fn decides_like_a_browser_would_need() {
        let site = "https://opop.example";
        let post = Method::POST;
        assert!(allowed(
            &Method::GET,
            &headers(&[("sec-fetch-site", "cross-site")]),
            site
        ));
        assert!(allowed(
            &post,
            &headers(&[("sec-fetch-site", "same-origin")]),
            site
        ));
        assert!(!allowed(
            &post,
            &headers(&[("sec-fetch-site", "cross-site")]),
            site
        ));
        assert!(!allowed(
            &post,
            &headers(&[("sec-fetch-site", "same-site")]),
            site
        ));
        // No Sec-Fetch-Site (older browsers): Origin decides.
        assert!(allowed(
            &post,
            &headers(&[("origin", "https://opop.example")]),
            site
        ));
        assert!(allowed(
            &post,
            &headers(&[
                ("origin", "http://127.0.0.1:3000"),
                ("host", "127.0.0.1:3000")
            ]),
            site
        ));
        assert!(!allowed(
            &post,
            &headers(&[("origin", "https://evil.example"), ("host", "opop.example")]),
            site
        ));
        assert!(!allowed(
            &post,
            &headers(&[("origin", "null"), ("host", "opop.example")]),
            site
        ));
        // Not from a browser at all: nothing to forge.
        assert!(allowed(&post, &HeaderMap::new(), site));
    }
}
