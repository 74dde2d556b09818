//! The one error type of the application. Each variant names its HTTP status; internal detail
//! is logged on the server and never sent to the browser.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

/// What can go wrong in a server function, as the browser sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// 404: the object does not exist (or the caller may not know it exists).
    #[error("not found")]
    NotFound,
    /// 401: the request needs a signed-in user.
    #[error("login required")]
    Unauthorized,
    /// 403: the signed-in user's role may not do this.
    #[error("forbidden")]
    Forbidden,
    /// 500: something failed inside the server; the detail is in the server log.
    #[error("internal error")]
    Internal,
    /// 400/500: the server-function transport failed (bad request body, network, ...).
    #[error("request failed")]
    Transport,
}

impl AppError {
    /// The HTTP status that goes with the error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::Unauthorized => 401,
            AppError::Forbidden => 403,
            AppError::Internal | AppError::Transport => 500,
        }
    }

    /// Sets the response's status to this error's (server functions answer 401/403/404, not
    /// 500) and returns the error.
    #[cfg(feature = "ssr")]
    pub fn answer(self) -> AppError {
        if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>()
            && let Ok(status) = http::StatusCode::from_u16(self.status())
        {
            response.set_status(status);
        }
        self
    }

    /// Logs an internal failure and returns the opaque error the browser may see.
    #[cfg(feature = "ssr")]
    pub fn internal(context: &str, error: impl std::fmt::Display) -> AppError {
        tracing::error!(%error, "{context}");
        AppError::Internal
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        #[cfg(feature = "ssr")]
        tracing::warn!(error = %value, "server function transport error");
        let _ = value;
        AppError::Transport
    }
}
