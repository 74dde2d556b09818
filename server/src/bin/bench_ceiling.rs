//! Benchmark ceiling: a plain axum server that answers every request with the same bytes
//! from memory (a saved catalogue page). `make bench` compares opop's pages against it.
//!
//! Usage: bench_ceiling <file> <addr>

use axum::{Router, body::Bytes, http::header, response::IntoResponse, routing::get};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(file), Some(addr)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: bench_ceiling <file> <addr>");
        return ExitCode::from(2);
    };
    let body = match std::fs::read(file) {
        Ok(bytes) => Bytes::from(bytes),
        Err(e) => {
            eprintln!("error: cannot read {file}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let page = move || {
        let body = body.clone();
        async move { ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response() }
    };
    let app = Router::new().fallback(get(page));
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: cannot listen on {addr}: {e}");
            return ExitCode::FAILURE;
        }
    };
    match axum::serve(listener, app)
        .with_graceful_shutdown(opop::serve::shutdown_signal())
        .await
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
