//! The `opop` binary itself: one-line errors, `migrate` twice, `seed --demo` once.

use crate::support::{TestDb, media_dir, scratch_dir};
use std::process::{Command, Output};

fn opop(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_opop"))
        .args(args)
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "error")
        .output()
        .expect("run opop")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_bad_database_url_is_one_clear_line() {
    let out = opop(&[
        "--database-url",
        "mysql://root:secret@localhost/x",
        "migrate",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("error: unsupported database URL"), "{err}");
    assert!(
        !err.contains("secret") && !err.contains("panicked"),
        "{err}"
    );
}

#[test]
fn an_unreachable_database_is_one_clear_line() {
    let out = opop(&[
        "--database-url",
        "postgres://postgres@127.0.0.1:9/nothing",
        "migrate",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(
            "error: cannot open the database at postgres://postgres@127.0.0.1:9/nothing"
        ),
        "{err}"
    );
}

#[test]
fn bad_flags_are_refused_with_usage() {
    let out = opop(&["seed", "--demo", "--products", "lots"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("invalid value 'lots'"),
        "{}",
        stderr(&out)
    );
    let out = opop(&["serve", "--addr", "localhost"]);
    assert_eq!(out.status.code(), Some(2));
    let out = opop(&["--help"]);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for word in ["serve", "migrate", "seed", "--database-url"] {
        assert!(help.contains(word), "--help mentions {word}");
    }
}

#[test]
fn migrate_twice_and_seed_once() {
    let db = TestDb::sqlite();
    let media = media_dir();
    let media = media.to_str().expect("utf-8 path");
    let first = opop(&["--database-url", &db.url, "migrate"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let second = opop(&["--database-url", &db.url, "migrate"]);
    assert!(second.status.success());
    assert_eq!(
        first.stdout, second.stdout,
        "the second migrate changes nothing"
    );
    let listing = String::from_utf8_lossy(&second.stdout).into_owned();
    assert!(listing.lines().count() >= 13, "{listing}");
    assert!(
        listing.lines().all(|l| l.starts_with("applied ")),
        "{listing}"
    );

    let seed = opop(&[
        "--database-url",
        &db.url,
        "--media-dir",
        media,
        "seed",
        "--demo",
        "--products",
        "40",
    ]);
    assert!(seed.status.success(), "{}", stderr(&seed));
    assert!(String::from_utf8_lossy(&seed.stdout).contains("40 products"));
    let again = opop(&[
        "--database-url",
        &db.url,
        "--media-dir",
        media,
        "seed",
        "--demo",
        "--products",
        "40",
    ]);
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stdout).contains("already loaded"));

    let rolled_back = opop(&["--database-url", &db.url, "migrate", "down", "--steps", "1"]);
    assert!(rolled_back.status.success());
    // The newest migration is pending again, every other one still applied.
    let status = String::from_utf8_lossy(&rolled_back.stdout).into_owned();
    let lines: Vec<&str> = status.lines().collect();
    assert!(
        lines.last().is_some_and(|l| l.starts_with("pending ")),
        "{status}"
    );
    assert!(
        lines[..lines.len() - 1]
            .iter()
            .all(|l| l.starts_with("applied ")),
        "{status}"
    );
}

#[test]
fn sqlite_file_and_folder_are_created_on_first_start() {
    let dir = scratch_dir("fresh").join("nested/data");
    let url = format!("sqlite://{}?mode=rwc", dir.join("opop.sqlite").display());
    let out = opop(&["--database-url", &url, "migrate"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.join("opop.sqlite").exists());
}

#[test]
fn admin_commands_create_accounts_and_refuse_bad_input() {
    let db = TestDb::sqlite();
    let run = |args: &[&str], password: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_opop"))
            .args(["--database-url", &db.url])
            .args(args)
            .env("OPOP_NEW_PASSWORD", password)
            .output()
            .expect("run opop")
    };
    let pesantren = |region: &str, email: &str, password: &str| {
        run(
            &[
                "admin",
                "create-pesantren",
                "--name",
                "Pondok Pesantren Uji",
                "--region",
                region,
                "--whatsapp",
                "0812-3456-7890",
                "--admin-email",
                email,
                "--admin-name",
                "Pengelola",
            ],
            password,
        )
    };
    let bad_region = pesantren("9999", "a@uji.example.org", "kelola pesantren uji");
    assert_eq!(bad_region.status.code(), Some(1));
    assert!(
        stderr(&bad_region).contains("unknown region code"),
        "{}",
        stderr(&bad_region)
    );
    let weak = pesantren("3517", "a@uji.example.org", "password");
    assert_eq!(weak.status.code(), Some(1));
    assert!(
        stderr(&weak).contains("password is refused"),
        "{}",
        stderr(&weak)
    );
    let made = pesantren("3517", "a@uji.example.org", "kelola pesantren uji");
    assert!(made.status.success(), "{}", stderr(&made));
    assert!(String::from_utf8_lossy(&made.stdout).contains("/pesantren/pondok-pesantren-uji"));
    let again = pesantren("3517", "a@uji.example.org", "kelola pesantren uji");
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("exists already"),
        "{}",
        stderr(&again)
    );
    let staff = run(
        &[
            "admin",
            "create-programme-admin",
            "--email",
            "staf@opop.example.org",
            "--name",
            "Staf",
        ],
        "program opop jatim",
    );
    assert!(staff.status.success(), "{}", stderr(&staff));
}
