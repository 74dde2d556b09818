//! The login backend for `axum-login`: who a session belongs to, and checking a password.

use db::entity::user;
use domain::{Email, Pillar, Role, Viewer};

/// A signed-in user.
#[derive(Clone)]
pub struct User {
    /// The account.
    pub row: user::Model,
    /// What invalidates old sessions: the password hash (a changed password logs out every
    /// other session) and the role and pesantren (a removed seller loses their session's rights).
    auth_hash: Vec<u8>,
}

impl std::fmt::Debug for User {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("User")
            .field("id", &self.row.id)
            .finish_non_exhaustive()
    }
}

impl User {
    /// Wraps an account row.
    pub fn new(row: user::Model) -> User {
        let auth_hash = format!(
            "{}|{}|{:?}",
            row.password_hash.as_deref().unwrap_or_default(),
            row.role,
            row.pesantren_id
        )
        .into_bytes();
        User { row, auth_hash }
    }

    /// The user as pages see them.
    pub fn viewer(&self) -> Viewer {
        Viewer {
            id: self.row.id,
            display_name: self.row.display_name.clone(),
            email: self.row.email.clone(),
            role: Role::from_code(&self.row.role).unwrap_or(Role::Buyer),
            pillar: self.row.pillar.as_deref().and_then(Pillar::from_code),
            pesantren_id: self.row.pesantren_id,
        }
    }
}

impl axum_login::AuthUser for User {
    type Id = i32;

    fn id(&self) -> i32 {
        self.row.id
    }

    fn session_auth_hash(&self) -> &[u8] {
        &self.auth_hash
    }
}

/// Email and password as typed on the login form.
#[derive(Debug, Clone)]
pub struct Credentials {
    /// Email as typed.
    pub email: String,
    /// Password as typed.
    pub password: String,
}

/// Looks users up in the database and checks their passwords.
#[derive(Debug, Clone)]
pub struct Backend {
    db: db::DatabaseConnection,
}

impl Backend {
    /// A backend on this connection.
    pub fn new(db: db::DatabaseConnection) -> Backend {
        Backend { db }
    }
}

impl axum_login::AuthnBackend for Backend {
    type User = User;
    type Credentials = Credentials;
    type Error = sea_orm::DbErr;

    async fn authenticate(&self, creds: Credentials) -> Result<Option<User>, sea_orm::DbErr> {
        let found = match Email::parse(&creds.email) {
            Ok(email) => db::accounts::find_by_email(&self.db, &email).await?,
            Err(_) => None,
        };
        // The same work whether or not the account exists.
        let hash = found.as_ref().and_then(|u| u.password_hash.clone());
        let ok = crate::password::verify(creds.password, hash).await;
        Ok(found.filter(|_| ok).map(User::new))
    }

    async fn get_user(&self, id: &i32) -> Result<Option<User>, sea_orm::DbErr> {
        Ok(db::accounts::find_by_id(&self.db, *id)
            .await?
            .map(User::new))
    }
}
