//! The command line: `opop serve | migrate | seed`, each flag also settable by environment.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;

/// The default database: an SQLite file beside the working directory, created on first start.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/opop.sqlite?mode=rwc";

/// opop: the marketplace and dashboards of East Java's One Pesantren One Product programme.
#[derive(Debug, Parser)]
#[command(name = "opop", version, about, long_about = None)]
pub struct Cli {
    /// Database URL: `sqlite://path?mode=rwc` (default) or `postgres://user@host/db`.
    #[arg(long, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL, global = true)]
    pub database_url: String,

    /// Folder of uploaded and generated photos.
    #[arg(
        long,
        env = "OPOP_MEDIA_DIR",
        default_value = "data/media",
        global = true
    )]
    pub media_dir: PathBuf,

    /// Log as JSON lines instead of human-readable text.
    #[arg(long, env = "OPOP_LOG_JSON", global = true)]
    pub log_json: bool,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web site (migrates the database first unless told not to).
    Serve(ServeArgs),
    /// Apply, roll back or list the database migrations.
    Migrate(MigrateArgs),
    /// Load data: `--demo` loads the demo data set once.
    Seed(SeedArgs),
    /// Create accounts: the first programme admin, or a pesantren with its admin.
    Admin(AdminArgs),
}

/// Flags of `opop admin`.
#[derive(Debug, Args)]
pub struct AdminArgs {
    /// What to create.
    #[command(subcommand)]
    pub command: AdminCommand,
}

/// The subcommands of `opop admin`.
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create a programme admin (OPOP staff).
    CreateProgrammeAdmin(NewAccountArgs),
    /// Create a verified pesantren and its admin account.
    CreatePesantren(NewPesantrenArgs),
}

/// A new account. The password comes from `OPOP_NEW_PASSWORD` or the first line of stdin.
#[derive(Debug, Args)]
pub struct NewAccountArgs {
    /// Email address (the login).
    #[arg(long)]
    pub email: String,
    /// Name shown to others.
    #[arg(long)]
    pub name: String,
    /// The password (from the environment only; otherwise read from stdin).
    #[arg(skip = std::env::var("OPOP_NEW_PASSWORD").ok())]
    pub password: Option<String>,
}

/// A new pesantren and its admin.
#[derive(Debug, Args)]
pub struct NewPesantrenArgs {
    /// The pesantren's name, e.g. "Pondok Pesantren Darul Ulum".
    #[arg(long)]
    pub name: String,
    /// Kemendagri region code, e.g. 3517 (Kabupaten Jombang).
    #[arg(long)]
    pub region: String,
    /// WhatsApp number, 08... or +62...
    #[arg(long)]
    pub whatsapp: String,
    /// Street address.
    #[arg(long, default_value = "")]
    pub address: String,
    /// The admin's account.
    #[command(flatten)]
    pub admin: NewAdminArgs,
}

/// The pesantren admin's account (flags prefixed `--admin-`).
#[derive(Debug, Args)]
pub struct NewAdminArgs {
    /// The admin's email address.
    #[arg(long = "admin-email", id = "admin_email")]
    pub email: String,
    /// The admin's name.
    #[arg(long = "admin-name", id = "admin_name")]
    pub name: String,
    /// The password (from `OPOP_NEW_PASSWORD` only; otherwise read from stdin).
    #[arg(skip = std::env::var("OPOP_NEW_PASSWORD").ok())]
    pub password: Option<String>,
}

impl From<&NewAdminArgs> for NewAccountArgs {
    fn from(a: &NewAdminArgs) -> NewAccountArgs {
        NewAccountArgs {
            email: a.email.clone(),
            name: a.name.clone(),
            password: a.password.clone(),
        }
    }
}

/// Flags of `opop serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "OPOP_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,

    /// Folder with the built client (`pkg/`) and public files, as cargo-leptos writes it.
    #[arg(long, env = "LEPTOS_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,

    /// The public address of the site (e.g. `https://opop.jatimprov.go.id`), for links shared
    /// on WhatsApp; defaults to `http://` + `--addr`.
    #[arg(long, env = "OPOP_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// Do not run migrations at start (for many instances: run `opop migrate` once instead).
    #[arg(long, env = "OPOP_SKIP_MIGRATE")]
    pub skip_migrate: bool,

    /// Where uploaded photos are kept: `local` (the `--media-dir` folder) or `s3://BUCKET`
    /// (S3-compatible; credentials, region and endpoint from `AWS_*` environment variables).
    #[arg(long, env = "OPOP_MEDIA_STORE", default_value = "local")]
    pub media_store: String,
}

/// Flags of `opop migrate`.
#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// Direction.
    #[arg(value_enum, default_value_t = MigrateDirection::Up)]
    pub direction: MigrateDirection,

    /// How many migrations to apply or roll back (default: all pending for `up`, one for `down`).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub steps: Option<u32>,
}

/// Which way to migrate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MigrateDirection {
    /// Apply pending migrations.
    Up,
    /// Roll back applied migrations.
    Down,
    /// List migrations and whether they are applied.
    Status,
}

/// Flags of `opop seed`.
#[derive(Debug, Args)]
pub struct SeedArgs {
    /// Load the demo data set (pesantren, sellers, products, photos, news) into an empty database.
    #[arg(long, required = true)]
    pub demo: bool,

    /// How many products to generate.
    #[arg(long, default_value_t = 1_200, value_parser = clap::value_parser!(u32).range(0..=1_000_000))]
    pub products: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("opop").chain(args.iter().copied()))
    }

    #[test]
    fn defaults_are_the_documented_ones() {
        let cli = parse(&["serve"]).map_err(|e| e.to_string());
        let Ok(Cli {
            database_url,
            command: Command::Serve(serve),
            ..
        }) = cli
        else {
            panic!("serve did not parse: {cli:?}");
        };
        // The environment of the test run may set DATABASE_URL; only check the default when not.
        if std::env::var_os("DATABASE_URL").is_none() {
            assert_eq!(database_url, DEFAULT_DATABASE_URL);
        }
        if std::env::var_os("OPOP_ADDR").is_none() {
            assert_eq!(serve.addr.to_string(), "127.0.0.1:3000");
        }
    }

    #[test]
    fn flags_override_and_bad_values_are_refused() {
        let cli = parse(&[
            "--database-url",
            "postgres://u@h/db",
            "serve",
            "--addr",
            "0.0.0.0:8080",
        ]);
        let Ok(Cli {
            database_url,
            command: Command::Serve(serve),
            ..
        }) = cli
        else {
            panic!("flags did not parse");
        };
        assert_eq!(database_url, "postgres://u@h/db");
        assert_eq!(serve.addr.port(), 8080);
        assert!(parse(&["serve", "--addr", "not-an-address"]).is_err());
        assert!(parse(&["seed", "--demo", "--products", "-5"]).is_err());
        assert!(parse(&["seed", "--demo", "--products", "2000000"]).is_err());
        assert!(
            parse(&["seed"]).is_err(),
            "seed without --demo must say what it needs"
        );
        assert!(parse(&["migrate", "sideways"]).is_err());
    }

    #[test]
    fn seed_defaults_to_1200_products() {
        let Ok(Cli {
            command: Command::Seed(seed),
            ..
        }) = parse(&["seed", "--demo"])
        else {
            panic!("seed --demo did not parse");
        };
        assert_eq!(seed.products, 1_200);
    }
}
