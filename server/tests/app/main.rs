//! Integration tests: the real application on a throw-away SQLite file and on PostgreSQL.
#![expect(
    clippy::expect_used,
    reason = "a failed set-up step should fail the test loudly"
)]

mod accounts;
mod catalogue;
mod cli;
mod exports;
mod home;
mod import;
mod migrations;
mod news;
mod open_data;
mod orders;
mod pages;
mod pesantren_stats;
mod photos;
mod programme;
mod s3;
mod support;
